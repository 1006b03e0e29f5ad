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
from quotes.lexicon.nicknames import nickname_of

# the spelling functions, importable from here as before
from quotes.speakers.spelling import fold as fold
from quotes.speakers.spelling import opposite_given_names as opposite_given_names
from quotes.speakers.spelling import same_word as same_word
from quotes.speakers.spelling import similar as similar
from quotes.speakers.spelling import skeleton as skeleton
from quotes.speakers.spelling import surname_key as surname_key

_FUNCTION_WORDS = frozenset({"of", "the", "for", "and"})
# words that open a sentence before a name and are never one ("Neither Warren nor Clinton")
_NOT_NAMES = frozenset({"neither", "either", "nor", "both", "not", "only", "even", "also", "then", "but", "and", "or"})
_POSSESSIVE = re.compile(r"['’]s?$")
_BRACKETS = re.compile(r"[\[\]()]")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.?|(?:[^\W\d_]\.){2,3})$")


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
    forenames: tuple[str, ...] = attrs.field(
        converter=tuple[str, ...], default=attrs.Factory(lambda self: (*self.given, *self.initials), takes_self=True)
    )
    """Given names and initials in the order written (``George``, ``H``, ``W`` in ``George H.W.
    Bush``): initials are compared by position."""

    @property
    def bare(self) -> str:
        """The name without titles: given names and initials as written, surname and suffix."""
        return " ".join([*self.forenames, self.surname, self.suffix]).strip()

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
    lead: list[str] = []
    while len(words) > 1 and fold(words[0]) in _NOT_NAMES:
        lead.append(words.pop(0))  # "Neither Warren nor Clinton": the sentence's word, not a name's
    suffix = ""
    if len(words) > 1 and fold(words[-1]) in lex.SUFFIXES:
        suffix = words.pop()
    # titles and descriptors: everything up to the last title (or dash) that a name follows,
    # so "Pennsylvania Gov. and DNC Chairman Ed Rendell" leaves "Ed Rendell"
    cut = 0
    for k, w in enumerate(words[:-1]):
        if (_is_title(w) and fold(w) not in _FUNCTION_WORDS) or w in {"-", "—", "–", "―"}:
            cut = k + 1
    titles = lead + words[:cut]
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
    forenames: list[str] = []
    for w in words:
        core = w.replace(".", "")
        if _INITIALS.match(w):  # "H.W." is two initials
            letters = [c.upper() for c in core]
            initials += letters
            forenames += letters
        elif core:
            given.append(w)
            forenames.append(w)
    return PersonName(
        text=text,
        titles=titles,
        given=given,
        initials=initials,
        surname=" ".join(surname_words),
        suffix=suffix,
        forenames=forenames,
    )


def _initial(word: str) -> bool:
    return len(word) == 1


@lru_cache(maxsize=2**18)
def _compact(word: str) -> str:
    """A name folded without hyphens and spaces (``Jong-un`` / ``Jong Un``)."""
    return re.sub(r"[-‐‑\s']", "", fold(word))


@lru_cache(maxsize=2**20)
def forename_agreement(x: str, y: str) -> int | None:
    """How strongly two given names or initials agree: 3 the same name (case, diacritics and
    hyphens aside), 2 a transliteration variant or a nickname (``Bill`` / ``William``), 1 an
    initial and a name of its letter (or two equal initials); None when they conflict.

    >>> forename_agreement("Bill", "William"), forename_agreement("W", "Walker"), forename_agreement("W", "H")
    (2, 1, None)
    >>> forename_agreement("W", "Bill")  # an initial is of the name as written

    """
    if _initial(x) or _initial(y):
        if _initial(x) and _initial(y):
            return 1 if fold(x) == fold(y) else None
        letter, name = (x, y) if _initial(x) else (y, x)
        return 1 if fold(letter) == fold(name)[:1] else None
    if _compact(x) == _compact(y):
        return 3
    if nickname_of(fold(x), fold(y)):
        return 2
    if same_word(x, y) and not opposite_given_names(x, y):
        return 2
    return None


def forenames_agreement(a: PersonName, b: PersonName) -> int | None:
    """How strongly the given names and initials of two names agree (the sum of
    :func:`forename_agreement` over the names they both have), or None when they conflict.

    The first given names (or initials) must agree (or the one is a descriptor read as a name:
    ``Actress Amandla Stenberg`` / ``Amandla Stenberg``). After them, the names in the same
    place must agree too, initials as full names (``George W.`` / ``George H. W.`` and ``J.
    Christopher`` / ``John Paul`` conflict in the second); a name with fewer may leave the
    rest out (``Hillary Rodham Clinton`` / ``Hillary Clinton``).
    """
    fa, fb = a.forenames, b.forenames
    if not fa or not fb:
        return 0
    first = forename_agreement(fa[0], fb[0])
    if first is None:
        return _known_by_middle_name(fa, fb)
    total = first
    for x, y in zip(fa[1:], fb[1:], strict=False):
        s = forename_agreement(x, y)
        if s is None:
            return None
        total += s
    return total


