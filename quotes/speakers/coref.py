"""Who the words name, within one article: names, pronouns, anonymous sources, groups, institutions.

Mentions are read in text order and each joins an entity of the article:

- a person's name joins the most recent person whose names it can be (``Kerry`` after
  ``U.S. Secretary of State John Kerry``; of two Clintons, the nearer);
- ``he``, ``she`` and ``they`` join the most salient compatible entity before them: subjects
  of the same sentence, then of earlier sentences, then other mentions (gender from names,
  titles and earlier pronouns; number from the mention); names inside quotes don't count;
- ``the official`` joins the most recent anonymous source it can describe (``a senior State
  Department official``), while ``another State Department official`` is a new one;
  ``the newspaper`` joins the most recent news outlet; a role (``the president``) joins the
  person who holds it in the article;
- groups and institutions join the earlier mention with the same words.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

import attrs

from quotes.lexicon import (
    FEMALE_NAMES,
    MALE_NAMES,
    NEWS_OUTLET_WORDS,
    OUTLET_NOUNS,
    PLACE_NAME_WORDS,
    PLACES,
    PRONOUN_GENDER,
    TITLES,
)
from quotes.model import Span
from quotes.nlp.doc import DocView, classify_np, head_of, nominal_run
from quotes.speakers.names import (
    PersonName,
    fold,
    fullness,
    gender,
    generation,
    name_keys,
    parse_name,
    same_person,
    surname_keys,
)

_DETERMINERS = frozenset({"a", "an", "the", "another", "one", "this", "that", "these", "those", "some", "its", "their"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_ROLE_WORDS = frozenset(
    {
        "president",
        "general",
        "secretary",
        "minister",
        "senator",
        "governor",
        "mayor",
        "ambassador",
        "chancellor",
        "premier",
        "candidate",
        "nominee",
        "speaker",
        "commander",
    }
)


@attrs.define(eq=False)
class LocalEntity:
    """An entity of one article, while mentions are still joining it."""

    key: int
    kind: str
    forms: list[str] = attrs.Factory(list)
    names: list[PersonName] = attrs.Factory(list)
    mentions: list[Span] = attrs.Factory(list)
    words: frozenset[str] = frozenset()
    gender: str | None = None
    outlet: bool = False
    last_seen: int = 0

    @property
    def name(self) -> str:
        """The canonical name: the fullest person name, else the longest description."""
        if self.names:
            best = max(self.names, key=fullness)
            return best.bare or best.text
        if not self.forms:
            return ""
        return max(self.forms, key=lambda f: (len(f.split()), len(f)))


@attrs.frozen
class _Mention:
    span: Span
    first: int
    last: int
    entity: LocalEntity
    subject: bool
    sentence: int
    in_quote: bool
    depth: int


def generation_fits(name: PersonName, names: Sequence[PersonName]) -> bool:
    """Whether a full name with a generational suffix can join an entity of the article: only
    one that has a full name of that suffix (a writer who names ``Donald Trump`` and then
    ``Donald Trump Jr.`` means two people); a name without a suffix may join either."""
    full = [n for n in names if n.forenames]
    if not name.forenames or not generation(name) or not full:
        return True
    return any(generation(n) == generation(name) for n in full)


def _strip_det(text: str) -> str:
    words = text.split()
    while words and fold(words[0]) in _DETERMINERS:
        words.pop(0)
    return " ".join(words)


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w.'’-]+", fold(text)) if w not in _DETERMINERS)


def place_name(text: str) -> bool:
    """Whether a phrase is a place's name: words of places (``Pakistan``, ``New Hampshire``,
    ``the United States``), a possessive aside.

    >>> place_name("New Hampshire"), place_name("Afghanistan's"), place_name("Sam Houston")
    (True, True, False)
    """
    words = [re.sub(r"['’]s?$", "", fold(w)) for w in text.split()]
    return any(w in PLACES for w in words) and all(w in PLACES or w in PLACE_NAME_WORDS for w in words)


_HEADLINE_WORDS = frozenset(
    "for of to in on at by with and is are was says said over after about from as into against".split()
)
"""Words that stand capitalised only in a title-case headline: a person's name never holds one
after its given name (``Ben Carson For Telling Supporters …``)."""


def _person_part(view: DocView, first: int, last: int) -> tuple[int, int]:
    """The person's name in a phrase a headline's title case ran on: without a leading article
    (``The Bernie Sanders``), without headline words before a known given name (``Sign Of
    Leadership Marco Rubio``, ``The Street Donald Trump``) and without the headline that follows
    the name (``Ben Carson For Telling Supporters Carson``). Titles before the name stay
    (``Secretary Of State John Kerry``)."""
    toks = view.tokens
    while last - first > 1 and toks[first].text.lower() in {"the", "a", "an"}:
        first += 1
    words = [fold(t.text) for t in toks[first:last]]
    given = next((k for k, w in enumerate(words) if w in MALE_NAMES or w in FEMALE_NAMES), None)
    if given is not None and given > 0 and not any(w in TITLES and w not in _HEADLINE_WORDS for w in words[:given]):
        first += given
        words = words[given:]
        given = 0
    if given is not None:
        for k in range(given + 2, len(words)):
            if words[k] in _HEADLINE_WORDS and toks[first + k].text[:1].isupper():
                return first, first + k
    return first, last


def _apposed_name(view: DocView, first: int, last: int) -> tuple[int, int] | None:
    """The person's name set beside a description in apposition (``another leading advocate,
    Andrew J. Pincus, said``; ``Carson's business manager, Armstrong Williams, stated``): a comma,
    then two or more capitalised words of a person's name, then a comma, ``of``, a verb or the end."""
    toks = view.tokens
    sent_end = view.doc.sentences[toks[first].sentence].last
    comma = last  # past the rest of the description a parse left out ("another | leading advocate")
    while comma < min(sent_end, last + 6) and (
        toks[comma].upos in {"ADJ", "NOUN", "PROPN", "NUM"} or toks[comma].deprel in {"amod", "compound"}
    ):
        comma += 1
    if comma >= sent_end or toks[comma].text != ",":
        return None
    j = k = comma + 1
    while k < sent_end and (
        toks[k].upos == "PROPN" or (toks[k].text[:1].isupper() and toks[k].upos in {"NOUN", "X"}) or toks[k].text == "."
    ):
        k += 1
    words = [t for t in toks[j:k] if t.text != "."]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
        return None
    after = toks[k] if k < len(toks) else None
    if after is not None and not (after.text in {",", "of", ".", ")"} or after.upos in {"VERB", "AUX"}):
        return None
    if classify_np(view, j, k) != "person" or place_name(view.text_of(j, k)):
        return None
    return j, k


