"""Rules on real parses without models: sentences whose stanza annotations are frozen in
``tests/fixtures/sentences.annotations.json.gz`` (``tools/freeze_annotations.py --lines``)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from quotes.lexicon import TIME_WORDS
from quotes.nlp.cache import document_from_json
from quotes.pipeline import extract_documents

FIXTURES = Path(__file__).parent / "fixtures"
FROZEN = FIXTURES / "sentences.annotations.json.gz"


def _frozen() -> dict:
    with gzip.open(FROZEN, "rt", encoding="utf-8") as fh:
        return {k: document_from_json(v) for k, v in json.load(fh).items()}


DOCS = _frozen()

# sentence (its start) -> (content's start, source mention or None)
TABLE = {
    "Her death was confirmed on Saturday": ("that she had died", None),
    "It was reported on Monday": ("that the talks had collapsed", None),
    "The decision was confirmed in a statement": ("that the troops would stay", None),
    "The ceasefire was announced by the State Department": ("The ceasefire", "the State Department"),
    "Meanwhile, the minister said": ("the talks would continue", "the minister"),
    "The plan was announced on Monday, officials said": ("The plan was announced", "officials"),
}


def _quotes(start: str):
    (text,) = [t for t in DOCS if t.startswith(start)]
    return extract_documents([("s", DOCS[text])]).articles[0].quotes


@pytest.mark.parametrize("start", sorted(TABLE))
def test_source_of_each_shape(start):
    """A passive's subject is what was said, never who said it; its source is the ``by`` phrase or none."""
    content, source = TABLE[start]
    (q,) = _quotes(start)
    assert q.text.startswith(content)
    if source is None:
        assert q.speaker_mention is None
    else:
        assert q.speaker_mention is not None and q.speaker_mention.text.startswith(source)


@pytest.mark.parametrize("start", sorted(t[:40] for t in DOCS))
def test_no_time_is_a_source(start):
    """Monday, Saturday, May: a time is never a source, whatever its preposition."""
    for q in _quotes(start):
        if q.speaker_mention is not None:
            words = [w.lower() for w in q.speaker_mention.text.split() if w.lower() not in {"the", "on", "last"}]
            assert words and words[0] not in TIME_WORDS, q.speaker_mention.text


@pytest.mark.stanza
def test_frozen_sentences_match_the_models(annotator):
    """If this fails, re-run tools/freeze_annotations.py --lines on tests/fixtures/sentences.txt."""
    texts = [t for t in (FIXTURES / "sentences.txt").read_text(encoding="utf-8").splitlines() if t.strip()]
    assert sorted(texts) == sorted(DOCS)
    assert annotator.annotate(texts) == [DOCS[t] for t in texts]
