"""Very long texts are analysed in windows: exact offsets, every token once, same quotes (no models)."""

from __future__ import annotations

import pytest
from conftest import concat_documents
from hypothesis import given, settings
from hypothesis import strategies as st

import quotes.find.windows
from quotes.corpus.pipeline import extract_documents
from quotes.find.windows import windows

SEED = "000_83790d43caefe69d.txt"


def test_a_news_article_is_one_window(seed_docs):
    """Within the limit the document comes back itself."""
    doc = seed_docs[SEED]
    assert windows(doc) == [doc] and windows(doc, limit=len(doc.tokens)) == [doc]


@settings(max_examples=60)
@given(limit=st.integers(min_value=20, max_value=1200))
def test_windows_cover_every_token_once_with_the_same_offsets(seed_docs, limit):
    """Whatever the limit: tokens in order, once each, same spans; each window within the limit
    unless one sentence is longer; text outside a window blanked, its length kept."""
    doc = concat_documents([seed_docs[SEED], seed_docs["003_0acc7b6221c8a9d4.txt"]])
    parts = windows(doc, limit=limit)
    assert [t.span for w in parts for t in w.tokens] == [t.span for t in doc.tokens]
    assert [t.text for w in parts for t in w.tokens] == [t.text for t in doc.tokens]
    for w in parts:
        assert len(w.text) == len(doc.text)
        assert len(w.tokens) <= limit or len(w.sentences) == 1
        assert all(w.text[t.span.start : t.span.end] == t.text for t in w.tokens)
        assert all(0 <= t.head < len(w.tokens) or t.head == -1 for t in w.tokens)
    for k, w in enumerate(parts):
        first, last = w.tokens[0].span.start, w.tokens[-1].span.end
        assert k == 0 or w.text[:first].strip() == ""
        assert k == len(parts) - 1 or w.text[last:].strip() == ""


def test_windowed_copies_give_each_copy_its_quotes(seed_docs, monkeypatch):
    """Three copies of an article, one window each: each copy's quotes, shifted, with one speaker id per person."""
    doc = seed_docs[SEED]
    one = extract_documents([("a", doc)]).articles[0].quotes
    big = concat_documents([doc, doc, doc])
    monkeypatch.setattr(quotes.find.windows, "MAX_WINDOW_TOKENS", len(doc.tokens))
    assert len(windows(big)) == 3
    got = extract_documents([("big", big)]).articles[0].quotes
    step = len(doc.text) + 2
    want = [
        (q.text, [(s.start + k * step, s.end + k * step) for s in q.spans], q.speaker and q.speaker.name)
        for k in range(3)
        for q in one
    ]
    assert [(q.text, [(s.start, s.end) for s in q.spans], q.speaker and q.speaker.name) for q in got] == want
    kerry = {q.speaker.id for q in got if q.speaker and "Kerry" in q.speaker.name}
    assert len(kerry) == 1


def test_limit_must_be_positive(seed_docs):
    with pytest.raises(ValueError, match="at least 1"):
        windows(seed_docs[SEED], limit=0)
