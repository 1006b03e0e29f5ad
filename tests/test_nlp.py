"""The annotation boundary: settings, the cache format, and the optional coreference model."""

from __future__ import annotations

import pytest

from quotes.errors import ModelsNotFoundError
from quotes.model import CorefChain, Document, Span
from quotes.nlp.cache import document_from_json, document_to_json
from quotes.nlp.stanza_backend import coref_wanted


@pytest.mark.parametrize(
    ("arg", "env", "want"),
    [
        (None, None, False),
        (None, "1", True),
        (None, "off", False),
        (False, "1", False),
        (True, None, True),
    ],
)
def test_coref_is_off_unless_asked_for(arg, env, want, monkeypatch):
    if env is None:
        monkeypatch.delenv("QUOTES_COREF", raising=False)
    else:
        monkeypatch.setenv("QUOTES_COREF", env)
    assert coref_wanted(arg) is want


def test_cache_keeps_coreference_chains():
    doc = Document(
        text="Kerry spoke. He left.", tokens=[], sentences=[], coref=[CorefChain(mentions=[Span(0, 5), Span(13, 15)])]
    )
    data = document_to_json(doc)
    assert document_from_json(data) == doc
    # a cache written before chains existed still reads
    del data["coref"]
    assert document_from_json(data).coref == ()


@pytest.mark.stanza
def test_missing_coref_model_is_a_clear_error():
    """Asking for coreference without its model (and with downloads off) names what is missing."""
    from conftest import model_dir_or_skip

    from quotes.nlp.stanza_backend import StanzaAnnotator

    d = model_dir_or_skip()
    if any((d / "en" / "coref").glob("*.pt")):
        pytest.skip("this model folder has a coref model")
    ann = StanzaAnnotator(d, download=False, coref=True)
    with pytest.raises(ModelsNotFoundError, match="coref"):
        ann.annotate(["Kerry spoke. He left."])
