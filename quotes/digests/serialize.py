"""JSON: the one place quotes, speakers and entities become dictionaries and back. The fields are a
contract (docs/cli.md); the digest's JSON (:func:`quotes.digests.records.digest_to_dict`) is built
from these, beside the digest's records."""

from __future__ import annotations

from typing import Any

from quotes.model import Entity, Mention, Quote, Span, Speaker


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
        "display": q.display,
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
        display=d.get("display", ""),
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
