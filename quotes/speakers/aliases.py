"""One person, many names: merging the entities of many articles.

Within an article, :mod:`quotes.speakers.coref` has already joined ``Kerry`` to ``John Kerry``. Across
articles, entities merge in layers from safe to bold:

1. the same name once titles, case and diacritics are gone (``Gen Ashfaq Kayani`` /
   ``Ashfaq Kayani``);
2. given names that agree and one surname, or the same parts in another order
   (``Bismullah Khan Mohammadi`` / ``Bismillah Mohammadi Khan``);
3. transliteration variants of a name (``Kayani`` / ``Kiani`` / ``Kaini``), by consonant
   skeleton and string similarity (:func:`quotes.speakers.names.same_word`);
4. an article that names someone by surname only joins the one person of that surname
   seen elsewhere, and stays apart when there are several (two Clintons).

Names whose given names conflict never merge. Anonymous sources and groups stay within
their article; institutions merge by name.

>>> from quotes.speakers.aliases import cluster_names
>>> cluster_names(["Gen Kiani", "Ashfaq Parvez Kayani", "Hillary Clinton", "Bill Clinton", "Kaini"])
[[0, 1, 4], [2], [3]]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Literal

import attrs

from quotes.lexicon import ABBREVIATIONS, DESCRIPTION_HEADS
from quotes.model import Article, Entity, EntityMention
from quotes.speakers.coref import LocalEntity, canonical_kind, entity_display_forms, generation_fits
from quotes.speakers.names import (
    PersonName,
    compact_name,
    fold,
    forename_agreement,
    forenames_agreement,
    fullness,
    generation,
    name_agreement,
    name_keys,
    order_variant,
    parse_name,
    same_person,
    same_word,
    surname_key,
    surname_keys,
)


@attrs.define(eq=False)
class _Group:
    kind: str
    members: list[tuple[int, LocalEntity]] = attrs.Factory(list)
    names: list[PersonName] = attrs.Factory(list)
    key: str = ""
    filed: list[str] = attrs.Factory(list)
    """The index keys it is filed under."""
    given: bool = False
    """Whether one of its names has a given name or initials (names are only ever added)."""


def _generation_key(n: PersonName) -> str:
    """``donald|trump|jr``: who a name with a generational suffix is, for :class:`_PeopleIndex`'s
    ``strict`` set."""
    first = fold(n.forenames[0]) if n.forenames else ""
    return f"{first}|{surname_key(n.surname)}|{generation(n)}"


def _agreement(a: PersonName, b: PersonName, strict: frozenset[str]) -> int | None:
    """:func:`quotes.speakers.names.name_agreement`, but a suffixed name in ``strict`` (one an
    article names beside the same name without its suffix: Donald Trump Jr. and Donald Trump)
    agrees only with names of its own suffix."""
    if strict and bool(generation(a)) != bool(generation(b)):
        suffixed = a if generation(a) else b
        if _generation_key(suffixed) in strict:
            return None
    return name_agreement(a, b)


def _compatible(
    names: Sequence[PersonName], others: Sequence[PersonName], strict: frozenset[str] = frozenset()
) -> bool:
    return bool(names) and bool(others) and all(_agreement(a, b, strict) is not None for a in names for b in others)


def _strength(names: Sequence[PersonName], others: Sequence[PersonName], strict: frozenset[str]) -> int:
    """How specifically ``names`` fit a compatible group's names: their best agreement."""
    return max((_agreement(a, b, strict) or 0) for a in names for b in others)


def _has_given(names: Sequence[PersonName]) -> bool:
    return any(n.given or n.initials for n in names)


def _blocks(names: Sequence[PersonName]) -> set[str]:
    """Keys a group is filed under: every part of its names (:func:`quotes.speakers.names.name_keys`)."""
    return {k for n in names for k in name_keys(n)}


def _lookups(names: Sequence[PersonName]) -> set[str]:
    """Keys to look names up by: their surnames (:func:`quotes.speakers.names.surname_keys`)."""
    return {k for n in names for k in surname_keys(n)}


def _distinct(names: Sequence[PersonName]) -> list[PersonName]:
    seen: dict[str, PersonName] = {}
    for n in names:
        seen.setdefault(fold(n.bare), n)
    return list(seen.values())


