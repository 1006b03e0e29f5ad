"""The frozen annotations the model-free tests use still match what the models give."""

from __future__ import annotations

import pytest


@pytest.mark.stanza
def test_frozen_seed_annotations_match_the_models(live_seed_docs, seed_docs):
    """If this fails, the models or the annotator changed: re-run tools/freeze_annotations.py."""
    assert set(live_seed_docs) == set(seed_docs)
    for name, live in live_seed_docs.items():
        assert live == seed_docs[name], name


@pytest.mark.stanza
def test_frozen_rule_examples_match_the_models(annotator):
    """The rules' examples (quotes.find.rules.registry): re-run tools/freeze_annotations.py --rules if this fails."""
    from quotes.find.rules.registry import example_documents

    frozen = example_documents()
    live = annotator.annotate(list(frozen))
    for (text, doc), now in zip(frozen.items(), live, strict=True):
        assert now == doc, text
