"""One article the NLP engine fails on loses only itself (no models: frozen annotations)."""

from __future__ import annotations

import pytest

from quotes import extract_many
from quotes.errors import AnnotationError


class _Frozen:
    """Annotates from frozen documents; fails, as stanza can, on a text that holds BOOM."""

    def __init__(self, docs):
        self.by_text = {d.text: d for d in docs.values()}
        self.calls = 0

    def annotate(self, texts):
        self.calls += 1
        if any("BOOM" in t for t in texts):
            raise AnnotationError("stanza failed while annotating: CUDA out of memory")
        return [self.by_text[t] for t in texts]


def test_a_failing_article_is_reported_and_the_rest_come_out(seed_docs):
    texts = [d.text for d in seed_docs.values()]
    items = [("a", texts[0]), ("bad", "BOOM " * 3), ("c", texts[3])]
    seen = []
    corpus = extract_many(items, annotator=_Frozen(seed_docs), errors=seen.append)
    assert [a.doc for a in corpus.articles] == ["a", "c"]
    assert all(a.quotes for a in corpus.articles)
    assert len(seen) == 1 and str(seen[0]).startswith("bad: ") and "out of memory" in str(seen[0])


def test_without_a_callback_the_failure_names_the_article(seed_docs):
    texts = [d.text for d in seed_docs.values()]
    with pytest.raises(AnnotationError, match=r"^bad: "):
        extract_many([("a", texts[0]), ("bad", "BOOM")], annotator=_Frozen(seed_docs))


def test_a_good_batch_is_annotated_once(seed_docs):
    ann = _Frozen(seed_docs)
    corpus = extract_many([(k, d.text) for k, d in seed_docs.items()], annotator=ann)
    assert ann.calls == 1 and len(corpus.articles) == 5
