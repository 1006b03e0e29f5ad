"""Person names: parsing into parts, normalising, and deciding whether two names can be one person.

>>> n = parse_name("U.S. Secretary of State John F. Kerry")
>>> n.titles, n.given, n.initials, n.surname
(('U.S.', 'Secretary', 'of', 'State'), ('John',), ('F',), 'Kerry')
>>> same_person(parse_name("Gen Kiani"), parse_name("Ashfaq Parvez Kayani"))
True
>>> same_person(parse_name("Hillary Clinton"), parse_name("Bill Clinton"))
False
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from quotes.lexicon import names as lex

# the spelling functions, importable from here as before
from quotes.speakers.spelling import fold as fold
from quotes.speakers.spelling import opposite_given_names as opposite_given_names
from quotes.speakers.spelling import same_word as same_word
from quotes.speakers.spelling import similar as similar
from quotes.speakers.spelling import skeleton as skeleton
from quotes.speakers.spelling import surname_key as surname_key

_FUNCTION_WORDS = frozenset({"of", "the", "for", "and"})
_POSSESSIVE = re.compile(r"['’]s?$")
_BRACKETS = re.compile(r"[\[\]()]")


@attrs.frozen(kw_only=True, cache_hash=True)
class PersonName:
    """A person's name split into its parts."""

    text: str
    """The name as written."""
    titles: tuple[str, ...] = attrs.field(converter=tuple[str, ...], default=())
    """Titles and roles before the name, as written (``Gen``, ``Secretary of State``)."""
    given: tuple[str, ...] = attrs.field(converter=tuple[str, ...], default=())
    """Given and middle names, as written."""
    initials: tuple[str, ...] = attrs.field(converter=tuple[str, ...], default=())
    """Initials without their dots (``F`` in ``John F. Kerry``)."""
    surname: str = ""
    """Family name with its particles (``bin Laden``, ``al-Zawahri``); empty if none."""
    suffix: str = ""
    """``Jr.``, ``III`` and the like."""

    @property
    def bare(self) -> str:
        """The name without titles: given names, initials, surname and suffix."""
        return " ".join([*self.given, *self.initials, self.surname, self.suffix]).strip()

    @property
    def parts(self) -> tuple[str, ...]:
        """Given names and surname, as written."""
        return (*self.given, *([self.surname] if self.surname else []))


def _particle(word: str) -> bool:
    """A name particle, alone (``bin``) or joined to the name (``al-Zawahri``, ``d'Estaing``)."""
    f = fold(word)
    return f in lex.PARTICLES or re.split(r"[-'’]", f, maxsplit=1)[0] in lex.PARTICLES and len(f) > 3


# particles that are also given names when they open a name (Al Gore, Van Jones, Abu Bakr)
_GIVEN_PARTICLES = frozenset({"al", "van", "el", "abu", "abd", "mac", "o", "la", "st", "st."})


def _surname_particle(word: str, first: bool) -> bool:
    """A particle that belongs to the surname after it: ``de`` in ``Bill de Blasio``, and
    capitalised too (``De Blasio``, ``DE BLASIO``, ``Marine Le Pen``), except where it opens
    the name and is also a given name (``Al Gore``, ``Van Jones``)."""
    f = fold(word)
    if f not in lex.PARTICLES:
        return False
    return word[:1].islower() or not (first and f in _GIVEN_PARTICLES)


def _is_title(word: str) -> bool:
    return fold(word).strip(",") in lex.TITLES


@lru_cache(maxsize=65536)
def parse_name(text: str) -> PersonName:
    """Splits a person's name into titles, given names, initials, surname and suffix.

    Brackets of editorial insertions are dropped (``[Nawaz Sharif]``), as is a possessive.

    >>> parse_name("Osama bin Laden").surname
    'bin Laden'
    >>> parse_name("Donald Trump Jr.").suffix
    'Jr.'
    """
    clean = _BRACKETS.sub(" ", text)
    words = clean.split()
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    words = [w.strip(",;:") for w in words if w.strip(",;:")]
    suffix = ""
    if len(words) > 1 and fold(words[-1]) in lex.SUFFIXES:
        suffix = words.pop()
    # titles and descriptors: everything up to the last title (or dash) that a name follows,
    # so "Pennsylvania Gov. and DNC Chairman Ed Rendell" leaves "Ed Rendell"
    cut = 0
    for k, w in enumerate(words[:-1]):
        if (_is_title(w) and fold(w) not in _FUNCTION_WORDS) or w in {"-", "—", "–", "―"}:
            cut = k + 1
    titles = words[:cut]
    words = words[cut:]
    content = [w for w in words if not _particle(w)]
    if any(w[:1].isupper() for w in content) and any(w[:1].islower() for w in content):
        # in mixed case a name is capitalised words: "Terry McAuliffe on Friday" ends at "on"
        while words and not words[0][:1].isupper():
            titles.append(words.pop(0))
        for k, w in enumerate(words):
            if not w[:1].isupper() and not _particle(w):
                if k and _POSSESSIVE.search(words[k - 1]) and words[k - 1][-1:] in {"s", "'", "’"}:
                    # "Karzai's spokesman" names the spokesman, not Karzai
                    return PersonName(text=text, titles=[*titles, *words], suffix=suffix)
                words = words[:k]
                break
    if not words or any(re.search(r"['’]s$", w) for w in words[:-1]):
        # nothing left, or "Obama's America": a possessive inside makes it no person's name
        return PersonName(text=text, titles=[*titles, *words], suffix=suffix)
    surname_words = [words.pop()]
    while words and _surname_particle(words[-1], first=len(words) == 1):
        surname_words.insert(0, words.pop())
    given: list[str] = []
    initials: list[str] = []
    for w in words:
        core = w.replace(".", "")
        if len(core) == 1 and core.isalpha():
            initials.append(core.upper())
        elif core:
            given.append(w)
    return PersonName(
        text=text,
        titles=titles,
        given=given,
        initials=initials,
        surname=" ".join(surname_words),
        suffix=suffix,
    )


