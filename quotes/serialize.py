"""JSON: the one place records become dictionaries. The fields are a contract (docs/cli.md)."""

from __future__ import annotations

from typing import Any

from quotes.model import Entity, Mention, Quote, Speaker


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

    >>> from quotes.model import Span
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
        "unbalanced": q.unbalanced,
    }


def entity_to_dict(e: Entity) -> dict[str, Any]:
    """The JSON object of one entity."""
    return {
        "id": e.id,
        "name": e.name,
        "kind": e.kind,
        "aliases": list(e.aliases),
        "mentions": [{"doc": m.doc, "start": m.span.start, "end": m.span.end, "text": m.text} for m in e.mentions],
    }
