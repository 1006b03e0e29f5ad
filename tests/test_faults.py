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


@pytest.mark.parametrize(
    "bad, message",
    [
        (b"Kerry said.", r"got bytes; decode it first"),
        (None, r"as a str, got NoneType"),
        (42, r"as a str, got int"),
    ],
)
def test_extract_names_a_wrong_type(bad, message):
    from quotes import extract
    from quotes.errors import InputError

    with pytest.raises(InputError, match=message):
        extract(bad, annotator=_Frozen({}))


@pytest.mark.parametrize(
    "bad, message",
    [
        ("one article as a string", r"not one string: use extract\(text\)"),
        (b"bytes", r"not one string"),
        ([b"bytes"], r"article 0 is bytes; decode it first"),
        (["fine", None], r"article 1: expected a str"),
        ([("a", "x"), ("a", "y")], r"two articles have the identifier 'a'"),
    ],
)
def test_extract_many_names_a_wrong_input(bad, message):
    from quotes.errors import InputError

    ann = _Frozen({})
    with pytest.raises(InputError, match=message):
        extract_many(bad, annotator=ann)
    assert ann.calls == 0  # refused before any annotation
