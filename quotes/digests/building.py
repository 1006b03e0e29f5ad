"""The per-speaker digest: who said what, across a corpus.

:func:`build` turns a :class:`~quotes.model.Corpus` into a :class:`Digest`: one section per
speaker entity, most-quoted first (ties by name), each listing the speaker's statements in
date and article order; the same statement carried by several articles is shown once
(:mod:`quotes.digests.grouping`). Anonymous sources and groups are entities of one article, so they
are listed per article and never merged. Quotes with no speaker come last. The digest
renders as Markdown, HTML or JSON, and reads back from its JSON.

>>> from quotes.model import Article, Corpus, Quote, Span, Speaker
>>> kerry = Speaker(id="person:john-kerry", name="John Kerry", kind="person", aliases=("Kerry",))
>>> text = "“We made progress,” Kerry said."
>>> q = Quote(kind="direct", spans=[Span(1, 17)], text="We made progress,", speaker=kerry, confidence=0.9)
>>> d = build(Corpus(articles=[Article(doc="a.txt", text=text, quotes=[q])], entities=[]))
>>> [(s.name, s.quotes, len(s.groups)) for s in d.speakers]
[('John Kerry', 1, 1)]
>>> Digest.from_json(d.to_json()) == d
True
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import Any

from quotes.confidence.scorer import resolve_model
from quotes.digests.grouping import group_statements, statement_words
from quotes.digests.records import Digest, DigestArticle, DigestSpeaker, Occurrence, QuoteGroup
from quotes.find.display import shown
from quotes.model import (
    QUOTE_KINDS,
    SPEAKER_KINDS,
    Article,
    Corpus,
    Quote,
    Speaker,
)
from quotes.speakers.names import fold


def _check_kinds(kinds: Sequence[str]) -> tuple[set[str], set[str]]:
    bad = [k for k in kinds if k not in QUOTE_KINDS and k not in SPEAKER_KINDS]
    if bad:
        raise ValueError(f"unknown kind {bad[0]!r}: use a quote kind {QUOTE_KINDS} or a speaker kind {SPEAKER_KINDS}")
    return {k for k in kinds if k in QUOTE_KINDS}, {k for k in kinds if k in SPEAKER_KINDS}


def _wanted_speaker(s: Speaker | None, names: set[str], speaker_kinds: set[str]) -> bool:
    if speaker_kinds and (s is None or s.kind not in speaker_kinds):
        return False
    if names:
        return s is not None and bool(names & {fold(x) for x in (s.id, s.name, *s.aliases)})
    return True


def _context(art: Article, q: Quote) -> str:
    span = q.context or q.span
    return " ".join(span.of(art.text).split())


def _group(items: list[_Item], same_speaker: bool) -> list[QuoteGroup]:
    items.sort(key=lambda it: it[0])
    parts = group_statements([q.text for _, _, q in items]) if same_speaker else [[i] for i in range(len(items))]
    groups = []
    for idxs in sorted(parts, key=min):
        occ = [items[i] for i in idxs]
        best = max(occ, key=lambda it: (len(statement_words(it[2].text)), len(it[2].text)))  # the earliest on ties
        groups.append(
            QuoteGroup(
                text=best[2].text,
                kind=best[2].kind,
                display=shown(best[2]),
                occurrences=[Occurrence(doc=a.doc, quote=q, context=_context(a, q)) for _, a, q in occ],
            )
        )
    return groups


def build(
    corpus: Corpus,
    *,
    speakers: Sequence[str] = (),
    kinds: Sequence[str] = (),
    min_confidence: float | None = None,
    min_quotes: int = 1,
    comments: bool = False,
    articles: bool = True,
    params: Any = None,
) -> Digest:
    """Builds the digest of a corpus.

    Args:
        corpus: The extracted articles (:func:`quotes.extract_many`).
        speakers: Keep only these speakers, each named by its canonical name, any alias or
            its id (case and diacritics ignored).
        kinds: Keep only these quote kinds (``direct``, ``indirect``, ``mixed``) and speaker
            kinds (``person``, ``anonymous``, ``group``, ``organization``, ``unknown``).
        min_confidence: Leave out quotes less sure than this; by default the confidence model's
            thresholds (:meth:`quotes.confidence.Model.threshold_for` each quote's kind, as
            ``quotes digest`` does: the quotes kept are about 90% right, and nearly every direct
            quotation is kept). ``0.0`` keeps every quote.
        min_quotes: Leave out speakers with fewer quotes (after the other filters).
        comments: Keep quotes from reader comments (if the corpus has them).
        articles: Keep the articles' texts in the digest (to show each quote in place).
        params: The confidence model the corpus was scored with (a :class:`~quotes.confidence.Model`
            or a parameter file), whose threshold is ``min_confidence``'s default; None: the
            one ``quotes.extract`` uses by default.

    Raises:
        ValueError: A kind is unknown.

    >>> from quotes import extract_many
    >>> from quotes.nlp.samples import SampleAnnotator, sample_texts
    >>> corpus = (extract_many(sorted(sample_texts().items()), annotator=SampleAnnotator()))
    >>> [(s.name, s.quotes, len(s.docs)) for s in build(corpus, speakers=["Karzai"]).speakers]
    [('Hamid Karzai', 8, 4)]
    >>> {s.kind for s in build(corpus, kinds=["anonymous"]).speakers}
    {'anonymous'}
    """
    quote_kinds, speaker_kinds = _check_kinds(kinds)
    names = {fold(n) for n in speakers}
    model = resolve_model(params)

    def bar(q: Quote) -> float:
        return model.threshold_for(q.kind) if min_confidence is None else min_confidence

    def keep(q: Quote) -> bool:
        if (q.section != "body" and not comments) or q.confidence < bar(q):
            return False
        return not (quote_kinds and q.kind not in quote_kinds) and _wanted_speaker(q.speaker, names, speaker_kinds)

    by_speaker, who = _by_speaker(corpus, keep)
    sections = [_section(who[key], items) for key, items in by_speaker.items() if len(items) >= min_quotes]
    sections.sort(key=lambda s: (s.speaker is None, -s.quotes, fold(s.name), s.speaker.id if s.speaker else ""))
    arts = [DigestArticle(doc=a.doc, meta=a.meta, text=a.text if articles else None) for a in corpus.articles]
    return Digest(speakers=sections, articles=arts)


_Item = tuple[tuple[Any, ...], Article, Quote]
"""A quote with its article and its place in the digest's order (date, article, offset)."""


