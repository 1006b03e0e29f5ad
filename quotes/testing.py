"""Hypothesis strategies for property-testing alias rules (needs the ``test`` extra).

Generate realistic variants of one person's name and check what your resolver does with
them::

    from hypothesis import given
    from quotes.testing import name_variants
    from quotes.speakers.aliases import cluster_names

    @given(name_variants())
    def test_variants_merge(variants):
        assert len(cluster_names(variants)) == 1

:func:`hard_cast` draws the forms of people who are hard to tell apart or to join, class by
class (:data:`HARD_CASTS`): initials that agree or conflict, hyphens and spaces in Korean
names, nicknames, honorifics, generational suffixes, relatives who share a surname.

The base names come from :data:`BASE_NAMES` (or your own list, via ``base=``); each variant
may gain a title, lose its given names, be reduced to initials, change case, gain
diacritics, reorder its parts, or take a known transliteration spelling.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from hypothesis import strategies as st

#: Names to vary: (given names, surname). Chosen so that no two share a surname. Angela Merkel
#: is the one woman: :data:`TITLES` are those that fit anyone, :data:`MALE_TITLES` only the men.
BASE_NAMES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("John", "Forbes"), "Kerry"),
    (("Hamid",), "Karzai"),
    (("Ashfaq", "Parvez"), "Kayani"),
    (("Sartaj",), "Aziz"),
    (("Nawaz",), "Sharif"),
    (("Anders", "Fogh"), "Rasmussen"),
    (("Jalil", "Abbas"), "Jilani"),
    (("Muammar",), "Qaddafi"),
    (("Ayman",), "al-Zawahri"),
    (("Bill",), "de Blasio"),
    (("Joseph",), "Dunford"),
    (("Angela",), "Merkel"),
)

#: Spellings of one name in transliteration, each list one name.
TRANSLITERATIONS: tuple[tuple[str, ...], ...] = (
    ("Kayani", "Kiani", "Kaini"),
    ("Qaddafi", "Gaddafi", "Kadhafi", "Gadhafi"),
    ("Mohammadi", "Mohammedi"),
    ("Bismullah", "Bismillah"),
    ("al-Zawahri", "al-Zawahiri"),
)

TITLES: tuple[str, ...] = (
    "Gen",
    "Gen.",
    "General",
    "President",
    "Secretary of State",
    "Defense Minister",
    "Dr.",
    "Sen.",
    "Rep.",
    "army chief",
    "Foreign Secretary",
    "U.S. Secretary of State",
    "Prime Minister",
    "Afghan President",
)

#: Titles that mark a man; drawn only for the men of :data:`BASE_NAMES`.
MALE_TITLES: tuple[str, ...] = ("Mr", "Mr.")

#: Women among :data:`BASE_NAMES` (their surnames).
WOMEN: frozenset[str] = frozenset({"Merkel"})

_ACCENTS = {"a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "n": "ñ", "c": "ç"}


def _spellings(word: str) -> tuple[str, ...]:
    for group in TRANSLITERATIONS:
        if word in group:
            return group
    return (word,)


def _accent(word: str, which: int) -> str:
    out = list(word)
    idx = [i for i, c in enumerate(word) if c.lower() in _ACCENTS]
    if idx:
        i = idx[which % len(idx)]
        c = out[i]
        acc = _ACCENTS[c.lower()]
        out[i] = acc.upper() if c.isupper() else acc
    return unicodedata.normalize("NFC", "".join(out))


@st.composite
def name_variant(draw: st.DrawFn, given: Sequence[str], surname: str) -> str:
    """One written form of the name ``given`` + ``surname``."""
    sur = draw(st.sampled_from(_spellings(surname)))
    form = draw(st.sampled_from(["full", "first-last", "last", "initials"]))
    if form == "full":
        parts = [*given, sur]
    elif form == "first-last":
        parts = [given[0], sur]
    elif form == "initials":
        parts = [given[0], *(g[0] + draw(st.sampled_from([".", ""])) for g in given[1:]), sur]
    else:
        parts = [sur]
    if draw(st.booleans()):
        parts = [_accent(p, draw(st.integers(0, 3))) for p in parts]
    case = draw(st.sampled_from(["keep", "upper", "lower", "title"]))
    text = " ".join(parts)
    if case == "upper":
        text = text.upper()
    elif case == "lower":
        text = text.lower()
    if draw(st.booleans()):
        titles = TITLES if surname in WOMEN else TITLES + MALE_TITLES
        text = f"{draw(st.sampled_from(titles))} {text}"
    return text


@st.composite
def name_variants(
    draw: st.DrawFn,
    base: Sequence[tuple[Sequence[str], str]] = BASE_NAMES,
    min_size: int = 2,
    max_size: int = 6,
) -> list[str]:
    """A list of forms of one person's name, at least one of them with the given name."""
    given, surname = draw(st.sampled_from(list(base)))
    first = draw(name_variant(given, surname).filter(lambda s: len(s.split()) >= 2))
    rest = draw(st.lists(name_variant(given, surname), min_size=min_size - 1, max_size=max_size - 1))
    return [first, *rest]


