"""The whole job: annotate, find quotes, attribute them, resolve entities across articles."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from quotes._doc import DocView, split_at_line_breaks
from quotes.aliases import resolve_entities
from quotes.attribute import RULE_CONFIDENCE, Draft, attribute_direct, continue_speakers
from quotes.coref import LocalEntity, Resolver
from quotes.detect import find_quoted
from quotes.indirect import find_indirect
from quotes.model import Article, Corpus, Document, Mention, Quote, Span
from quotes.nlp import Annotator, default_annotator


@attrs.frozen
class _DocResult:
    drafts: tuple[Draft, ...]
    resolved: tuple[LocalEntity | None, ...]
    entities: tuple[LocalEntity, ...]


def _analyze(doc: Document) -> _DocResult:
    """Finds and attributes the quotes of one annotated article (entities still local)."""
    view = DocView(split_at_line_breaks(doc))
    quoted = find_quoted(doc.text)
    drafts = attribute_direct(view, quoted)
    drafts = continue_speakers(view, find_indirect(view, drafts, quoted))
    resolver = Resolver(view, [s for q in quoted for s in q.spans])
    # every name and every source phrase, in text order, so "most recent" means what it says
    events: list[tuple[int, int, int, str | None]] = []
    for first, last, kind in resolver.name_mentions():
        events.append((first, -1, last, kind))
    for d in drafts:
        if d.subject is not None:
            events.append((d.subject[0], 0, d.subject[1], None))
    events.sort()
    for first, _, last, maybe_kind in events:
        resolver.resolve(first, last, maybe_kind)
    resolved = tuple(resolver.resolve(*d.subject) if d.subject else None for d in drafts)
    return _DocResult(tuple(drafts), resolved, tuple(resolver.entities))


def _quote(view_text: str, doc: Document, d: Draft, speaker_ent: object) -> Quote:
    tokens = doc.tokens
    cue = None
    if d.cue is not None:
        span = Span(tokens[d.cue[0]].span.start, tokens[d.cue[1] - 1].span.end)
        cue = Mention(span.of(view_text), span)
    mention = None
    if d.subject is not None:
        span = Span(tokens[d.subject[0]].span.start, tokens[d.subject[1] - 1].span.end)
        mention = Mention(span.of(view_text), span)
    speaker = speaker_ent.as_speaker() if speaker_ent is not None else None  # type: ignore[attr-defined]
    conf = RULE_CONFIDENCE.get(d.rule, 0.5)
    if speaker is None:
        conf = min(conf, 0.4)
    if d.unbalanced:
        conf *= 0.8
    return Quote(
        kind=d.kind,  # type: ignore[arg-type]
        spans=d.spans,
        text=" ".join(s.of(view_text) for s in d.spans),
        cue=cue,
        speaker=speaker,
        speaker_mention=mention,
        confidence=round(conf, 3),
        rule=d.rule,
        unbalanced=d.unbalanced,
    )


def extract_documents(docs: Sequence[tuple[str, Document]]) -> Corpus:
    """Extracts quotes from annotated articles and resolves their speakers across them.

    Args:
        docs: Pairs of an article identifier and its annotation.
    """
    results = [_analyze(doc) for _, doc in docs]
    entities, mapping = resolve_entities(
        [(doc_id, doc.text, r.entities) for (doc_id, doc), r in zip(docs, results, strict=True)]
    )
    articles = []
    for i, ((doc_id, doc), r) in enumerate(zip(docs, results, strict=True)):
        quotes = []
        for d, ent in zip(r.drafts, r.resolved, strict=True):
            global_ent = mapping.get((i, ent.key)) if ent is not None else None
            quotes.append(_quote(doc.text, doc, d, global_ent))
        quotes.sort(key=lambda q: (q.spans[0].start, q.spans[0].end))
        articles.append(Article(doc=doc_id, text=doc.text, quotes=quotes))
    return Corpus(articles=articles, entities=entities)


def extract_many(
    texts: Iterable[str | tuple[str, str]],
    *,
    annotator: Annotator | None = None,
) -> Corpus:
    """Extracts the quotes of many articles, annotating them in one batch.

    Args:
        texts: Article texts, or pairs of (identifier, text).
        annotator: The NLP engine; the shared stanza annotator by default.

    Returns:
        A :class:`~quotes.model.Corpus`: one article result per text, and the entities
        merged across articles (a speaker's quotes share one speaker id).
    """
    items = [t if isinstance(t, tuple) else (f"<text {i}>", t) for i, t in enumerate(texts)]
    annotator = annotator or default_annotator()
    docs = annotator.annotate([t for _, t in items])
    return extract_documents([(doc_id, doc) for (doc_id, _), doc in zip(items, docs, strict=True)])


def extract(text: str, *, annotator: Annotator | None = None, doc: str = "<text>") -> Article:
    """Extracts the quotes of one article.

    Args:
        text: The article.
        annotator: The NLP engine; the shared stanza annotator by default.
        doc: An identifier for the article, carried on the result.

    Returns:
        The article's quotes with their speakers.
    """
    return extract_many([(doc, text)], annotator=annotator).articles[0]