def _by_speaker(
    corpus: Corpus, keep: Callable[[Quote], bool]
) -> tuple[dict[str | None, list[_Item]], dict[str | None, Speaker | None]]:
    """The kept quotes by speaker id (None: no speaker), and each id's speaker."""
    order: dict[str, int] = {a.doc: i for i, a in enumerate(corpus.articles)}
    by_speaker: dict[str | None, list[_Item]] = {}
    who: dict[str | None, Speaker | None] = {None: None}
    for art in corpus.articles:
        for q in art.quotes:
            if not keep(q):
                continue
            key = q.speaker.id if q.speaker is not None else None
            who.setdefault(key, q.speaker)
            d = art.meta.date
            sort_key = (d is None, d or datetime.date.min, order[art.doc], q.spans[0].start)
            by_speaker.setdefault(key, []).append((sort_key, art, q))
    return by_speaker, who


def _section(speaker: Speaker | None, items: list[_Item]) -> DigestSpeaker:
    """A speaker's section: their quotes grouped, with the articles and dates they span."""
    groups = _group(items, same_speaker=speaker is not None)  # (sorts the items by date)
    dates = sorted(a.meta.date for _, a, _ in items if a.meta.date is not None)
    return DigestSpeaker(
        speaker=speaker,
        quotes=len(items),
        docs=dict.fromkeys(a.doc for _, a, _ in items),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        groups=groups,
    )