class _PeopleIndex:
    """The person groups made so far, filed under the keys of their names (see the module's
    layers). A lookup's answer is kept until a group filed under one of its keys changes (a new
    group, or new names for one): most mentions repeat a name already seen, and look it up for
    nothing."""

    def __init__(self, strict: frozenset[str] = frozenset()) -> None:
        self.strict = strict
        self.groups: list[_Group] = []
        self.order: dict[int, int] = {}  # id(group) -> when it was made, so candidates come in a fixed order
        self.index: dict[str, dict[int, _Group]] = {}
        self.version: dict[str, int] = {}
        self.answers: dict[tuple[PersonName, ...], tuple[tuple[int, ...], list[_Group]]] = {}

    def new(self) -> _Group:
        g = _Group(kind="person")
        self.groups.append(g)
        return g

    def candidates(self, names: list[PersonName]) -> list[_Group]:
        """The groups whose names can be one person with ``names``, oldest first."""
        keys = sorted(_lookups(names))
        stamp = tuple(self.version.get(k, 0) for k in keys)
        known = self.answers.get(tuple(names))
        if known is not None and known[0] == stamp:
            return known[1]
        seen: dict[int, _Group] = {}
        for k in keys:
            seen.update(self.index.get(k, {}))
        found = sorted(
            (g for g in seen.values() if _compatible(names, g.names, self.strict)), key=lambda g: self.order[id(g)]
        )
        self.answers[tuple(names)] = (stamp, found)
        return found

    def join(self, g: _Group, doc_i: int, ent: LocalEntity, names: list[PersonName], indexed: bool = True) -> None:
        """Adds the entity to ``g`` and, unless not ``indexed``, files ``g`` under its names' keys."""
        self.order.setdefault(id(g), len(self.order))
        g.members.append((doc_i, ent))
        had = len(g.names)
        g.names = _distinct([*g.names, *names])
        g.given = g.given or _has_given(names)
        if not indexed:
            return
        for k in _blocks(names):
            filed = self.index.setdefault(k, {})
            if id(g) not in filed:
                filed[id(g)] = g
                g.filed.append(k)
                self.version[k] = self.version.get(k, 0) + 1
        if len(g.names) != had:  # its new names change which lookups it answers
            for k in g.filed:
                self.version[k] = self.version.get(k, 0) + 1


def _merge_people(items: list[tuple[int, LocalEntity]]) -> list[_Group]:
    """Groups person entities from many articles (see the module's layers): the fullest names
    first, each joining the group it fits most specifically (:func:`_choose`); then the bare
    names."""
    people = _PeopleIndex(_strict_generations(items))
    full = [it for it in items if _has_given(it[1].names)]
    bare = [it for it in items if not _has_given(it[1].names)]
    full.sort(key=lambda it: (max(fullness(n) for n in it[1].names), fold(it[1].name)), reverse=True)
    for doc_i, ent in full:
        names = _distinct(ent.names)
        chosen = _choose(people, names, [g for g in people.candidates(names) if g.given])
        people.join(chosen or people.new(), doc_i, ent, names, indexed=chosen is not False)
    for doc_i, ent in bare:
        _join_bare(people, doc_i, ent)
    return people.groups


def _choose(people: _PeopleIndex, names: list[PersonName], cands: list[_Group]) -> _Group | None | Literal[False]:
    """The group among ``cands`` that ``names`` fit most specifically (the highest
    :func:`quotes.speakers.names.name_agreement` with one of its names: the same spelling over
    a variant, a given name over an initial); None when there is none; False when two fit
    equally well (``George Bush`` beside George W. and George H. W. Bush), so it joins neither."""
    if not cands:
        return None
    scored = sorted(
        ((_strength(names, g.names, people.strict), -people.order[id(g)], g) for g in cands),
        key=lambda t: t[:2],
        reverse=True,
    )
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return False
    return scored[0][2]


def _strict_generations(items: list[tuple[int, LocalEntity]]) -> frozenset[str]:
    """Suffixed names an article names beside the same name without a suffix, as another
    person (``Donald Trump Jr.`` and ``Donald Trump``): for these a form without the suffix is
    never the suffixed person. Elsewhere it can be (Joe Biden is Joseph R. Biden Jr.)."""
    by_doc: dict[int, list[LocalEntity]] = {}
    for doc_i, e in items:
        by_doc.setdefault(doc_i, []).append(e)
    out: set[str] = set()
    for ents in by_doc.values():
        suffixed = [(e, n) for e in ents for n in e.names if generation(n) and n.forenames]
        if not suffixed:
            continue
        plain = [(e, n) for e in ents for n in e.names if not generation(n) and n.forenames]
        for e, n in suffixed:
            if any(f is not e and same_person(n, m) for f, m in plain):
                out.add(_generation_key(n))
    return frozenset(out)


