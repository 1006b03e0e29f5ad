"""Typed records: the annotation of an article (its text with tokens, sentences, named
entities and coreference chains, as an annotator in :mod:`quotes.nlp` makes them), and what the
library finds in it: quotes, speakers, entities and articles.

Every record is a frozen attrs class. Records point into an article's text only
through :class:`~quotes.model.Span` (half-open character offsets), so ``text[s.start:s.end]``
is always the text a record talks about, whatever the line ends or Unicode.

Sequence fields take any iterable and keep a tuple: ``converter=tuple[Span, ...]`` types what
``__init__`` accepts for type checkers (the attrs plugin reads the alias's element type).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal

import attrs


# --------------------------------------------------------------------------- annotation
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

    >>> from quotes.nlp.samples import sample_documents
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


# --------------------------------------------------------------------------- results

QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "anonymous", "group", "organization", "unknown"]

Section = Literal["body", "comments"]

QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
SPEAKER_KINDS: tuple[str, ...] = ("person", "anonymous", "group", "organization", "unknown")


# --------------------------------------------------------------------------- results


@attrs.frozen
class Mention:
    """Words in the text: a speaker's name or pronoun, or a cue verb.

    >>> Mention("Kerry", Span(0, 5))
    Mention(text='Kerry', span=Span(start=0, end=5))
    """

    text: str
    """The words as written."""
    span: Span
    """Where they stand in the text."""


@attrs.frozen(kw_only=True)
class Speaker:
    """The entity a quote is attributed to.

    >>> Speaker(id="person:john-kerry", name="John Kerry", kind="person", aliases=("Kerry",))
    Speaker(id='person:john-kerry', name='John Kerry', kind='person', aliases=('Kerry',))
    """

    id: str
    """Stable identifier; the same person across the articles of one run shares it."""
    name: str
    """Canonical name: the fullest well-formed name seen, or the description."""
    kind: SpeakerKind
    """``person``, ``anonymous``, ``group``, ``organization`` or ``unknown``."""
    aliases: tuple[str, ...] = attrs.field(converter=tuple[str, ...], default=())
    """Other forms of the name seen in the text."""


def float_table(values: Mapping[str, float]) -> dict[str, float]:
    """A plain dict of a name → number mapping (the converter of such attrs fields)."""
    return dict(values)


@attrs.frozen(kw_only=True)
class Quote:
    """One quotation: what was said, who said it, and how we know.

    >>> text = "“We made progress,” Kerry said."
    >>> q = Quote(kind="direct", spans=[Span(1, 18)], text="We made progress,", cue=Mention("said", Span(26, 30)),
    ...           speaker=Speaker(id="person:kerry", name="Kerry", kind="person"), confidence=0.94, rule="cue-after")
    >>> q.spans[0].of(text), q.cue.text, q.speaker.name, q.section
    ('We made progress,', 'said', 'Kerry', 'body')
    """

    kind: QuoteKind
    """``direct`` (in quotation marks), ``indirect`` (reported speech) or ``mixed``."""
    spans: tuple[Span, ...] = attrs.field(converter=tuple[Span, ...])
    """The content's parts, without the quotation marks, in text order."""
    text: str
    """The content: the parts' text joined by a space."""
    cue: Mention | None = None
    """The reporting verb (``said``) or phrase (``according to``), if any."""
    speaker: Speaker | None = None
    """The resolved speaker, or None where none was found."""
    speaker_mention: Mention | None = None
    """The words naming the source: the cue's subject, a pronoun, or the nearest mention."""
    confidence: float = 0.0
    """The estimated probability that the quote is right, content and speaker (:mod:`quotes.confidence.scorer`)."""
    rule: str = ""
    """The public label of the rule that found the quote (``cue-after``, ``ccomp``, ``trailing``, ...;
    :data:`quotes.find.rules.LABEL_CONFIDENCE` lists them)."""
    rule_name: str = ""
    """The rule's own name, the shape that fired (``ccomp.that-clause``, ``trailing.inverted``;
    :data:`quotes.find.rules.RULES`)."""
    unbalanced: bool = False
    """True where a quotation mark had no partner and the end was guessed."""
    context: Span | None = None
    """The sentence or sentences the quote stands in, with its cue and source; None where unknown."""
    section: Section = "body"
    """``body`` for the article itself, ``comments`` for its reader comments (kept only on request)."""
    display: str = ""
    """How the quote reads when shown (:func:`quotes.find.display.display_form`): a direct quote in
    quotation marks; an indirect or mixed one as reported speech with its cue, without outer marks
    (``called it an important meeting``); parts the text separates joined by an ellipsis between spaces."""
    evidence: Mapping[str, float] = attrs.field(factory=dict, converter=float_table, eq=False, repr=False)
    """What the parse said about the quote, for its confidence (:mod:`quotes.confidence.evidence`); not in the JSON."""

    @property
    def span(self) -> Span:
        """The smallest span covering every part."""
        return Span(self.spans[0].start, self.spans[-1].end)


@attrs.frozen(kw_only=True)
class EntityMention:
    """Where an entity is named: the article and the words.

    >>> EntityMention(doc="a.txt", span=Span(0, 5), text="Kerry").span.end
    5
    """

    doc: str
    """The article's identifier (its path as given, or the name given to the API)."""
    span: Span
    """Where the words stand in that article."""
    text: str
    """The words as written."""


