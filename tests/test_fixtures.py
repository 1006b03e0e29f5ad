"""The frozen annotations the model-free tests use still match what the models give."""

from __future__ import annotations

import pytest


@pytest.mark.stanza
def test_frozen_seed_annotations_match_the_models(live_seed_docs, seed_docs):
    """If this fails, the models or the annotator changed: re-run tools/freeze_annotations.py."""
    assert set(live_seed_docs) == set(seed_docs)
    for name, live in live_seed_docs.items():
        assert live == seed_docs[name], name
