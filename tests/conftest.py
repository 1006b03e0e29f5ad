"""Shared fixtures: hypothesis profiles, and the stanza models (skipped with a reason when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", derandomize=True, max_examples=300, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
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
    from quotes.nlp import default_annotator

    return default_annotator(model_dir=str(d), download=False, coref=False)


@pytest.fixture(scope="session")
def seeds_corpus(annotator):
    """The five seed articles, extracted together."""
    from quotes import extract_many

    items = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    return extract_many(items, annotator=annotator)