@st.composite
def distinct_people(draw: st.DrawFn, base: Sequence[tuple[Sequence[str], str]] = BASE_NAMES) -> tuple[str, str]:
    """Full-name forms of two different people from ``base`` (different surnames)."""
    a, b = draw(st.lists(st.sampled_from(list(base)), min_size=2, max_size=2, unique=True))
    fa = draw(name_variant(a[0], a[1]).filter(lambda s: len(s.split()) >= 2))
    fb = draw(name_variant(b[0], b[1]).filter(lambda s: len(s.split()) >= 2))
    return fa, fb


#: People whose names are hard to tell apart or to join, by class. Each is a list of people;
#: each person is the forms news writes for them (any of which may be drawn), and the people of
#: one class cannot be one person. A form that could be several of them (``George Bush``,
#: a bare ``Clinton``) is not listed: what such a form joins is tested on its own.
HARD_CASTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "initials": (
        ("George W. Bush", "George Walker Bush", "G. W. Bush", "GEORGE W. BUSH"),
        ("George H.W. Bush", "George H. W. Bush", "G.H.W. Bush", "GEORGE H.W. BUSH"),
    ),
    "initial letters": (
        ("John Smith", "J. Smith", "J Smith", "John A. Smith"),
        ("Mary Smith", "M. Smith", "Mary Ann Smith"),
    ),
    "transliterated initials": (
        ("Ashfaq Kayani", "A. Kayani", "Ashfaq Parvez Kayani", "A. P. Kiani"),
        ("Mohammad Kiani", "M. Kiani", "Mohammed Kayani"),
    ),
    "hyphens and spaces": (
        ("Kim Jong-un", "Kim Jong Un", "KIM JONG-UN", "Kim Jong-Un"),
        ("Kim Jong-il", "Kim Jong Il", "Kim Jong-Il"),
    ),
    "korean names": (
        ("Ban Ki-moon", "Ban Ki Moon", "Ban Ki-Moon"),
        ("Moon Jae-in", "Moon Jae In"),
    ),
    "nicknames": (
        ("Bill Clinton", "William J. Clinton", "William Jefferson Clinton", "Billy Clinton"),
        ("Hillary Clinton", "Hillary Rodham Clinton", "H. Clinton", "HILLARY CLINTON"),
        ("Chelsea Clinton", "Chelsea Victoria Clinton"),
    ),
    "nicknames and suffixes": (
        ("Joe Biden", "Joseph R. Biden Jr.", "Joseph Robinette Biden", "Joseph Biden", "Joey Biden"),
        ("Jill Biden", "Jill Tracy Biden", "Dr. Jill Biden"),
        ("Hunter Biden", "HUNTER BIDEN"),
    ),
    "honorifics": (
        ("Nawaz Sharif", "Mian Nawaz Sharif", "NAWAZ SHARIF", "Mian Nawaz Sharif's"),
        ("Shahbaz Sharif", "Mian Shahbaz Sharif", "Shehbaz Sharif"),
    ),
    "honorific titles": (
        ("Yousuf Raza Gilani", "Syed Yousuf Raza Gilani", "Yusuf Raza Gilani"),
        ("Ali Haider Gilani", "Syed Ali Haider Gilani"),
    ),
    "generations": (
        ("George Smith Jr.", "George Smith Jr", "G. Smith Jr."),
        ("George Smith Sr.", "George Smith Sr", "G. Smith Sr."),
        ("George Smith III", "G. Smith III"),
    ),
}


@st.composite
def hard_cast(
    draw: st.DrawFn, casts: dict[str, tuple[tuple[str, ...], ...]] | None = None
) -> tuple[list[str], list[int]]:
    """Forms of the people of one or more :data:`HARD_CASTS` classes, shuffled: ``(names,
    person)``, where ``person[i]`` tells whose form ``names[i]`` is (people of different
    classes share no surname, so they never join either). Each person has at least one form."""
    casts = HARD_CASTS if casts is None else casts
    keys = draw(st.lists(st.sampled_from(sorted(casts)), min_size=1, max_size=3, unique=True))
    names: list[str] = []
    person: list[int] = []
    who = 0
    for k in keys:
        for forms in casts[k]:
            chosen = draw(st.lists(st.sampled_from(forms), min_size=1, max_size=4))
            names += chosen
            person += [who] * len(chosen)
            who += 1
    order = draw(st.permutations(range(len(names))))
    return [names[i] for i in order], [person[i] for i in order]


def with_title(name: str, title: str) -> str:
    """``name`` with ``title`` before it."""
    return f"{title} {name}"


__all__ = [
    "BASE_NAMES",
    "HARD_CASTS",
    "MALE_TITLES",
    "TITLES",
    "TRANSLITERATIONS",
    "WOMEN",
    "distinct_people",
    "hard_cast",
    "name_variant",
    "name_variants",
    "with_title",
]