def _join_bare(people: _PeopleIndex, doc_i: int, ent: LocalEntity) -> None:
    """A name with no given name joins the person with a given name it fits most specifically
    (:func:`_choose`), else the group of the same bare name; where several people of that name
    fit equally (``Clinton`` beside Hillary and Bill Clinton) it is an entity of its own, which
    no later bare ``Clinton`` can join either (it meets the same Clintons), so it is not filed."""
    names = _distinct(ent.names)
    cands = people.candidates(names)
    with_given = [g for g in cands if g.given]
    chosen = _choose(people, names, with_given)
    if chosen:
        people.join(chosen, doc_i, ent, names)
        return
    same = [g for g in cands if not g.given]
    if same and chosen is None:
        people.join(same[0], doc_i, ent, names)
        return
    people.join(people.new(), doc_i, ent, names, indexed=chosen is None)


def cluster_names(names: Sequence[str]) -> list[list[int]]:
    """Clusters person names as if each came from its own article; returns groups of indices.

    This is the cross-article resolver on bare strings, for checking alias rules.
    """
    items = []
    for i, n in enumerate(names):
        e = LocalEntity(key=i, kind="person", forms=[n], names=[parse_name(n)])
        items.append((i, e))
    groups = _merge_people(items)
    out = sorted(sorted(i for i, _ in g.members) for g in groups)
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def resolve_entities(
    docs: Sequence[tuple[str, str, Sequence[LocalEntity]]],
) -> tuple[list[Entity], dict[tuple[int, int], Entity]]:
    """Merges the entities of many articles.

    Args:
        docs: For each article, its identifier, its text and its local entities.

    Returns:
        The merged entities, and a map from (article index, local key) to the entity.
    """
    entities: list[Entity] = []
    mapping: dict[tuple[int, int], Entity] = {}
    used_ids: dict[str, int] = {}
    for g in _groups(docs):
        entities.append(_entity(g, docs, used_ids))
        for doc_i, e in g.members:
            mapping[(doc_i, e.key)] = entities[-1]
    return entities, mapping


def _groups(docs: Sequence[tuple[str, str, Sequence[LocalEntity]]]) -> list[_Group]:
    """The articles' entities in groups, one an entity of the corpus: people merged by their
    names, organizations (named ones) by their words; every other source is its article's own,
    one per description there (dots, case and spacing aside)."""
    people: list[tuple[int, LocalEntity]] = []
    groups: list[_Group] = []
    orgs: dict[str, _Group] = {}
    for doc_i, (_doc, _text, ents) in enumerate(docs):
        for e in ents:
            if not e.mentions:
                continue
            kind = canonical_kind(e)
            if kind == "organization" and is_description(e.name):
                # "a resolution", "the poll", "Police": a described source of its article, not an institution
                kind = "unknown"
            if kind == "person" and e.names:
                people.append((doc_i, e))
                continue
            # an organization is one across articles; any other source is its article's own, one
            # per description there ("U.S. official" / "US official")
            key = " ".join(sorted(e.words)) or _slug(e.name)
            # (a description is one source of its article whatever kind its form was read as:
            # "Police said" and "police said" are one)
            scope = "" if kind == "organization" else f"{doc_i}:"
            g = orgs.get(scope + key) if key else None
            if g is None:
                g = _Group(kind=kind)
                groups.append(g)
                if key:
                    orgs[scope + key] = g
            elif g.kind == "unknown":
                g.kind = kind  # the kind its words make known
            g.members.append((doc_i, e))
    return _merge_people(people) + _merge_abbreviations(groups)


def _acronyms(name: str) -> set[str]:
    """The abbreviations a name of capitalised words can be written as: their initials, with or
    without those of its function words (``Department of Justice``: ``DJ``, ``DOJ``), three
    letters or more. Empty for a one-word name or a phrase."""
    words = re.findall(r"[A-Za-z][\w'’-]*", _ARTICLE.sub("", name))
    if (
        len(words) < 2
        or any(not w[0].isupper() and fold(w) not in _FUNCTION for w in words)
        or "'" in name
        or "’" in name
    ):
        return set()  # a phrase, not a name ("Nobody in British Columbia", "Pittsburgh's Allegheny County")
    caps = "".join(w[0] for w in words if w[0].isupper()).lower()
    every = "".join(w[0] for w in words if w[0].isupper() or fold(w) in _FUNCTION).lower()
    return {a for a in (caps, every) if len(a) >= 3}  # two letters (CW, NJ) name too much: ABBREVIATIONS has those


