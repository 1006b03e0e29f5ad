"""Annotation records: an article's text with its tokens, sentences, named entities and
coreference chains, as an annotator (:mod:`quotes.nlp`) makes them, and :class:`Span`, the
character offsets every record points into the text with.

Sequence fields take any iterable and keep a tuple: ``converter=tuple[Span, ...]`` types what
``__init__`` accepts for type checkers (the attrs plugin reads the alias's element type).
"""

from __future__ import annotations

import attrs


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if attribute.name == "start" and value < 0:
        raise ValueError(f"Span start must be >= 0, got {value!r}")
    if attribute.name == "end" and value < instance.start:
        raise ValueError(f"Span end must be >= start ({instance.start}), got {value!r}")


@attrs.frozen(order=True)
class Span:
    """A half-open range of characters in an article's text.

    >>> text = "Kerry said it."
    >>> s = Span(0, 5)
    >>> s.of(text)
    'Kerry'
    >>> len(s)
    5
    """

    start: int = attrs.field(validator=_check_span)
    """Offset of the first character, a Python str index into the article text."""
    end: int = attrs.field(validator=_check_span)
    """Offset just past the last character."""

    def of(self, text: str) -> str:
        """Returns the characters of ``text`` that this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Tells whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def overlaps_range(self, start: int, end: int) -> bool:
        """Tells whether the span shares a character with ``[start, end)``."""
        return self.start < end and start < self.end

    def contains(self, other: Span) -> bool:
        """Tells whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen(kw_only=True)
class Token:
    """One syntactic word of an annotated article (after multi-word token expansion).

    Annotation records are what the NLP engine hands to the rules; they hold
    indices into :attr:`Document.tokens` so the rules can walk the parse.
    """

    index: int
    """Position of this word in :attr:`Document.tokens`."""
    text: str
    """The word as written."""
    span: Span
    """Where the word stands in the text."""
    lemma: str
    """Dictionary form, as the lemmatizer gives it."""
    upos: str
    """Universal part-of-speech tag (``NOUN``, ``PROPN``, ``VERB``, ...)."""
    xpos: str = ""
    """Language-specific tag (Penn Treebank for English)."""
    feats: str = ""
    """Universal morphological features, as ``Number=Sing|Person=3``."""
    head: int = -1
    """Index of the syntactic head in :attr:`Document.tokens`; -1 for a sentence root."""
    deprel: str = ""
    """Universal dependency relation to the head (``nsubj``, ``ccomp``, ...)."""
    sentence: int = 0
    """Index of the sentence in :attr:`Document.sentences`."""
    ner: str = "O"
    """Named-entity tag in BIOES form (``S-PERSON``, ``B-ORG``, ``O``)."""


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence: a span of text and the range of its tokens."""

    index: int
    """Position in :attr:`Document.sentences`."""
    span: Span
    """Where the sentence stands in the text."""
    first: int
    """Index of its first token in :attr:`Document.tokens`."""
    last: int
    """Index just past its last token."""


@attrs.frozen(kw_only=True)
class EntitySpan:
    """A named entity found by the NER tagger."""

    span: Span
    """Where the name stands in the text."""
    label: str
    """The tagger's type: ``PERSON``, ``ORG``, ``GPE``, ``LOC``, ..."""
    text: str
    """The name as written."""


@attrs.frozen(kw_only=True)
class CorefChain:
    """Mentions a coreference model found to name one entity (stanza's ``coref`` processor).

    >>> CorefChain(mentions=[Span(0, 10), Span(30, 33)])
    CorefChain(mentions=(Span(start=0, end=10), Span(start=30, end=33)))
    """

    mentions: tuple[Span, ...] = attrs.field(converter=tuple[Span, ...])
    """Where each mention stands in the text, in text order."""


@attrs.frozen(kw_only=True)
class Document:
    """An article with its annotation: tokens, sentences and named entities.

    Made by an annotator (:mod:`quotes.nlp`); the rules read nothing else.

    >>> from quotes.samples import sample_documents
    >>> doc = sample_documents()["000_83790d43caefe69d.txt"]
    >>> [t.text for t in doc.tokens[:3]], doc.tokens[0].upos, doc.sentences[0].span.of(doc.text)[:26]
    (['Kerry', 'Meets', 'With'], 'PROPN', 'Kerry Meets With Afghan, P')
    """

    text: str
    """The article's text, exactly as given."""
    tokens: tuple[Token, ...] = attrs.field(converter=tuple[Token, ...])
    """Every word, in order."""
    sentences: tuple[Sentence, ...] = attrs.field(converter=tuple[Sentence, ...])
    """Every sentence, in order."""
    entities: tuple[EntitySpan, ...] = attrs.field(converter=tuple[EntitySpan, ...], default=())
    """Named entities, in order."""
    coref: tuple[CorefChain, ...] = attrs.field(converter=tuple[CorefChain, ...], default=())
    """Coreference chains, when the annotator has a coreference model; else empty (the rules
    resolve pronouns and descriptions on their own)."""
