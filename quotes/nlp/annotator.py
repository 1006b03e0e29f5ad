"""The annotation boundary: an :class:`Annotator` turns texts into :class:`~quotes.model.Document`.

Stanza is the engine (:mod:`quotes.nlp.stanza_backend`, imported lazily); nothing past this
boundary sees a stanza object.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from quotes.model import Document


@runtime_checkable
class Annotator(Protocol):
    """Anything that annotates texts: tokens, lemmas, tags, a dependency parse and names."""

    def annotate(self, texts: Sequence[str]) -> list[Document]:
        """Returns one annotated document per text, in order."""
        ...


def default_annotator(
    *, model_dir: str | None = None, download: bool | None = None, coref: bool | None = None
) -> Annotator:
    """Returns the stanza annotator (loaded once per set of arguments).

    Args:
        model_dir: Stanza resources folder; else ``$QUOTES_STANZA_DIR``, else stanza's own.
        download: Fetch missing official models; ``None`` reads ``$QUOTES_DOWNLOAD``
            (``0`` turns it off), default on.
        coref: Add stanza's coreference chains (the ``coref`` extra); ``None`` reads
            ``$QUOTES_COREF`` (``1`` turns it on), default off. The rules resolve speakers
            without it.
    """
    from quotes.nlp.stanza_backend import StanzaAnnotator

    return StanzaAnnotator.shared(model_dir=model_dir, download=download, coref=coref)


__all__ = ["Annotator", "default_annotator"]
