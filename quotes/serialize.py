"""JSON: the one place records become dictionaries and back. The fields are a contract (docs/cli.md)."""

from __future__ import annotations

from typing import Any

from quotes.digests import FORMAT as DIGEST_FORMAT
from quotes.digests import Digest, DigestArticle, DigestSpeaker, Occurrence, QuoteGroup
from quotes.model import Entity, Mention, Metadata, Quote, Span, Speaker


def _mention(m: Mention | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {"text": m.text, "start": m.span.start, "end": m.span.end}


def _speaker(s: Speaker | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"id": s.id, "name": s.name, "kind": s.kind, "aliases": list(s.aliases)}


def quote_to_dict(q: Quote, doc: str) -> dict[str, Any]:
    """The JSON object of one quote.

    >>> quote_to_dict(Quote(kind="direct", spans=[Span(1, 3)], text="hi"), "a.txt")["spans"]
    [[1, 3]]
    """
    return {
        "doc": doc,
        "kind": q.kind,
        "text": q.text,
        "spans": [[s.start, s.end] for s in q.spans],
        "cue": _mention(q.cue),
        "speaker": _speaker(q.speaker),
        "speaker_mention": _mention(q.speaker_mention),
        "confidence": q.confidence,
        "rule": q.rule,
        "rule_name": q.rule_name,
        "unbalanced": q.unbalanced,
        "context": [q.context.start, q.context.end] if q.context is not None else None,
        "section": q.section,
    }


def _mention_from(d: dict[str, Any] | None) -> Mention | None:
    return None if d is None else Mention(d["text"], Span(d["start"], d["end"]))


def speaker_from_dict(d: dict[str, Any] | None) -> Speaker | None:
    """The inverse of the ``speaker`` object of :func:`quote_to_dict`."""
    if d is None:
        return None
    return Speaker(id=d["id"], name=d["name"], kind=d["kind"], aliases=d.get("aliases", ()))


def quote_from_dict(d: dict[str, Any]) -> Quote:
    """The inverse of :func:`quote_to_dict` (the ``doc`` field is the caller's).

    >>> q = Quote(kind="direct", spans=[Span(1, 3)], text="hi", cue=Mention("said", Span(5, 9)))
    >>> quote_from_dict(quote_to_dict(q, "a.txt")) == q
    True
    """
    ctx = d.get("context")
    return Quote(
        kind=d["kind"],
        spans=[Span(a, b) for a, b in d["spans"]],
        text=d["text"],
        cue=_mention_from(d.get("cue")),
        speaker=speaker_from_dict(d.get("speaker")),
        speaker_mention=_mention_from(d.get("speaker_mention")),
        confidence=d.get("confidence", 0.0),
        rule=d.get("rule", ""),
        rule_name=d.get("rule_name", ""),
        unbalanced=d.get("unbalanced", False),
        context=Span(*ctx) if ctx is not None else None,
        section=d.get("section", "body"),
    )


def entity_to_dict(e: Entity) -> dict[str, Any]:
    """The JSON object of one entity."""
    return {
        "id": e.id,
        "name": e.name,
        "kind": e.kind,
        "aliases": list(e.aliases),
        "mentions": [{"doc": m.doc, "start": m.span.start, "end": m.span.end, "text": m.text} for m in e.mentions],
    }


def _meta_to_dict(m: Metadata) -> dict[str, Any]:
    return {"title": m.title, "date": m.date.isoformat() if m.date else None, "source": m.source, "url": m.url}


def digest_to_dict(d: Digest) -> dict[str, Any]:
    """The JSON object of a digest (:meth:`quotes.digests.Digest.to_json`)."""

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
                {"text": g.text, "kind": g.kind, "occurrences": [occurrence(o) for o in g.occurrences]}
                for g in s.groups
            ],
        }

    return {
        "format": DIGEST_FORMAT,
        "speakers": [section(s) for s in d.speakers],
        "articles": [{"doc": a.doc, **_meta_to_dict(a.meta), "text": a.text} for a in d.articles],
    }


def digest_from_dict(data: dict[str, Any]) -> Digest:
    """The inverse of :func:`digest_to_dict`.

    Raises:
        ValueError: ``data`` is not a digest of a known format.
    """
    if not isinstance(data, dict) or data.get("format") != DIGEST_FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise ValueError(f"not a quotes digest of format {DIGEST_FORMAT} (found {found!r})")
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
