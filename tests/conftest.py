"""Shared fixtures: hypothesis profiles, and the stanza models (skipped with a reason when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", derandomize=True, max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
# a long random run: HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_fuzz.py tests/test_aliases.py ...
settings.register_profile(
    "fuzz", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def model_dir() -> Path | None:
    """The stanza models for tests: $QUOTES_STANZA_DIR, else ../shared/stanza beside the checkout."""
    from quotes.nlp.stanza_backend import models_present

    env = os.environ.get("QUOTES_STANZA_DIR")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared" / "stanza"]:
        if models_present(cand):
            return cand
    return None


def model_dir_or_skip() -> Path:
    """The test models' folder; skips with the reason when absent, or fails under QUOTES_REQUIRE_MODELS (CI)."""
    d = model_dir()
    if d is None:
        reason = "stanza models not found: set QUOTES_STANZA_DIR to a stanza resources folder"
        if os.environ.get("QUOTES_REQUIRE_MODELS"):
            pytest.fail(reason)
        pytest.skip(reason)
    return d


@pytest.fixture(scope="session")
def annotator():
    """The stanza annotator on the test models; skips when they are absent (never downloads)."""
    d = model_dir_or_skip()
    from quotes.nlp.annotator import default_annotator

    return default_annotator(model_dir=str(d), download=False, coref=False)


@pytest.fixture(scope="session")
def live_seed_docs(annotator):
    """File name -> the seeds' annotation by the models now (annotated once per session)."""
    paths = sorted(SEEDS.glob("*.txt"))
    docs = annotator.annotate([p.read_text(encoding="utf-8") for p in paths])
    return {p.name: d for p, d in zip(paths, docs, strict=True)}


@pytest.fixture(scope="session")
def seeds_corpus(live_seed_docs):
    """The five seed articles, extracted together."""
    from quotes.corpus.pipeline import extract_documents

    return extract_documents(list(live_seed_docs.items()))


def frozen_seed_docs() -> dict:
    """The seeds' stanza annotations, frozen in ``quotes/data`` by ``tools/freeze_annotations.py``."""
    from quotes.nlp.samples import sample_documents

    return dict(sample_documents())


@pytest.fixture(scope="session")
def seed_docs() -> dict:
    """File name -> frozen ``Document`` of each seed article."""
    return frozen_seed_docs()


def concat_documents(docs, sep: str = "\n\n"):
    """One document of several, joined by ``sep`` (offsets and indices shifted)."""
    import attrs

    from quotes.model import Document, Span

    text, tokens, sentences, entities = "", [], [], []
    for d in docs:
        off = len(text) + (len(sep) if text else 0)
        text = text + (sep if text else "") + d.text
        t0, s0 = len(tokens), len(sentences)

        def shift(sp, off=off):
            return Span(sp.start + off, sp.end + off)

        tokens += [
            attrs.evolve(
                t,
                index=t.index + t0,
                span=shift(t.span),
                sentence=t.sentence + s0,
                head=t.head + t0 if t.head >= 0 else -1,
            )
            for t in d.tokens
        ]
        sentences += [
            attrs.evolve(s, index=s.index + s0, span=shift(s.span), first=s.first + t0, last=s.last + t0)
            for s in d.sentences
        ]
        entities += [attrs.evolve(e, span=shift(e.span)) for e in d.entities]
    return Document(text=text, tokens=tokens, sentences=sentences, entities=entities)


@pytest.fixture
def rules_only(monkeypatch, tmp_path_factory):
    """Quotes as the rules find them, for the tests of the rules: a confidence model that keeps
    every quote and the rules' bounds (the shipped one leaves out the reports least likely right)."""
    from quotes.confidence.calibrate import RULES_ONLY
    from quotes.confidence.scorer import ENV

    path = tmp_path_factory.mktemp("params") / "rules_only.json"
    RULES_ONLY.save(path)
    monkeypatch.setenv(ENV, str(path))