def _name_part(view: DocView, first: int, last: int) -> tuple[int, int]:
    """The phrase without a lower-case tail that a parse hung on a name: ``Pakistan in turn``,
    ``Kerry on the other hand`` name ``Pakistan`` and ``Kerry``. Only a tail that begins with a
    preposition or an adverb and holds no capital is cut, after words that hold a proper noun
    (``the head of the agency`` keeps its words)."""
    toks = view.tokens
    for k in range(first + 1, last):
        if toks[k].upos in {"ADP", "ADV"} and not any(t.text[:1].isupper() for t in toks[k:last]):
            if any(t.upos == "PROPN" and t.text[:1].isupper() for t in toks[first:k]):
                return first, k
            break
    return first, last


class Resolver:
    """Resolves the mentions of one article to its entities, in text order."""

    def __init__(self, view: DocView, quote_spans: Sequence[Span]) -> None:
        self.view = view
        spans = sorted(quote_spans)
        self._quote_starts = [q.start for q in spans]
        # the furthest end of the quotes that start at or before each one: a span lies in a
        # quote exactly when some quote starting at or before it ends at or after it
        self._quote_reach = list(itertools.accumulate((q.end for q in spans), max))
        self._people: dict[str, dict[int, LocalEntity]] = {}  # person entities, filed under their name_keys
        self.entities: list[LocalEntity] = []
        self.mentions: list[_Mention] = []
        self._by_range: dict[tuple[int, int], LocalEntity | None] = {}

    # ----------------------------------------------------------------- helpers
    def _in_quote(self, span: Span) -> bool:
        i = bisect.bisect_right(self._quote_starts, span.start)
        return i > 0 and self._quote_reach[i - 1] >= span.end

    def _new(self, kind: str) -> LocalEntity:
        e = LocalEntity(key=len(self.entities), kind=kind)
        self.entities.append(e)
        return e

    def _add(self, e: LocalEntity, first: int, last: int, form: str | None = None) -> None:
        span = self.view.span_of(first, last)
        if form is None:
            form = span.of(self.view.text)
        form = re.sub(r"\s+", " ", form).strip()
        if form and form not in e.forms:
            e.forms.append(form)
        e.mentions.append(span)
        e.last_seen = span.start
        head = head_of(self.view, list(range(first, last)))
        subject = self.view.tokens[head].deprel in {"nsubj", "nsubj:pass"}
        self.mentions.append(
            _Mention(
                span,
                first,
                last,
                e,
                subject,
                self.view.tokens[first].sentence,
                self._in_quote(span),
                self.view.depth(head),
            )
        )

    # ----------------------------------------------------------------- resolution
    def resolve(self, first: int, last: int, kind: str | None = None) -> LocalEntity | None:
        """Joins the phrase ``[first, last)`` to an entity and returns it (None for an unknown)."""
        key = (first, last)
        if key in self._by_range:
            return self._by_range[key]
        v = self.view
        text = v.text_of(first, last)
        ent: LocalEntity | None
        if last - first == 1 and fold(text) in _RELATIVE:
            ent = self._relative(first)
            if ent is not None:
                self._add(ent, first, last)
            self._by_range[key] = ent
            return ent
        first, last = _name_part(v, first, last)
        text = v.text_of(first, last)
        kind = kind or classify_np(v, first, last)
        if kind in {"anonymous", "unknown"}:
            named = _apposed_name(v, first, last)
            if named is not None:
                # "One Republican presidential hopeful, Carly Fiorina, says": the name, not the role
                ent = self.resolve(*named)
                self._by_range[key] = ent
                return ent
        if kind == "person":
            first, last = _person_part(v, first, last)
            text = v.text_of(first, last)
        if kind == "person" and place_name(text):
            kind = "organization"  # a country or city that speaks is its government, never a person
        if kind in {"person", "organization"} and coordination(text):
            kind = "group"  # "Larry King and Ed Schultz": two speakers, neither's alias
        if kind == "pronoun":
            ent = self._pronoun(first)
        elif kind == "person":
            ent = self._person(first, last, text)
        elif kind == "anonymous":
            ent = self._anonymous(first, last, text)
        elif kind in {"group", "organization"}:
            ent = self._group_or_org(first, last, text, kind)
        else:
            ent = self._new("unknown")
            ent.forms.append(_strip_det(text) or text)
        if ent is not None:
            self._add(ent, first, last, text if kind != "pronoun" else text)
            if kind == "pronoun":
                p = fold(text)
                g = PRONOUN_GENDER.get(p)
                if g and ent.gender is None:
                    ent.gender = g
                # a pronoun is not a name: keep it out of the forms
                if text in ent.forms and len(ent.forms) > 1:
                    ent.forms.remove(text)
        self._by_range[key] = ent
        return ent

    def _person(self, first: int, last: int, text: str) -> LocalEntity:
        name = parse_name(text)
        words = [fold(w) for w in text.split()]
        if not name.surname or all(w in TITLES for w in words):
            return self._role(first, last, text)
        # looked up by the surname, filed under every part (as the aliases are, quotes.speakers.names.surname_keys)
        filed: dict[int, LocalEntity] = {}
        for k in surname_keys(name):
            filed.update(self._people.get(k, {}))
        candidates = [
            e
            for _, e in sorted(filed.items())
            if all(same_person(name, n) for n in e.names) and generation_fits(name, e.names)
        ]
        if name.forenames:
            # a full name joins a person of its own suffix before one of another: "Donald Trump"
            # the father beside "Donald Trump Jr.", while "Brent Bozell" after "Brent Bozell III"
            # alone is him
            same_generation = [
                e for e in candidates if any(generation(n) == generation(name) for n in e.names if n.forenames)
            ]
            candidates = same_generation or candidates
        if candidates:
            ent = max(candidates, key=lambda e: e.last_seen)
        else:
            ent = self._new("person")
        ent.names.append(name)
        for k in name_keys(name):
            self._people.setdefault(k, {})[ent.key] = ent
        g = gender(name)
        if g and ent.gender is None:
            ent.gender = g
        return ent

    def _role(self, first: int, last: int, text: str) -> LocalEntity:
        """``the president``: the person who holds the role in the article, else an anonymous source."""
        role = fold(self.view.tokens[head_of(self.view, list(range(first, last)))].text)
        # only a bare role names its holder: "the president", not "the next president"
        if role in _ROLE_WORDS and _content_words(text) == {role}:
            holders = [
                e
                for e in self.entities
                if e.kind == "person" and any(role in {fold(t) for t in n.titles} for n in e.names)
            ]
            if holders:
                return max(holders, key=lambda e: e.last_seen)
        return self._anonymous(first, last, text)

    def _anonymous(self, first: int, last: int, text: str) -> LocalEntity:
        words = [fold(w) for w in text.split()]
        content = _content_words(text)
        definite = bool(words) and words[0] in {"the", "that", "this"}
        head = fold(self.view.tokens[head_of(self.view, list(range(first, last)))].text)
        if definite and head in _ROLE_WORDS and head in content:
            # "the presidential candidate" after "Democratic presidential candidate Hillary
            # Clinton": the person whose titles hold every word of the description
            holders = [
                e
                for e in self.entities
                if e.kind == "person" and any(content <= {fold(t) for t in n.titles} for n in e.names)
            ]
            if holders:
                return max(holders, key=lambda e: e.last_seen)
        if definite or (words and words[0] not in {"a", "an", "another", "one"} and not words[0].endswith("'s")):
            cands = [e for e in self.entities if e.kind == "anonymous" and content <= e.words]
            if cands and definite:
                return max(cands, key=lambda e: e.last_seen)
            same = [e for e in self.entities if e.kind == "anonymous" and e.words == content]
            if same:
                return same[-1]
        ent = self._new("anonymous")
        ent.words = content
        return ent

    def _group_or_org(self, first: int, last: int, text: str, kind: str) -> LocalEntity:
        words = [fold(w) for w in text.split()]
        content = _content_words(text)
        head = fold(self.view.tokens[head_of(self.view, list(range(first, last)))].text)
        capitalised = any(t.text[:1].isupper() for t in self.view.tokens[first:last])
        outlet = any(w in NEWS_OUTLET_WORDS for w in words[-1:]) and capitalised
        if kind == "organization" and words and words[0] == "the" and head in OUTLET_NOUNS:
            outlets = [e for e in self.entities if e.outlet]
            if outlets:
                return max(outlets, key=lambda e: e.last_seen)
        for e in reversed(self.entities):
            if e.kind == kind and e.words == content:
                return e
        ent = self._new(kind)
        ent.words = content
        ent.outlet = outlet and not all(w in PLACES for w in words)
        return ent

    def _relative(self, i: int) -> LocalEntity | None:
        """``Mike Lee, who declared …``: a relative pronoun is the noun its clause modifies."""
        v = self.view
        # the noun phrase right before the pronoun (", who"), else the noun the parse hangs the clause on
        j = i - 1
        while j >= 0 and v.tokens[j].text == ",":
            j -= 1
        run = nominal_run(v, range(j, max(-1, j - 8), -1))
        if run:
            rng = (min(run), max(run) + 1)
        else:
            clause = v.tokens[i].head
            while clause >= 0 and v.tokens[clause].deprel not in {"acl:relcl", "acl"} and v.tokens[clause].head >= 0:
                clause = v.tokens[clause].head
            if not (clause >= 0 and v.tokens[clause].deprel in {"acl:relcl", "acl"} and v.tokens[clause].head < i):
                return None
            rng = v.np_span(v.tokens[clause].head)
        if rng[0] <= i < rng[1]:
            return None
        return self.resolve(*rng)

    def _chained(self, first: int) -> LocalEntity | None:
        """The entity of the latest earlier mention, outside quotes, in the annotator's coreference
        chain holding token ``first`` (None when there is no chain, or none of its earlier
        mentions has been resolved)."""
        span = self.view.tokens[first].span
        for chain in self.view.doc.coref:
            if not any(m.start <= span.start and span.end <= m.end for m in chain.mentions):
                continue
            for m in reversed([m for m in chain.mentions if m.end <= span.start]):
                known = [x for x in self.mentions if not x.in_quote and x.span.start < m.end and m.start < x.span.end]
                if known:
                    return known[-1].entity
        return None

    def _pronoun(self, first: int) -> LocalEntity | None:
        v = self.view
        p = fold(v.tokens[first].text)
        sent = v.tokens[first].sentence
        pos = v.tokens[first].span.start
        want_gender = PRONOUN_GENDER.get(p)
        plural = p in {"they", "them", "their"}
        if p in {"i", "we", "you", "my", "our", "your"}:
            return None
        chained = self._chained(first)
        if chained is not None:
            return chained

        def ok(m: _Mention) -> bool:
            e = m.entity
            if m.in_quote or m.span.start >= pos:
                return False
            if plural:
                return e.kind in {"group", "organization"}
            if p in {"it", "its"}:
                return e.kind == "organization"
            if e.kind not in {"person", "anonymous"}:
                return False
            return want_gender is None or e.gender in {None, want_gender}

        cands = [m for m in self.mentions if ok(m)]
        if not cands:
            return None
        same = [m for m in cands if m.sentence == sent and m.subject]
        if same:
            return same[-1].entity
        for s in range(sent - 1, max(-1, sent - 8), -1):
            subj = [m for m in cands if m.sentence == s and m.subject]
            if subj:
                # the highest subject of the sentence, then the leftmost (Hobbs)
                return min(subj, key=lambda m: (m.depth, m.span.start)).entity
            anym = [m for m in cands if m.sentence == s]
            if anym and s < sent - 1:
                return anym[-1].entity
        return cands[-1].entity