_FUNCTION = frozenset({"of", "for", "and", "on", "the"})


def _abbreviation(name: str) -> str:
    """A name written as an abbreviation (``CBO``, ``U.N.``), folded (``cbo``, ``un``), else ''."""
    bare = _ARTICLE.sub("", name).replace(".", "")
    return bare.lower() if re.fullmatch(r"[A-Z]{2,6}", bare) else ""


def _merge_abbreviations(groups: list[_Group]) -> list[_Group]:
    """Joins an organization written as an abbreviation to the one organization whose name it
    abbreviates (``CBO`` / ``Congressional Budget Office``, ``DOJ`` / ``Department of Justice``,
    or a name of :data:`quotes.lexicon.ABBREVIATIONS`); where it abbreviates several, it
    joins none. Organizations never merge on a shared word (*Center*, *Institute*)."""
    orgs = [g for g in groups if g.kind == "organization"]
    by_acronym: dict[str, list[_Group]] = {}
    for g in orgs:
        names = {e.name for _, e in g.members}
        short = {_abbreviation(n) for n in names} - {""}
        if short:
            continue
        known = {ABBREVIATIONS[fold(_ARTICLE.sub("", n))] for n in names if fold(_ARTICLE.sub("", n)) in ABBREVIATIONS}
        for a in {a for n in names for a in _acronyms(n)} | known:
            by_acronym.setdefault(a, []).append(g)
    gone: set[int] = set()
    for g in orgs:
        short = {_abbreviation(e.name) for _, e in g.members} - {""}
        if len(short) != 1:
            continue
        full = by_acronym.get(short.pop(), [])
        if len(full) == 1 and full[0] is not g:
            full[0].members.extend(g.members)
            gone.add(id(g))
    return [g for g in groups if id(g) not in gone]


_ARTICLE = re.compile(r"^(?i:the|a|an|another|this|that)\s+")


def is_name(text: str) -> bool:
    """Whether a form is a name (a capitalised word past its article), not a description
    ("the newspaper", "A resolution")."""
    return any(w[:1].isupper() for w in _ARTICLE.sub("", text).split())


def is_description(text: str) -> bool:
    """Whether a source's form describes it rather than names it: not a name (``the poll``),
    or one common noun however written (``Police``, ``The Union``,
    :data:`quotes.lexicon.DESCRIPTION_HEADS`). Such a source is its article's own.

    >>> is_description("the poll"), is_description("Police"), is_description("Tax Policy Center")
    (True, True, False)
    """
    words = _ARTICLE.sub("", text).split()
    return not is_name(text) or (len(words) == 1 and fold(words[0]) in DESCRIPTION_HEADS)


def _entity(g: _Group, docs: Sequence[tuple[str, str, Sequence[LocalEntity]]], used_ids: dict[str, int]) -> Entity:
    """The corpus entity of a group: its fullest name, an id unique in ``used_ids`` (an
    anonymous source or group is its article's own), its other names and its mentions."""
    names = [n for _, e in g.members for n in e.names]
    if names:
        best = _canonical(names)
        name = best.bare or best.text
    else:
        name = max((e.name for _, e in g.members), key=lambda s: (len(s.split()), len(s)))
        name = re.sub(r"^(?i:the|a|an|another)\s+", "", name)
    scope = "" if g.kind in {"person", "organization"} else _slug(docs[g.members[0][0]][0].rsplit("/", 1)[-1]) + ":"
    base = f"{g.kind}:{scope}{_slug(name)}"
    n = used_ids.get(base, 0) + 1
    while "=" + (base if n == 1 else f"{base}-{n}") in used_ids:  # "Trump 34" and the 34th "Trump"
        n += 1
    used_ids[base] = n
    used_ids["=" + (base if n == 1 else f"{base}-{n}")] = 1
    aliases: dict[str, None] = {}  # (an ordered set)
    mentions: list[EntityMention] = []
    for doc_i, e in g.members:
        for f in entity_display_forms(e):
            # an alias of a person or an institution is a name; a description is only a mention
            if f != name and (g.kind not in {"person", "organization"} or is_name(f)):
                aliases.setdefault(f)
        doc_id, text = docs[doc_i][0], docs[doc_i][1]
        for sp in e.mentions:
            mentions.append(EntityMention(doc=doc_id, span=sp, text=sp.of(text)))
    return Entity(
        id=base if n == 1 else f"{base}-{n}",
        name=name,
        kind=g.kind if g.kind != "pronoun" else "unknown",  # type: ignore[arg-type]
        aliases=tuple(aliases),
        mentions=tuple(mentions),
    )