@attrs.frozen(kw_only=True)
class Entity:
    """A person, group, institution or anonymous source, with every name it goes by.

    >>> e = Entity(id="person:john-kerry", name="John Kerry", kind="person", aliases=("Kerry", "John F Kerry"),
    ...            mentions=[EntityMention(doc="a.txt", span=Span(0, 5), text="Kerry")])
    >>> e.aliases, [m.doc for m in e.mentions]
    (('Kerry', 'John F Kerry'), ['a.txt'])
    """

    id: str
    """Stable identifier, shared by every quote attributed to this entity."""
    name: str
    """Canonical name: the fullest well-formed name seen."""
    kind: SpeakerKind
    """``person``, ``anonymous``, ``group``, ``organization`` or ``unknown``."""
    aliases: tuple[str, ...] = attrs.field(converter=tuple[str, ...], default=())
    """Other forms of the name seen, without the canonical one."""
    mentions: tuple[EntityMention, ...] = attrs.field(converter=tuple[EntityMention, ...], default=())
    """Where the entity is named, in every article."""

    def as_speaker(self) -> Speaker:
        """Returns the speaker record quotes carry for this entity."""
        return Speaker(id=self.id, name=self.name, kind=self.kind, aliases=self.aliases)


def parse_date(value: Any) -> datetime.date | None:
    """An ISO 8601 date or date-time (string or object) as a date; the time of day is dropped.

    >>> parse_date("2013-12-04T10:00:00Z"), parse_date(None)
    (datetime.date(2013, 12, 4), None)

    Raises:
        ValueError: ``value`` is not such a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise ValueError(f"date must be an ISO 8601 date such as '2013-12-04', got {value!r}")


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected a string or None, got {type(value).__name__} {value!r}")
    return value.strip() or None


@attrs.frozen(kw_only=True)
class Metadata:
    """What is known of an article besides its text: all optional.

    >>> Metadata(title="Kerry in Brussels", date="2013-12-04T10:00:00Z", source="Reuters").date
    datetime.date(2013, 12, 4)
    """

    title: str | None = attrs.field(default=None, converter=_opt_str)
    """The headline."""
    date: datetime.date | None = attrs.field(default=None, converter=parse_date)
    """The day of publication (an ISO 8601 string is accepted and its time of day dropped)."""
    source: str | None = attrs.field(default=None, converter=_opt_str)
    """The outlet that published it (``Reuters``, ``The Washington Post``)."""
    url: str | None = attrs.field(default=None, converter=_opt_str)
    """Where it was published."""


@attrs.frozen(kw_only=True)
class ArticleText:
    """An article to read: its identifier, its text and what is known of it.

    >>> ArticleText(id="a1", text="Kerry said it.", meta=Metadata(source="AP")).meta.source
    'AP'
    """

    id: str
    """A name unique within the run: the file's path as given, or a JSON Lines record's ``id``."""
    text: str
    """The article's text, exactly as read."""
    meta: Metadata = Metadata()
    """Title, date, outlet and address, where known."""


@attrs.frozen(kw_only=True)
class Article:
    """The quotes of one article.

    >>> from quotes import extract
    >>> from quotes.nlp.samples import SampleAnnotator, sample_texts
    >>> art = extract(sample_texts()["002_7889bdde1191228b.txt"], annotator=SampleAnnotator(), doc="002")
    >>> art.doc, len(art.quotes), art.quotes[0].speaker.kind
    ('002', 18, 'anonymous')
    """

    doc: str
    """The article's identifier: its path as given, or ``"<text>"``."""
    text: str
    """The article's text, exactly as given."""
    quotes: tuple[Quote, ...] = attrs.field(converter=tuple[Quote, ...])
    """Quotes in text order (those in reader comments only when asked for)."""
    meta: Metadata = Metadata()
    """Title, date, outlet and address, where known."""
    comments_start: int | None = None
    """Offset where the reader comments begin (see :func:`quotes.find.sections.comments_start`); None
    where the article has none."""

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """The distinct speakers of this article's quotes, in order of first quote."""
        seen: dict[str, Speaker] = {}
        for q in self.quotes:
            if q.speaker is not None and q.speaker.id not in seen:
                seen[q.speaker.id] = q.speaker
        return tuple(seen.values())


@attrs.frozen(kw_only=True)
class Corpus:
    """The quotes of many articles, with the entities resolved across them.

    >>> from quotes import extract_many
    >>> from quotes.nlp.samples import SampleAnnotator, sample_texts
    >>> corpus = extract_many(sorted(sample_texts().items()), annotator=SampleAnnotator())
    >>> [a.doc[:3] for a in corpus.articles], "Karzai" in corpus.entity("person:hamid-karzai").aliases
    (['000', '001', '002', '003', '004'], True)
    """

    articles: tuple[Article, ...] = attrs.field(converter=tuple[Article, ...])
    """One result per article, in input order."""
    entities: tuple[Entity, ...] = attrs.field(converter=tuple[Entity, ...])
    """Every entity named in the articles, merged across them."""

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id (a quote's ``speaker.id``).

        Raises:
            KeyError: No entity has this id.
        """
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)
