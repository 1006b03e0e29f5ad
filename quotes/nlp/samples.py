"""The five sample articles of ``seeds/`` with their annotations: the API without any models.

The annotations were made by stanza with this project's compact test models and are shipped
in the package (``quotes/data``), so that the examples in these docs, and your first tries,
run without downloading anything. :class:`SampleAnnotator` serves them for exactly these
texts; for any other text use the real annotator (:func:`quotes.nlp.default_annotator`).
The official models parse better than the compact ones, so results on the samples differ a
little from what a full installation gives.

>>> texts = sample_texts()
>>> sorted(texts)[:2]
['000_83790d43caefe69d.txt', '001_2d8f0e6d9ea7d7e3.txt']
>>> from quotes import extract
>>> art = extract(texts["004_110eec516f21391c.txt"], annotator=SampleAnnotator())
>>> q = art.quotes[0]
>>> q.kind, q.speaker.name, q.cue.text
('mixed', 'John Kerry', 'says')
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from quotes.errors import AnnotationError
from quotes.model import Document
from quotes.nlp.cache import load_documents

DATA = Path(__file__).parent.parent / "data" / "seeds.annotations.json.gz"
"""The frozen annotations: file name -> ``Document`` JSON (``tools/freeze_annotations.py``)."""


@lru_cache(maxsize=1)
def sample_documents() -> dict[str, Document]:
    """File name -> the annotated sample article."""
    return load_documents(DATA)


def sample_texts() -> dict[str, str]:
    """File name -> the text of the sample article, as in ``seeds/``."""
    return {name: d.text for name, d in sample_documents().items()}


class SampleAnnotator:
    """An annotator that knows only the sample articles (no models needed).

    Raises:
        AnnotationError: A text that is not one of the samples.
    """

    def annotate(self, texts: Sequence[str]) -> list[Document]:
        """The frozen annotation of each text, in order."""
        by_text = {d.text: d for d in sample_documents().values()}
        missing = [t for t in texts if t not in by_text]
        if missing:
            raise AnnotationError(
                f"not a sample text ({missing[0][:40]!r}...): SampleAnnotator knows only the texts of sample_texts()"
            )
        return [by_text[t] for t in texts]


__all__ = ["DATA", "SampleAnnotator", "sample_documents", "sample_texts"]