def _canonical(names: Sequence[PersonName]) -> PersonName:
    """The fullest name (of names as full, the one most written: ``Ted Cruz`` over ``Edward
    Cruz``; one that opens with its given name over one that opens with an initial: ``Barack
    Obama`` over ``B. Hussein Obama``), passing over one led by a descriptor read as a given name (``Actress Amandla
    Stenberg`` beside ``Amandla Stenberg``: a first name that disagrees with another's first,
    whose second agrees with it)."""
    seen = Counter(fold(n.bare) for n in names)
    first: dict[str, PersonName] = {}
    for n in names:
        first.setdefault(fold(n.bare), n)
    distinct = list(first.values())
    firsts = {n.forenames[0] for n in distinct if n.forenames}

    def led(n: PersonName) -> bool:
        return len(n.forenames) > 1 and any(
            forename_agreement(n.forenames[0], f) is None and forename_agreement(n.forenames[1], f) for f in firsts
        )

    def key(n: PersonName) -> tuple[int, int, int, int]:
        parts, given, length = fullness(n)
        return (parts, given, seen[fold(n.bare)], length)  # of names as full, the one most written

    plain = [n for n in distinct if not led(n)] or distinct
    # a name that opens with an initial ("B. Hussein Obama") names the entity only where no
    # name of it opens with a given name in full
    spelled = [n for n in plain if n.forenames and not _initial_first(n)]
    return max([n for n in plain if not _initial_first(n) or not spelled], key=key)


def _initial_first(n: PersonName) -> bool:
    return bool(n.forenames) and len(n.forenames[0]) == 1


def given_name_conflicts(entities: Sequence[Entity]) -> list[tuple[Entity, str, str]]:
    """Person entities that hold two names whose given names disagree: (entity, name, name).

    Only capitalised names count (a role joined to its holder, ``the president``, has no given
    name), and name-order variants, nicknames (``Bill`` / ``William``) and a name known by its
    middle name are one name. A resolver that never merges two people gives
    an empty list; use it as a check on a corpus of your own.

    >>> e = Entity(id="p", name="Hillary Clinton", kind="person", aliases=("Bill Clinton", "Clinton"))
    >>> [(a, b) for _, a, b in given_name_conflicts([e])]
    [('Hillary Clinton', 'Bill Clinton')]
    """
    out = []
    for e in entities:
        if e.kind != "person":
            continue
        firsts: dict[str, PersonName] = {}
        for form in (e.name, *e.aliases, *(m.text for m in e.mentions)):
            n = parse_name(form)
            if n.given and n.surname[:1].isupper() and n.given[0][:1].isupper():
                firsts.setdefault(fold(n.given[0]), n)
        keys = list(firsts)
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                x, y = firsts[a], firsts[b]
                if (
                    not same_word(a, b)
                    and not order_variant(x, y)
                    and forenames_agreement(x, y) is None
                    and compact_name(x) != compact_name(y)
                ):
                    out.append((e, x.text, y.text))
    return out


def split_speakers(article: Article) -> list[tuple[str, str]]:
    """Pairs of person speakers of one article that look like one person under two ids.

    Two speakers are one person when every name of one can be every name of the other
    (:func:`quotes.speakers.names.same_person`) under the article's rule for suffixes
    (:func:`quotes.speakers.coref.generation_fits`: ``Donald Trump Jr.`` beside ``Donald Trump``
    is two people). An empty list means the article's speakers collapse
    to one entity per person.
    """
    people = [s for s in article.speakers if s.kind == "person"]
    out = []
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            na = [parse_name(f) for f in (a.name, *a.aliases)]
            nb = [parse_name(f) for f in (b.name, *b.aliases)]
            na = [n for n in na if n.surname] or na
            nb = [n for n in nb if n.surname] or nb
            if all(same_person(x, y) for x in na for y in nb) and (
                generation_fits(na[0], nb) and generation_fits(nb[0], na)
            ):
                out.append((a.name, b.name))
    return out