def _known_by_middle_name(fa: tuple[str, ...], fb: tuple[str, ...]) -> int | None:
    """One given name written alone that is the other's second, both in full, where the
    other's first is no known given name: a descriptor read as a name (``Actress Amandla
    Stenberg`` / ``Amandla Stenberg``, ``Co-moderator Andrea Mitchell``); weak evidence (1).
    A known given name first is another person (``Michael Patrick Leahy`` is not ``Patrick
    Leahy``), even where it is one known by the middle name (``Robert Hunter Biden``)."""
    short, long = (fa, fb) if len(fa) < len(fb) else (fb, fa)
    if len(short) != 1 or len(long) < 2 or any(_initial(w) for w in (*short, *long[:2])):
        return None
    if fold(long[0]) in lex.MALE_NAMES or fold(long[0]) in lex.FEMALE_NAMES:
        return None
    return 1 if forename_agreement(short[0], long[1]) else None


def generation(n: PersonName) -> str:
    """The generational suffix of a name, folded (``jr``, ``sr``, ``iii``), or empty."""
    return lex.GENERATIONS.get(fold(n.suffix), "")


def _suffix_compatible(a: PersonName, b: PersonName) -> bool:
    """``Jr.`` and ``Sr.`` (or ``II`` and ``III``) are two people; a name without a suffix can
    be either (Joe Biden is Joseph R. Biden Jr.)."""
    ga, gb = generation(a), generation(b)
    return not ga or not gb or ga == gb


def compact_name(n: PersonName) -> str:
    """The bare name's parts folded and run together, hyphens and spaces gone: ``Kim Jong-un``,
    ``Kim Jong Un`` and ``KIM JONG UN`` are all ``kimjongun``."""
    return "".join(_compact(p) for p in (*n.forenames, n.surname))


def order_variant(a: PersonName, b: PersonName) -> bool:
    """The same name parts in another order (Bismullah Khan Mohammadi / Bismillah Mohammadi Khan)."""
    pa, pb = [*a.forenames, *([a.surname] if a.surname else [])], [*b.forenames, *([b.surname] if b.surname else [])]
    if len(pa) < 2 or len(pa) != len(pb) or any(_initial(w) for w in (*pa, *pb)):
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
    conflict (:func:`forenames_agreement`: nicknames and initials count), or the two must be the
    same parts in another order or run together (``Kim Jong-un`` / ``Kim Jong Un``); titles of
    a man and of a woman (``Mr.`` / ``Mrs.``) and different generational suffixes conflict.
    """
    return name_agreement(a, b) is not None


@lru_cache(maxsize=2**20)
def name_agreement(a: PersonName, b: PersonName) -> int | None:
    """How strongly two names agree, or None when they cannot be one person: the agreement
    of their given names (:func:`forenames_agreement`), 2 for the same surname or 1 for a
    variant, 1 for the same generational suffix. Used to choose among several people a name
    could be: the higher the more specific.

    >>> a = parse_name("A. Kayani")
    >>> name_agreement(a, parse_name("Ashfaq Kayani")), name_agreement(a, parse_name("Ashraf Kiani"))
    (3, 2)
    """
    if not a.surname or not b.surname:
        return None
    if not _suffix_compatible(a, b):
        return None
    ga, gb = gender(a), gender(b)
    if ga and gb and ga != gb:
        return None
    suffix = 1 if generation(a) and generation(a) == generation(b) else 0
    if len(a.forenames) and compact_name(a) == compact_name(b):
        return 3 * (len(a.forenames) + 1) + suffix  # the same name, however hyphenated or spaced
    if order_variant(a, b):
        return 2 * len(a.parts) + suffix
    if not same_word(surname_key(a.surname), surname_key(b.surname)):
        return None
    given = forenames_agreement(a, b)
    if given is None:
        return None
    return given + (2 if surname_key(a.surname) == surname_key(b.surname) else 1) + suffix


def name_keys(n: PersonName) -> frozenset[str]:
    """Blocking keys of a name: two names that can be one person always share one.

    The skeleton of each part as written and of the surname without its particles: whenever
    :func:`same_person` holds, some part of one is :func:`same_word` with a part of the
    other, and same words have the same skeleton, or the two run together are one
    (:func:`compact_name`, the key ``=…``: ``Kim Jong Un`` / ``Kim Jong-un``). So a name is
    compared only with the names filed under its keys, never with every name seen.

    >>> sorted(name_keys(parse_name("Gen Ashfaq Kayani"))), sorted(name_keys(parse_name("Kiani")))
    (['$fk', '=ashfaqkayani', 'kn'], ['kn'])
    """
    keys = {skeleton(p) for p in n.parts}
    if n.surname:
        keys.add(skeleton(surname_key(n.surname)))
    if n.forenames:
        keys.add("=" + compact_name(n))
    return frozenset(keys)


def surname_keys(n: PersonName) -> frozenset[str]:
    """The keys to look a name up by, among names filed under their :func:`name_keys`.

    Enough on their own: when :func:`same_person` holds, the surname of the one is the same
    word as a part of the other (its surname, or any part in a reordered name), so looking up
    by the surname never misses a match, and a common given name (John, Mohammad) never makes
    a name meet everyone who shares it.

    >>> sorted(surname_keys(parse_name("Gen Ashfaq Kayani")))
    ['=ashfaqkayani', 'kn']
    """
    if not n.surname:
        return frozenset()
    keys = {skeleton(n.surname), skeleton(surname_key(n.surname))}
    if n.forenames:
        keys.add("=" + compact_name(n))  # Kim Jong Un meets Kim Jong-un
    return frozenset(keys)


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