_AND = re.compile(r"\s(?:and|&)\s|,\s+(?=[A-Z])")


def coordination(text: str) -> bool:
    """Whether a phrase names several sources joined by *and* (``Larry King and Ed Schultz``,
    ``Obama, Biden and Kerry``): every part holds a capitalised word and one part is a person's
    name, so ``Procter & Gamble`` and ``the Committee on Ways and Means`` are one name.

    >>> coordination("Larry King and Ed Schultz"), coordination("Procter & Gamble"), coordination("Ways and Means")
    (True, False, False)
    """
    if not re.search(r"\s(?:and|&)\s", text):
        return False
    parts = [p.strip() for p in _AND.split(text) if p.strip()]
    if len(parts) < 2 or not all(any(w[:1].isupper() for w in p.split()) for p in parts):
        return False
    return sum(len(parse_name(p).forenames) > 0 and len(p.split()) >= 2 for p in parts) >= 2


def canonical_kind(e: LocalEntity) -> str:
    """The kind an entity is reported as."""
    return e.kind if e.kind in {"person", "anonymous", "group", "organization"} else "unknown"


def entity_display_forms(e: LocalEntity) -> list[str]:
    """Forms to list as aliases: as written, without leading articles, with title variants for persons."""
    from quotes.speakers.names import alias_forms

    out: list[str] = []
    for f in e.forms:
        cands = alias_forms(f) if e.kind == "person" else [_strip_det(f) or f]
        for c in cands:
            if c and c not in out:
                out.append(c)
    return out


__all__ = [
    "LocalEntity",
    "Resolver",
    "canonical_kind",
    "coordination",
    "entity_display_forms",
    "generation_fits",
    "place_name",
]
