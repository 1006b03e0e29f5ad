"""The same statement across outlets: the grouping rule and its properties."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.digests.grouping import MIN_RUN, group_statements, same_statement, statement_words

KERRY_000 = (
    "It’s fair to say there’s good feelings among all of us, that we made progress in this dialogue in "
    "terms of those discussions, but we’ve all agreed that results are what will tell the story, not "
    "statements at a press conference."
)
KERRY_003 = (
    "We had a very extensive and... a very productive and constructive dialogue... But we have all agreed "
    "that results are what will tell the story, not statements at a press conference,"
)


@pytest.mark.parametrize(
    "a, b, same",
    [
        (KERRY_000, KERRY_003, True),  # a shared run of 18 words
        ("Let's hope forward for the best,", "Let’s hope...for the best,", True),  # elision, one word
        ("We will win.", "we will WIN", True),  # case and punctuation
        ("We won't give up", "We will not give up", True),  # contractions spelled out
        ("We will win.", "We will not win.", False),  # a negation is never 'a few words'
        ("Probably.", "Probably not.", False),
        ("Yes.", "No.", False),
        ("The talks were candid and constructive", "The talks were long and difficult", False),
        ("We are ready to sign the agreement today", "We are ready to sign the agreement", True),  # one word cut
        ("We are ready to sign the agreement today", "We are ready to sign the agreement tomorrow", False),
        (
            "he was glad Kayani and Jilani had found the time to travel to Brussels",
            "Pakistan must crack down on militants who use the country as a sanctuary",
            False,
        ),
    ],
)
def test_same_statement_table(a, b, same):
    """Worked pairs: the same statement up to case, punctuation, elisions and a few words, else apart."""
    assert same_statement(a, b) is same
    assert same_statement(b, a) is same


def test_statement_words_normalises_marks_and_contractions():
    """Curly apostrophes, elision marks and contractions do not change the words compared."""
    assert statement_words("We’ve agreed…") == statement_words("we have AGREED ...") == ("we", "have", "agreed")


_WORDS = st.sampled_from(
    "peace talks border troops agreement progress security deal Pakistan Afghanistan "
    "Taliban militants election government sovereignty drones dialogue trust".split()
)
_statement = st.lists(_WORDS, min_size=1, max_size=25).map(" ".join)


def _cosmetic(draw: st.DrawFn, text: str) -> str:
    """The same statement as another outlet may print it: case, punctuation and an elision mark."""
    words = text.split()
    out = []
    for w in words:
        w = draw(st.sampled_from([w, w.upper(), w.capitalize()]))
        out.append(w + draw(st.sampled_from(["", ",", "...", " …", ";"])))
    return draw(st.sampled_from(["", "“", '"'])) + " ".join(out) + draw(st.sampled_from(["", ".", ",”", '."']))


@st.composite
def _variants(draw: st.DrawFn) -> tuple[str, str]:
    text = draw(_statement)
    return text, _cosmetic(draw, text)


@given(_variants())
def test_a_quote_groups_with_itself(pair):
    """A quote and the same words printed differently (case, punctuation, elisions) are one statement."""
    a, b = pair
    assert same_statement(a, a)
    assert same_statement(a, b)
    assert group_statements([a, b]) == [[0, 1]]


@given(st.lists(_statement, min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_grouping_is_order_independent(texts, rnd):
    """Shuffling the quotes gives the same partition of the same quotes."""
    order = list(range(len(texts)))
    rnd.shuffle(order)
    shuffled = [texts[i] for i in order]
    first = {frozenset(g) for g in group_statements(texts)}
    again = {frozenset(order[i] for i in g) for g in group_statements(shuffled)}
    assert first == again


@given(st.lists(_statement, min_size=1, max_size=12))
def test_blocking_misses_no_pair(texts):
    """The blocked grouping equals the connected groups of the rule over every pair."""
    parent = list(range(len(texts)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(texts)), 2):
        if same_statement(texts[i], texts[j]):
            parent[find(i)] = find(j)
    brute: dict[int, list[int]] = {}
    for i in range(len(texts)):
        brute.setdefault(find(i), []).append(i)
    assert group_statements(texts) == sorted(brute.values())


_A = st.lists(
    st.sampled_from("peace talks border troops agreement progress security deal".split()), min_size=4, max_size=20
)
_B = st.lists(
    st.sampled_from("election government sovereignty drones dialogue trust militants courts".split()),
    min_size=4,
    max_size=20,
)
_GLUE = st.lists(st.sampled_from(["we", "the", "and", "will", "of", "that"]), max_size=MIN_RUN - 1)


@given(_A, _B, _GLUE)
def test_different_statements_stay_apart(a, b, glue):
    """Two statements about different things stay apart, even when they share a few function words."""
    assert not same_statement(" ".join(glue + a), " ".join(glue + b))
    assert group_statements([" ".join(glue + a), " ".join(glue + b)]) == [[0], [1]]
