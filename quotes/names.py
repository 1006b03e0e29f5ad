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
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

import attrs

from quotes.lexicon import FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES, PARTICLES, SUFFIXES, TITLES

#: Titles after which the rest is a name (``Secretary`` in ``U.S. Secretary of State John Kerry``);
#: a shorter alias may start at one of them.
HEAD_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "general",
        "president",
        "secretary",
        "minister",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "mayor",
        "judge",
        "ambassador",
        "prof",
        "professor",
        "adm",
        "admiral",
        "col",
        "colonel",
        "lt",
        "capt",
        "captain",
        "maj",
        "major",
        "sheikh",
        "king",
        "queen",
        "prince",
        "chancellor",
        "premier",
        "speaker",
        "commissioner",
        "director",
    }
)

_FUNCTION_WORDS = frozenset({"of", "the", "for", "and"})
_POSSESSIVE = re.compile(r"['’]s?$")
_BRACKETS = re.compile(r"[\[\]()]")


@lru_cache(maxsize=262144)
def fold(s: str) -> str:
    """Lower-cases, strips diacritics and dots: the form names are compared in.

    >>> fold("Bismillāh Moḥammadi Jr.")
    'bismillah mohammadi jr'
    """
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace(".", "").casefold()
    return re.sub(r"\s+", " ", s).strip()


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
    return f in PARTICLES or re.split(r"[-'’]", f, maxsplit=1)[0] in PARTICLES and len(f) > 3


# particles that are also given names when they open a name (Al Gore, Van Jones, Abu Bakr)
_GIVEN_PARTICLES = frozenset({"al", "van", "el", "abu", "abd", "mac", "o", "la", "st", "st."})


def _surname_particle(word: str, first: bool) -> bool:
    """A particle that belongs to the surname after it: ``de`` in ``Bill de Blasio``, and
    capitalised too (``De Blasio``, ``DE BLASIO``, ``Marine Le Pen``), except where it opens
    the name and is also a given name (``Al Gore``, ``Van Jones``)."""
    f = fold(word)
    if f not in PARTICLES:
        return False
    return word[:1].islower() or not (first and f in _GIVEN_PARTICLES)


def _is_title(word: str) -> bool:
    return fold(word).strip(",") in TITLES


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
    if len(words) > 1 and fold(words[-1]) in SUFFIXES:
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


@lru_cache(maxsize=65536)
def surname_key(surname: str) -> str:
    """The surname folded, with particles and hyphens dropped (``al-Zawahri`` -> ``zawahri``).

    >>> surname_key("al-Zawahri"), surname_key("bin Laden")
    ('zawahri', 'laden')
    """
    words = fold(surname).replace("-", " ").split()
    while len(words) > 1 and words[0] in PARTICLES:
        words.pop(0)
    return "".join(words)


@lru_cache(maxsize=262144)
def skeleton(word: str) -> str:
    """A consonant skeleton for transliteration variants: Kayani, Kiani and Kaini share ``kn``.

    Digraphs that stand for their own sound (``kh``, ``sh``, ``ch``) stay apart from plain
    letters, so Khan (``xn``) and Kean (``kn``) differ.

    >>> skeleton("Kayani"), skeleton("Kiani"), skeleton("Khan"), skeleton("Kean")
    ('kn', 'kn', 'xn', 'kn')
    >>> skeleton("Qaddafi") == skeleton("Gaddafi")
    True
    """
    w = re.sub(r"[^a-z]", "", fold(word))
    if not w:
        return ""
    for a, b in (
        ("kh", "x"),
        ("sh", "$"),
        ("ch", "$"),
        ("zh", "j"),
        ("ph", "f"),
        ("th", "t"),
        ("dh", "d"),
        ("gh", "g"),
        ("ck", "k"),
        ("q", "k"),
        ("c", "k"),
        ("g", "k"),
        ("z", "s"),
        ("v", "w"),
        ("ou", "u"),
        ("ee", "i"),
    ):
        w = w.replace(a, b)
    first, rest = w[0], w[1:]
    rest = re.sub(r"[aeiouyhw]", "", rest)
    if first in "aeiouyhw":
        first = ""
    out = first + rest
    return re.sub(r"(.)\1+", r"\1", out)


def similar(a: str, b: str) -> float:
    """String similarity of two folded words, from 0 to 1."""
    return SequenceMatcher(None, fold(a), fold(b)).ratio()


@lru_cache(maxsize=262144)
def same_word(a: str, b: str) -> bool:
    """Tells whether two name words are one name: equal when folded, or transliteration variants.

    >>> same_word("Bismullah", "Bismillah"), same_word("Karzai", "Kayani"), same_word("Khan", "Kean")
    (True, False, False)
    """
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if min(len(fa), len(fb)) < 4:
        return False
    ka, kb = skeleton(a), skeleton(b)
    return len(ka) >= 2 and ka == kb and similar(a, b) >= 0.7


_FEMININE_ENDINGS = ("a", "e", "ie", "le", "lle", "ette", "ine", "ina")


def _sex(folded: str) -> str | None:
    return "m" if folded in MALE_NAMES else "f" if folded in FEMALE_NAMES else None


def opposite_given_names(a: str, b: str) -> bool:
    """Two given names of a man and a woman: by the lists of common names (John / Joan), or one
    is the other with a feminine ending (Paul / Paula, Daniel / Danielle, Alexander / Alexandra).

    >>> opposite_given_names("John", "Joan"), opposite_given_names("Daniel", "Danielle")
    (True, True)
    >>> opposite_given_names("Mohammed", "Muhammad"), opposite_given_names("Bismullah", "Bismillah")
    (False, False)
    """
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return False
    sa, sb = _sex(fa), _sex(fb)
    if sa and sb and sa != sb:
        return True
    for x, y in ((fa, fb), (fb, fa)):
        if len(x) >= 3 and y.startswith(x) and y[len(x) :] in _FEMININE_ENDINGS:
            return True
        if x.endswith("er") and y == x[:-2] + "ra":
            return True
    return False


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
        if ft in FEMALE_TITLES:
            return "f"
        if ft in MALE_TITLES:
            return "m"
    if n.given:
        g = fold(n.given[0])
        if g in FEMALE_NAMES:
            return "f"
        if g in MALE_NAMES:
            return "m"
    return None


def alias_forms(text: str) -> list[str]:
    """The forms a mention stands for: as written, from each head title on, and the bare name.

    >>> alias_forms("U.S. Secretary of State John Kerry")
    ['U.S. Secretary of State John Kerry', 'Secretary of State John Kerry', 'John Kerry']
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
        if fold(words[i]) in HEAD_TITLES and i < len(words) - 1:
            out.append(" ".join(words[i:]))
    if n.bare:
        out.append(n.bare)
    seen: list[str] = []
    for f in out:
        if f and f not in seen:
            seen.append(f)
    return tuple(seen)
