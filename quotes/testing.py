"""Hypothesis strategies for property-testing alias rules (needs the ``test`` extra).

Generate realistic variants of one person's name and check what your resolver does with
them::

    from hypothesis import given
    from quotes.testing import name_variants
    from quotes.speakers.aliases import cluster_names

    @given(name_variants())
    def test_variants_merge(variants):
        assert len(cluster_names(variants)) == 1

The base names come from :data:`BASE_NAMES` (or your own list, via ``base=``); each variant
may gain a title, lose its given names, be reduced to initials, change case, gain
diacritics, reorder its parts, or take a known transliteration spelling.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from hypothesis import strategies as st

#: Names to vary: (given names, surname). Chosen so that no two share a surname.
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
    "Mr",
    "Mr.",
    "Dr.",
    "Sen.",
    "Rep.",
    "army chief",
    "Foreign Secretary",
    "U.S. Secretary of State",
    "Prime Minister",
    "Afghan President",
)

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
        text = f"{draw(st.sampled_from(TITLES))} {text}"
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


def with_title(name: str, title: str) -> str:
    """``name`` with ``title`` before it."""
    return f"{title} {name}"


__all__ = ["BASE_NAMES", "TITLES", "TRANSLITERATIONS", "distinct_people", "name_variant", "name_variants", "with_title"]