def _given_compatible(a: PersonName, b: PersonName) -> bool:
    """Given names agree: one side has none, or the first given names (or initials) match."""
    if not a.given or not b.given:
        # initials alone must not contradict a given name
        if a.given and b.initials and not b.given:
            return fold(a.given[0])[0] == b.initials[0].lower()
        if b.given and a.initials and not a.given:
            return fold(b.given[0])[0] == a.initials[0].lower()
        return True
    return same_word(a.given[0], b.given[0]) and not opposite_given_names(a.given[0], b.given[0])


def _suffix_compatible(a: PersonName, b: PersonName) -> bool:
    return fold(a.suffix) == fold(b.suffix)


def order_variant(a: PersonName, b: PersonName) -> bool:
    """The same name parts in another order (Bismullah Khan Mohammadi / Bismillah Mohammadi Khan)."""
    pa, pb = list(a.parts), list(b.parts)
    if len(pa) < 2 or len(pa) != len(pb):
        return False
    rest = pb[:]
    for w in pa:
        for i, v in enumerate(rest):
            if same_word(w, v) and not opposite_given_names(w, v):
                rest.pop(i)
                break
        else:
            return False
    return True


@lru_cache(maxsize=2**20)
def same_person(a: PersonName, b: PersonName) -> bool:
    """Tells whether two names can denote one person (symmetric; ignores titles, case, diacritics).

    Surnames must be one name (equal or transliteration variants) and given names must not
    conflict, or the two must be the same parts in another order.
    """
    if not a.surname or not b.surname:
        return False
    if order_variant(a, b):
        return _suffix_compatible(a, b)
    if not same_word(surname_key(a.surname), surname_key(b.surname)):
        return False
    return _given_compatible(a, b) and _suffix_compatible(a, b)


def name_keys(n: PersonName) -> frozenset[str]:
    """Blocking keys of a name: two names that can be one person always share one.

    The skeleton of each part as written and of the surname without its particles: whenever
    :func:`same_person` holds, some part of one is :func:`same_word` with a part of the
    other, and same words have the same skeleton. So a name is compared only with the names
    filed under its keys, never with every name seen.

    >>> sorted(name_keys(parse_name("Gen Ashfaq Kayani"))), sorted(name_keys(parse_name("Kiani")))
    (['$fk', 'kn'], ['kn'])
    """
    keys = {skeleton(p) for p in n.parts}
    if n.surname:
        keys.add(skeleton(surname_key(n.surname)))
    return frozenset(keys)


def surname_keys(n: PersonName) -> frozenset[str]:
    """The keys to look a name up by, among names filed under their :func:`name_keys`.

    Enough on their own: when :func:`same_person` holds, the surname of the one is the same
    word as a part of the other (its surname, or any part in a reordered name), so looking up
    by the surname never misses a match, and a common given name (John, Mohammad) never makes
    a name meet everyone who shares it.

    >>> sorted(surname_keys(parse_name("Gen Ashfaq Kayani")))
    ['kn']
    """
    if not n.surname:
        return frozenset()
    return frozenset({skeleton(n.surname), skeleton(surname_key(n.surname))})


def fullness(n: PersonName) -> tuple[int, int, int]:
    """How full a name is, for choosing the canonical one: parts, then given names, then length."""
    return (len(n.given) + len(n.initials) + (1 if n.surname else 0), len(n.given), len(n.bare))


def gender(n: PersonName) -> str | None:
    """``m``, ``f`` or None, from a title (``Mrs``) or a common given name."""
    for t in n.titles:
        ft = fold(t)
        if ft in lex.FEMALE_TITLES:
            return "f"
        if ft in lex.MALE_TITLES:
            return "m"
    if n.given:
        g = fold(n.given[0])
        if g in lex.FEMALE_NAMES:
            return "f"
        if g in lex.MALE_NAMES:
            return "m"
    return None


def alias_forms(text: str) -> list[str]:
    """The forms a mention stands for: as written, from each head title on, and the bare name.

    >>> alias_forms("U.S. Secretary of State John Kerry")
    ['U.S. Secretary of State John Kerry', 'Secretary of State John Kerry', 'John Kerry']
    >>> alias_forms("Nato Secretary General Anders Fogh Rasmussen")  # a title's words stay together
    ['Nato Secretary General Anders Fogh Rasmussen', 'Secretary General Anders Fogh Rasmussen', 'Anders Fogh Rasmussen']
    """
    return list(_alias_forms(text))


@lru_cache(maxsize=2**16)
def _alias_forms(text: str) -> tuple[str, ...]:
    clean = re.sub(r"\s+", " ", _BRACKETS.sub(" ", text)).strip()
    words = clean.split()
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    out = [" ".join(words)]
    n = parse_name(clean)
    for i in range(1, len(words)):
        # from a title that begins a run of titles: "Secretary General X", never "General X"
        if fold(words[i]) in lex.HEAD_TITLES and i < len(words) - 1 and fold(words[i - 1]) not in lex.HEAD_TITLES:
            out.append(" ".join(words[i:]))
    if n.bare:
        out.append(n.bare)
    seen: list[str] = []
    for f in out:
        if f and f not in seen:
            seen.append(f)
    return tuple(seen)
