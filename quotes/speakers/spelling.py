"""Spelling of names: the folded form they are compared in, and transliteration variants
(Kayani / Kiani / Kaini, Bismullah / Bismillah, Qaddafi / Gaddafi), as plain string functions.

Everything here is importable from :mod:`quotes.speakers.names` too.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from quotes.lexicon import FEMALE_NAMES, MALE_NAMES, PARTICLES
from quotes.nlp.text import fold as fold


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
