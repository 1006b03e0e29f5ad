"""The annotation cache: keyed by text and models, safe with several writers, heals broken entries."""

from __future__ import annotations

import multiprocessing
import warnings

import pytest

from quotes.model import Document
from quotes.nlp.cache import CachedAnnotator


class _Counting:
    """A fake annotator that counts what it annotates; its identity stands for its models."""

    def __init__(self, identity: str = "models-1") -> None:
        self.identity = identity
        self.seen: list[str] = []

    def annotate(self, texts):
        self.seen += list(texts)
        return [Document(text=t, tokens=(), sentences=()) for t in texts]


def test_second_run_annotates_nothing(tmp_path):
    inner = _Counting()
    CachedAnnotator(inner, tmp_path).annotate(["a", "b"])
    docs = CachedAnnotator(inner, tmp_path).annotate(["b", "a", "c"])
    assert [d.text for d in docs] == ["b", "a", "c"] and inner.seen == ["a", "b", "c"]


def test_other_models_never_get_stale_annotations(tmp_path):
    CachedAnnotator(_Counting("models-1"), tmp_path).annotate(["a"])
    other = _Counting("models-2")
    CachedAnnotator(other, tmp_path).annotate(["a"])
    assert other.seen == ["a"]


def test_a_broken_entry_is_annotated_again_with_a_warning(tmp_path):
    inner = _Counting()
    cache = CachedAnnotator(inner, tmp_path)
    cache.annotate(["a"])
    (entry,) = tmp_path.glob("*.json")
    entry.write_text('{"format": 1, "text": "a", "tok', encoding="utf-8")
    with pytest.warns(UserWarning, match="unreadable annotation cache entry"):
        (doc,) = cache.annotate(["a"])
    assert doc.text == "a" and inner.seen == ["a", "a"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cache.annotate(["a"])  # healed: read back without a warning


def _fill(folder: str) -> int:
    texts = [f"text {i}" for i in range(60)]
    return len(CachedAnnotator(_Counting(), folder).annotate(texts))


def test_several_processes_fill_one_folder(tmp_path):
    """Writers racing on the same entries leave every entry whole and no temporary file behind."""
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        assert pool.map(_fill, [str(tmp_path)] * 8) == [60] * 8
    assert len(list(tmp_path.glob("*.json"))) == 60 and not list(tmp_path.glob("*.tmp"))
    reader = CachedAnnotator(None, tmp_path, model_tag="models-1")
    assert all(reader.cached(f"text {i}") is not None for i in range(60))


def test_model_identity_follows_the_model_files(tmp_path):
    from quotes.nlp.stanza_backend import model_identity

    (tmp_path / "en" / "pos").mkdir(parents=True)
    (tmp_path / "resources.json").write_text("{}", encoding="utf-8")
    model = tmp_path / "en" / "pos" / "m.pt"
    model.write_bytes(b"weights one")
    first = model_identity(tmp_path)
    assert model_identity(tmp_path) == first
    model.write_bytes(b"weights two")
    assert model_identity(tmp_path) != first
    assert model_identity(tmp_path, coref=True) != model_identity(tmp_path)
