"""The digest's records: a :class:`Digest` of :class:`DigestSpeaker` sections, each a list of
:class:`QuoteGroup` statements with their :class:`Occurrence` in the articles
(:class:`DigestArticle`), and their JSON (:func:`digest_to_dict`, :func:`digest_from_dict`).
:func:`quotes.digests.building.build` makes them; :mod:`quotes.digests.render` shows them.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import attrs

from quotes.digests import render
from quotes.digests.serialize import _speaker, quote_from_dict, quote_to_dict, speaker_from_dict
from quotes.model import Metadata, Quote, QuoteKind, Speaker, parse_date

FORMAT = 1
"""Version of the digest's JSON."""


@attrs.frozen(kw_only=True)
class DigestArticle:
    """An article the digest cites.

    >>> from quotes import extract_many
    >>> from quotes.digests.building import build
    >>> from quotes.nlp.samples import SampleAnnotator, sample_texts
    >>> digest = build(extract_many(sorted(sample_texts().items()), annotator=SampleAnnotator()))
    >>> a = digest.article("002_7889bdde1191228b.txt")
    >>> a.label, a.text[:22]
    ('002_7889bdde1191228b.txt', 'Kerry, Karzai hold tal')
    """

    doc: str
    """The article's identifier (its path as given, or its JSON Lines ``id``)."""
    meta: Metadata = Metadata()
    """Title, date, outlet and address, where known."""
    text: str | None = None
    """The article's text (for showing each quote in place); None where left out."""

    @property
    def label(self) -> str:
        """How the article is named: its title, else its identifier."""
        return self.meta.title or self.doc


@attrs.frozen(kw_only=True)
class Occurrence:
    """One place a statement was found: an article and the quote there.

    >>> from quotes import extract_many
    >>> from quotes.digests.building import build
    >>> from quotes.nlp.samples import SampleAnnotator, sample_texts
    >>> digest = build(extract_many(sorted(sample_texts().items()), annotator=SampleAnnotator()))
    >>> o = digest.speakers[0].groups[0].occurrences[1]
    >>> o.doc[:3], o.quote.cue.text, o.context[:30]
    ('003', 'told', '“We had a very extensive and..')
    """

    doc: str
    """The article's identifier."""
    quote: Quote
    """The quote as found there (its spans index that article's text)."""
    context: str
    """The sentence around it."""


@attrs.frozen(kw_only=True)
class QuoteGroup:
    """One statement of one speaker, with every article that carries it (its longest form shown).

    >>> from quotes import extract_many
    >>> from quotes.digests.building import build
    >>> from quotes.nlp.samples import SampleAnnotator, sample_texts
    >>> digest = build(extract_many(sorted(sample_texts().items()), annotator=SampleAnnotator()))
    >>> g = digest.speakers[0].groups[0]
    >>> g.text[-45:], [d[:3] for d in g.docs]
    (' story, not statements at a press conference.', ['000', '003'])
    """

    text: str
    """The statement's longest form."""
    kind: QuoteKind
    """The kind of that form: ``direct``, ``indirect`` or ``mixed``."""
    display: str = ""
    """How that form reads when shown (:attr:`quotes.model.Quote.display`): a direct quote in
    quotation marks, a report with its cue and without them."""
    occurrences: tuple[Occurrence, ...] = attrs.field(converter=tuple[Occurrence, ...])
    """Where it was found, in date and article order; the first is the earliest."""

    @property
    def docs(self) -> tuple[str, ...]:
        """The articles that carry it, each once, in order."""
        return tuple(dict.fromkeys(o.doc for o in self.occurrences))


@attrs.frozen(kw_only=True)
class DigestSpeaker:
    """A speaker's section: who they are and what they said.

    >>> from quotes import extract_many
    >>> from quotes.digests.building import build
    >>> from quotes.nlp.samples import SampleAnnotator, sample_texts
    >>> digest = build(extract_many(sorted(sample_texts().items()), annotator=SampleAnnotator()))
    >>> s = digest.speakers[0]
    >>> s.name, s.kind, s.quotes, len(s.groups), [d[:3] for d in s.docs]
    ('John F Kerry', 'person', 16, 14, ['000', '001', '003', '004'])
    """

    speaker: Speaker | None
    """The speaker; None for the section of quotes with no speaker found."""
    quotes: int
    """How many quotes (every occurrence counts)."""
    docs: tuple[str, ...] = attrs.field(converter=tuple[str, ...])
    """The articles quoting the speaker, in order."""
    first_date: datetime.date | None = attrs.field(default=None, converter=parse_date)
    """The earliest date of those articles, where dates are known."""
    last_date: datetime.date | None = attrs.field(default=None, converter=parse_date)
    """The latest date of those articles, where dates are known."""
    groups: tuple[QuoteGroup, ...] = attrs.field(converter=tuple[QuoteGroup, ...])
    """The statements, in date and article order."""

    @property
    def name(self) -> str:
        """The canonical name, or ``(speaker not found)``."""
        return self.speaker.name if self.speaker is not None else "(speaker not found)"

    @property
    def kind(self) -> str:
        """The speaker's kind, or ``none`` for the section of quotes with no speaker."""
        return self.speaker.kind if self.speaker is not None else "none"

    @property
    def scoped(self) -> bool:
        """True for an anonymous source, a group or a described source ("a resolution"): one
        article's entity, never merged."""
        return self.kind in {"anonymous", "group", "unknown"}


