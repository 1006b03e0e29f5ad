"""Over-long sentences are cut before parsing: every chunk within the limit, nothing lost (no models)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.nlp.chunking import MAX_SENTENCE_WORDS, split_long_sentences


@st.composite
def sentences(draw):
    """A stanza sentence in dict form: words, commas, and multi-word tokens of two or three words."""
    out, wid, pos = [], 1, 0
    for _ in range(draw(st.integers(min_value=1, max_value=120))):
        kind = draw(st.sampled_from(["word", "word", "comma", "mwt2", "mwt3"]))
        if kind.startswith("mwt"):
            n = int(kind[-1])
            out.append({"id": (wid, wid + n - 1), "text": "don't", "start_char": pos, "end_char": pos + 5})
            out += [{"id": wid + k, "text": f"w{k}"} for k in range(n)]
            wid += n
            pos += 6
        else:
            text = "," if kind == "comma" else "word"
            out.append({"id": wid, "text": text, "start_char": pos, "end_char": pos + len(text)})
            wid += 1
            pos += len(text) + 1
    return out


def _words(sentence):
    return [e for e in sentence if not isinstance(e["id"], tuple)]


@given(sent=sentences(), limit=st.integers(min_value=3, max_value=60))
def test_chunks_are_within_the_limit_and_lose_nothing(sent, limit):
    chunks = split_long_sentences([sent], limit=limit)
    assert all(len(_words(c)) <= limit for c in chunks)
    # nothing lost or reordered: the same entries (ids aside), a multi-word token never split
    strip = [{k: v for k, v in e.items() if k != "id"} for e in sent]
    assert [{k: v for k, v in e.items() if k != "id"} for c in chunks for e in c] == strip
    for c in chunks:
        assert [e["id"] for e in _words(c)] == list(range(1, len(_words(c)) + 1))
        for i, e in enumerate(c):
            if isinstance(e["id"], tuple):
                a, b = e["id"]
                assert [w["id"] for w in c[i + 1 : i + 2 + b - a]] == list(range(a, b + 1))
    if len(_words(sent)) <= limit:
        assert chunks == [sent]


def test_cut_prefers_a_comma_in_the_second_half():
    words = "a b c d e f , g h i j k".split()
    sent = [{"id": i, "text": w} for i, w in enumerate(words, 1)]
    assert [len(c) for c in split_long_sentences([sent], limit=10)] == [7, 5]


def test_news_sentences_are_untouched_and_limit_checked():
    sent = [{"id": i, "text": "w"} for i in range(1, MAX_SENTENCE_WORDS + 1)]
    assert split_long_sentences([sent]) == [sent]
    with pytest.raises(ValueError):
        split_long_sentences([sent], limit=0)
