"""Fuzzing: generated articles never break the library's promises.

Model-free with a toy annotator (every rule runs on crude parses); one property also with the
stanza models. CI runs them derandomized; ``HYPOTHESIS_PROFILE=fuzz`` runs thousands.
"""

from __future__ import annotations

import itertools
import re

import pytest
from fuzz import ToyAnnotator, articles
from hypothesis import given, settings

from quotes import extract
from quotes.errors import QuotesError

TOY = ToyAnnotator()
UNRELATED = ("The weather was mild and the streets were quiet.", "Markets opened late.")


def _prefix(text: str) -> str:
    """Unrelated paragraphs, separated as the article's are (blank lines, or single line breaks
    where the article has no blank line: the paragraph style is the article's, see quotes.nlp.text)."""
    sep = "\n\n" if re.search(r"\r?\n[ \t\u00a0]*\r?\n", text) else "\n"
    return sep.join(UNRELATED) + sep


def _check(text: str, art) -> None:
    for q in art.quotes:
        assert all(0 <= s.start <= s.end <= len(text) for s in q.spans)
        assert q.text == " ".join(text[s.start : s.end] for s in q.spans)
        for m in (q.cue, q.speaker_mention):
            if m is not None:
                assert text[m.span.start : m.span.end] == m.text
        if q.context is not None:
            assert 0 <= q.context.start <= q.context.end <= len(text)
        assert 0.0 <= q.confidence <= 1.0
    # quotes never cross: two are apart, or one is a report nested in the other's content
    # ("Kerry said Karzai told him talks would go on" holds a report of Karzai's); direct quotes never meet
    for qa, qb in itertools.combinations(art.quotes, 2):
        if not any(x.start < y.end and y.start < x.end for x in qa.spans for y in qb.spans):
            continue  # apart
        (a0, a1), (b0, b1) = (qa.spans[0].start, qa.spans[-1].end), (qb.spans[0].start, qb.spans[-1].end)
        nested = a0 <= b0 and b1 <= a1 or b0 <= a0 and a1 <= b1
        assert nested and "direct" not in (qa.kind, qb.kind), f"quotes cross: {qa.text!r} / {qb.text!r}"


def _summary(art, shift: int = 0):
    return [
        (
            q.kind,
            q.text,
            [(s.start - shift, s.end - shift) for s in q.spans],
            q.speaker.name if q.speaker else None,
            q.rule,
        )
        for q in art.quotes
    ]


@given(articles())
def test_spans_exact_and_quotes_apart(text):
    """Never an exception but the library's own; every span indexes the text; quotes never cross."""
    try:
        art = extract(text, annotator=TOY)
    except QuotesError:
        return
    _check(text, art)


@given(articles())
def test_unrelated_paragraphs_before_shift_everything_by_their_length(text):
    """Paragraphs with no names and no quotes before the article move every quote by exactly their length."""
    plain = extract(text, annotator=TOY)
    prefix = _prefix(text)
    shifted = extract(prefix + text, annotator=TOY)
    assert _summary(shifted, len(prefix)) == _summary(plain)


@given(articles())
def test_deterministic(text):
    assert _summary(extract(text, annotator=TOY)) == _summary(extract(text, annotator=TOY))


@pytest.mark.stanza
@settings(max_examples=15)
@given(articles())
def test_with_the_models(annotator, text):
    """The same promises on stanza's real parses (few examples: each is a stanza run)."""
    _check(text, extract(text, annotator=annotator))
