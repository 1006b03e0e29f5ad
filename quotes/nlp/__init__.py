"""Stage 1, annotation: texts in, annotated documents out.

Takes an article's text; gives a :class:`~quotes.model.Document` (tokens, lemmas, tags, a
dependency parse, named entities), the only thing the later stages read. Stanza is the engine
(:mod:`~quotes.nlp.stanza_backend`, the one module that imports it, lazily); nothing past this
boundary sees a stanza object.

- :mod:`~quotes.nlp.annotator`: the :class:`Annotator` protocol and the default (stanza) one;
- :mod:`~quotes.nlp.stanza_backend`: stanza's pipeline, models and their download;
- :mod:`~quotes.nlp.chunking`: very long sentences cut before the parser;
- :mod:`~quotes.nlp.cache`: annotations on disk, and frozen ones;
- :mod:`~quotes.nlp.samples`: the seed articles' frozen annotations (the API without models);
- :mod:`~quotes.nlp.text`, :mod:`~quotes.nlp.doc`: what every later stage reads the text and the
  annotation with (paragraphs, markup, folded words; :class:`~quotes.nlp.doc.DocView`).

Public names: :class:`Annotator`, :func:`default_annotator`, :class:`CachedAnnotator`,
:class:`SampleAnnotator`, :func:`sample_texts`, :func:`sample_documents`.
"""

from quotes.nlp.annotator import Annotator, default_annotator
from quotes.nlp.cache import CachedAnnotator
from quotes.nlp.samples import SampleAnnotator, sample_documents, sample_texts

__all__ = ["Annotator", "CachedAnnotator", "SampleAnnotator", "default_annotator", "sample_documents", "sample_texts"]