@attrs.frozen(kw_only=True)
class Digest:
    """Who said what: the speakers, most-quoted first, then the quotes with no speaker.

    >>> from quotes import extract_many
    >>> from quotes.digests.building import build
    >>> from quotes.nlp.samples import SampleAnnotator, sample_texts
    >>> digest = build(extract_many(sorted(sample_texts().items()), annotator=SampleAnnotator()))
    >>> [s.name for s in digest.speakers[:3]]
    ['John F Kerry', 'Hamid Karzai', 'senior State Department official']
    >>> digest.to_markdown().splitlines()[4]
    '## John F Kerry'
    >>> Digest.from_json(digest.to_json()) == digest
    True
    """

    speakers: tuple[DigestSpeaker, ...] = attrs.field(converter=tuple[DigestSpeaker, ...])
    """One section per speaker entity; the one with ``speaker=None`` (if any) is last."""
    articles: tuple[DigestArticle, ...] = attrs.field(converter=tuple[DigestArticle, ...])
    """The articles of the corpus, in input order."""

    def article(self, doc: str) -> DigestArticle:
        """The article with this identifier.

        Raises:
            KeyError: No article has it.
        """
        for a in self.articles:
            if a.doc == doc:
                return a
        raise KeyError(doc)

    def to_markdown(self) -> str:
        """The digest as Markdown: a ``## Name`` heading per speaker."""
        return render.to_markdown(self)

    def to_html(self, *, articles: bool = True) -> str:
        """The digest as one self-contained HTML page (see :func:`quotes.digests.render.to_html`)."""
        return render.to_html(self, articles=articles)

    def to_json(self) -> str:
        """The digest as JSON; :meth:`from_json` reads it back into equal records."""
        return json.dumps(digest_to_dict(self), ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, data: str | dict[str, Any]) -> Digest:
        """Reads a digest written by :meth:`to_json` (a JSON string or the parsed object).

        Raises:
            ValueError: The data is not a digest of a known format.
        """
        return digest_from_dict(json.loads(data) if isinstance(data, str) else data)


def _meta_to_dict(m: Metadata) -> dict[str, Any]:
    return {"title": m.title, "date": m.date.isoformat() if m.date else None, "source": m.source, "url": m.url}


def digest_to_dict(d: Digest) -> dict[str, Any]:
    """The JSON object of a digest (:meth:`Digest.to_json`)."""

    def occurrence(o: Occurrence) -> dict[str, Any]:
        return {"doc": o.doc, "context": o.context, "quote": quote_to_dict(o.quote, o.doc)}

    def section(s: DigestSpeaker) -> dict[str, Any]:
        return {
            "speaker": _speaker(s.speaker),
            "quotes": s.quotes,
            "docs": list(s.docs),
            "first_date": s.first_date.isoformat() if s.first_date else None,
            "last_date": s.last_date.isoformat() if s.last_date else None,
            "groups": [
                {
                    "text": g.text,
                    "kind": g.kind,
                    "display": g.display,
                    "occurrences": [occurrence(o) for o in g.occurrences],
                }
                for g in s.groups
            ],
        }

    return {
        "format": FORMAT,
        "speakers": [section(s) for s in d.speakers],
        "articles": [{"doc": a.doc, **_meta_to_dict(a.meta), "text": a.text} for a in d.articles],
    }


def digest_from_dict(data: dict[str, Any]) -> Digest:
    """The inverse of :func:`digest_to_dict`.

    Raises:
        ValueError: ``data`` is not a digest of a known format.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise ValueError(f"not a quotes digest of format {FORMAT} (found {found!r})")
    try:
        return Digest(
            speakers=[
                DigestSpeaker(
                    speaker=speaker_from_dict(s["speaker"]),
                    quotes=s["quotes"],
                    docs=s["docs"],
                    first_date=s.get("first_date"),
                    last_date=s.get("last_date"),
                    groups=[
                        QuoteGroup(
                            text=g["text"],
                            kind=g["kind"],
                            display=g.get("display", ""),
                            occurrences=[
                                Occurrence(doc=o["doc"], context=o["context"], quote=quote_from_dict(o["quote"]))
                                for o in g["occurrences"]
                            ],
                        )
                        for g in s["groups"]
                    ],
                )
                for s in data["speakers"]
            ],
            articles=[
                DigestArticle(
                    doc=a["doc"],
                    text=a.get("text"),
                    meta=Metadata(title=a.get("title"), date=a.get("date"), source=a.get("source"), url=a.get("url")),
                )
                for a in data["articles"]
            ],
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"malformed quotes digest: {exc!r}") from exc
