"""Parsing person names and deciding whether two can be one person."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.speakers.names import alias_forms, name_keys, parse_name, same_person, same_word, skeleton, surname_keys
from quotes.testing import name_variants


@pytest.mark.parametrize(
    "text, titles, given, initials, surname, suffix",
    [
        ("John F Kerry", (), ("John",), ("F",), "Kerry", ""),
        ("John F. Kerry", (), ("John",), ("F",), "Kerry", ""),
        ("Gen Ashfaq Kayani", ("Gen",), ("Ashfaq",), (), "Kayani", ""),
        ("U.S. Secretary of State John Kerry", ("U.S.", "Secretary", "of", "State"), ("John",), (), "Kerry", ""),
        ("Ayman al-Zawahri", (), ("Ayman",), (), "al-Zawahri", ""),
        ("Osama bin Laden", (), ("Osama",), (), "bin Laden", ""),
        ("Bill de Blasio", (), ("Bill",), (), "de Blasio", ""),
        ("Donald Trump Jr.", (), ("Donald",), (), "Trump", "Jr."),
        ("[Nawaz Sharif]", (), ("Nawaz",), (), "Sharif", ""),
        ("Karzai's", (), (), (), "Karzai", ""),
        ("Sen. Bernie Sanders", ("Sen.",), ("Bernie",), (), "Sanders", ""),
    ],
)
def test_parse_name(text, titles, given, initials, surname, suffix):
    """Names split into titles, given names, initials, surname with particles, and suffix."""
    n = parse_name(text)
    assert (n.titles, n.given, n.initials, n.surname, n.suffix) == (titles, given, initials, surname, suffix)


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Kerry", "John F Kerry", True),
        ("Secretary Kerry", "U.S. Secretary of State John Kerry", True),
        ("Kayani", "Gen Kiani", True),
        ("Gen Kaini", "General Kayani", True),
        ("Ashfaq Parvez Kayani", "Gen Ashfaq Kayani", True),
        ("Bismullah Khan Mohammadi", "Bismillah Mohammadi Khan", True),
        ("Muammar Qaddafi", "Muammar Gaddafi", True),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Donald Trump Sr.", "Donald Trump Jr.", False),
        ("Joe Biden", "Joseph R. Biden Jr.", True),
        ("Mrs. Clinton", "Bill Clinton", False),
        ("Karzai", "Kayani", False),
        ("Khan", "Kean", False),
        ("Hamid Karzai", "Karzai's spokesman", False),
        ("J. Smith", "Mary Smith", False),
    ],
)
def test_same_person(a, b, same):
    """Two names are one person only when surnames agree and given names do not conflict."""
    assert same_person(parse_name(a), parse_name(b)) is same
    assert same_person(parse_name(b), parse_name(a)) is same


def test_skeleton_keeps_digraphs_apart():
    """Kh is its own sound: Khan and Kean get different skeletons, Kiani and Kayani the same."""
    assert skeleton("Khan") != skeleton("Kean")
    assert skeleton("Kiani") == skeleton("Kayani")
    assert not same_word("Karzai", "Kayani")


def test_alias_forms():
    """A titled mention also stands for its name from each head title on, and the bare name."""
    assert alias_forms("Pakistani army chief Gen Ashfaq Kayani") == [
        "Pakistani army chief Gen Ashfaq Kayani",
        "Gen Ashfaq Kayani",
        "Ashfaq Kayani",
    ]


_name_words = st.text(alphabet="abcdeghiklmnorstuyzAKMSZé-' ", min_size=1, max_size=24)


@given(st.one_of(name_variants().map(lambda v: v[:2]), st.lists(_name_words, min_size=2, max_size=2)))
def test_name_keys_never_miss_a_pair_that_can_be_one_person(pair):
    """Blocking is complete: whenever two names can be one person they share a key (coref, aliases)."""
    a, b = (parse_name(x) for x in pair)
    if same_person(a, b):
        assert name_keys(a) & name_keys(b)


@given(st.one_of(name_variants().map(lambda v: v[:2]), st.lists(_name_words, min_size=2, max_size=2)))
def test_looking_up_by_surname_never_misses(pair):
    """A name looked up by its surname keys finds every name it can be one person with (aliases' blocking)."""
    a, b = (parse_name(x) for x in pair)
    if same_person(a, b):
        assert surname_keys(a) & name_keys(b) and surname_keys(b) & name_keys(a)
