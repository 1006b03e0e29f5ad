"""The whole job: annotate, find quotes, attribute them, resolve entities across articles."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import attrs

from quotes.confidence.evidence import evidence
from quotes.confidence.scorer import Model, check_annotator, resolve_model
from quotes.errors import AnnotationError, InputError, QuotesError
from quotes.find.attribute import Draft, attribute_direct, continue_speakers
from quotes.find.display import display_form
from quotes.find.indirect import find_indirect
from quotes.find.marks import find_quoted
from quotes.find.rules.registry import label_confidence
from quotes.find.sections import comments_start
from quotes.find.windows import windows
from quotes.model import Article, ArticleText, Corpus, Document, Entity, Mention, Metadata, Quote, Span
from quotes.nlp.annotator import Annotator, default_annotator
from quotes.nlp.doc import DocView, split_at_line_breaks
from quotes.speakers.aliases import resolve_entities
from quotes.speakers.coref import LocalEntity, Resolver
from quotes.speakers.mentions import name_mentions


@attrs.frozen
class _DocResult:
    drafts: tuple[Draft, ...]
    resolved: tuple[LocalEntity | None, ...]
    entities: tuple[LocalEntity, ...]
    sentences: tuple[Span, ...]


def _meet(a: Draft, b: Draft) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a.spans for y in b.spans)


def _uncrossed(drafts: Sequence[Draft]) -> list[Draft]:
    """Quotes never cross: of two that share words without one holding the other (or where a
    direct quote is one of them), the less sure rule's goes, the later one on a tie. A report
    nested in another's content stays (``X said Y told him Z``)."""

    def conf(d: Draft) -> float:
        return label_confidence(d.rule)

    kept: list[Draft] = []
    for d in sorted(drafts, key=lambda d: -conf(d)):  # stable: earlier first among equals
        a = d.span
        for k in kept:
            b = k.span
            nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
            if _meet(d, k) and (not nested or "direct" in (d.kind, k.kind)):
                break
        else:
            kept.append(d)
    kept_ids = {id(k) for k in kept}
    return [d for d in drafts if id(d) in kept_ids]


def _analyze(doc: Document) -> _DocResult:
    """Finds and attributes the quotes of one annotated article (entities still local)."""
    split = split_at_line_breaks(doc)
    view = DocView(split)
    quoted = find_quoted(doc.text)
    drafts = attribute_direct(view, quoted)
    drafts = _uncrossed(continue_speakers(view, find_indirect(view, drafts, quoted)))
    resolver = Resolver(view, [s for q in quoted for s in q.spans])
    # every name and every source phrase, in text order, so "most recent" means what it says
    events: list[tuple[int, int, int, str | None]] = []
    for first, last, kind in name_mentions(view):
        events.append((first, -1, last, kind))
    for d in drafts:
        if d.subject is not None:
            events.append((d.subject[0], 0, d.subject[1], None))
    events.sort()
    for first, _, last, maybe_kind in events:
        resolver.resolve(first, last, maybe_kind)
    resolved = tuple(resolver.resolve(*d.subject) if d.subject else None for d in drafts)
    return _DocResult(tuple(drafts), resolved, tuple(resolver.entities), tuple(st.span for st in split.sentences))


def _context(sentences: Sequence[Span], parts: Sequence[Span]) -> Span | None:
    """The sentences that hold any of ``parts`` (the content and its cue), as one span."""
    if not sentences:
        return None
    starts = [s.start for s in sentences]
    first = max(0, bisect.bisect_right(starts, min(p.start for p in parts)) - 1)
    last = max(0, bisect.bisect_right(starts, max(p.end for p in parts) - 1) - 1)
    return Span(
        min(sentences[first].start, *(p.start for p in parts)), max(sentences[last].end, *(p.end for p in parts))
    )


def _quote(
    view_text: str, doc: Document, d: Draft, sentences: Sequence[Span], comments_at: int | None, starts: Sequence[int]
) -> Quote:
    """The quote of a draft, its speaker still to come (the reduce gives it); ``starts``: each
    token's start offset."""
    tokens = doc.tokens
    cue = None
    if d.cue is not None:
        span = Span(tokens[d.cue[0]].span.start, tokens[d.cue[1] - 1].span.end)
        cue = Mention(span.of(view_text), span)
    mention = None
    if d.subject is not None:
        span = Span(tokens[d.subject[0]].span.start, tokens[d.subject[1] - 1].span.end)
        mention = Mention(span.of(view_text), span)
    parts = [*d.spans, *([cue.span] if cue is not None else [])]
    return Quote(
        kind=d.kind,  # type: ignore[arg-type]
        spans=d.spans,
        text=" ".join(s.of(view_text) for s in d.spans),
        cue=cue,
        speaker=None,
        speaker_mention=mention,
        rule=d.rule,
        rule_name=d.rule_name,
        unbalanced=d.unbalanced,
        context=_context(sentences, parts),
        section="comments" if comments_at is not None and d.spans[0].start >= comments_at else "body",
        evidence=evidence(doc, d.spans, d.cue, d.subject, starts),
    )


@attrs.frozen(kw_only=True)
class ArticleResult:
    """What the map makes of one article: small and picklable, no annotation left in it.

    Its quotes have no speaker yet; :func:`reduce_articles` resolves the local entities of all
    the articles together and gives each quote its speaker.
    """

    doc: str
    text: str
    meta: Metadata
    comments_start: int | None
    quotes: tuple[Quote, ...]
    """In text order, reader comments left out unless asked for; ``speaker`` still None."""
    speaker_keys: tuple[tuple[int, int] | None, ...]
    """For each quote, its speaker as (window, local entity key), or None."""
    entities: tuple[tuple[LocalEntity, ...], ...]
    """The local entities of each window (one window but for very long texts)."""
    annotator: str = ""
    """The identity of the annotator that made its annotation (the models and their versions;
    empty where unknown), checked against the one the confidence model was fitted with."""


def map_article(
    doc_id: str, doc: Document, meta: Metadata | None = None, *, comments: bool = False, annotator: str = ""
) -> ArticleResult:
    """The per-article half of the job: find and attribute the quotes, resolve speakers within the
    article (``annotator``: the identity of what annotated it, :func:`annotator_identity`)."""
    comments_at = comments_start(doc.text)
    found: list[tuple[Quote, tuple[int, int] | None]] = []
    entities = []
    for j, w in enumerate(windows(doc)):
        r = _analyze(w)
        entities.append(r.entities)
        starts = [t.span.start for t in w.tokens]
        for d, ent in zip(r.drafts, r.resolved, strict=True):
            q = _quote(doc.text, w, d, r.sentences, comments_at, starts)
            if comments or q.section == "body":
                found.append((q, (j, ent.key) if ent is not None else None))
    found.sort(key=lambda qk: (qk[0].spans[0].start, qk[0].spans[0].end))
    return ArticleResult(
        doc=doc_id,
        text=doc.text,
        meta=meta or Metadata(),
        comments_start=comments_at,
        quotes=tuple(q for q, _ in found),
        speaker_keys=tuple(k for _, k in found),
        entities=tuple(entities),
        annotator=annotator,
    )


def reduce_articles(results: Sequence[ArticleResult], *, params: Model | str | Path | None = None) -> Corpus:
    """The cross-article half: merge the local entities of all articles, then give each quote its
    speaker, its content's bounds and its confidence, leaving out a quote too unlikely to be right
    (:meth:`quotes.confidence.scorer.Model.apply`; ``params``: a :class:`~quotes.confidence.scorer.Model`, a
    parameter file, or None for ``$QUOTES_MODEL_PARAMS`` or the shipped one)."""
    model = resolve_model(params)
    check_annotator((r.annotator for r in results), model)
    entities, found = resolve_speakers(results)
    articles = [score_article(model, r, quotes) for r, quotes in zip(results, found, strict=True)]
    return Corpus(articles=articles, entities=entities)


def resolve_speakers(results: Sequence[ArticleResult]) -> tuple[list[Entity], list[list[Quote]]]:
    """The entities of all the articles merged (:func:`quotes.speakers.aliases.resolve_entities`),
    and each article's quotes with their speakers (not yet scored)."""
    flat = [(r.doc, r.text, ents) for r in results for ents in r.entities]
    entities, mapping = resolve_entities(flat)
    found: list[list[Quote]] = []
    offset = 0
    for r in results:
        quotes = []
        for q, key in zip(r.quotes, r.speaker_keys, strict=True):
            ent = mapping.get((offset + key[0], key[1])) if key is not None else None
            quotes.append(attrs.evolve(q, speaker=ent.as_speaker() if ent is not None else None))
        found.append(quotes)
        offset += len(r.entities)
    return entities, found


def score_article(model: Model, r: ArticleResult, quotes: Sequence[Quote]) -> Article:
    """One article's result: its quotes (with their speakers) scored, bounded and shown
    (:meth:`quotes.confidence.scorer.Model.apply`, :func:`quotes.find.display.display_form`)."""
    kept = [attrs.evolve(q, display=display_form(r.text, q)) for q in model.apply(r.text, list(quotes))]
    return Article(doc=r.doc, text=r.text, quotes=kept, meta=r.meta, comments_start=r.comments_start)


def extract_documents(
    docs: Sequence[tuple[str, Document]],
    *,
    meta: Sequence[Metadata] | None = None,
    comments: bool = False,
    params: Model | str | Path | None = None,
) -> Corpus:
    """Extracts quotes from annotated articles and resolves their speakers across them.

    Args:
        docs: Pairs of an article identifier and its annotation.
        meta: What is known of each article (title, date, outlet, address), in the same order.
        comments: Keep the quotes of reader comments (marked ``section="comments"``); by
            default they are left out (:mod:`quotes.find.sections` says how comments are found).
        params: The confidence model (:mod:`quotes.confidence.scorer`): a model, a parameter file, or
            None for ``$QUOTES_MODEL_PARAMS`` or the one shipped.

    >>> from quotes.nlp.samples import sample_documents
    >>> corpus = extract_documents(sorted(sample_documents().items()))
    >>> sum(len(a.quotes) for a in corpus.articles), len(corpus.entities) > 20
    (58, True)
    """
    metas = list(meta) if meta is not None else [Metadata()] * len(docs)
    if len(metas) != len(docs):
        raise ValueError(f"meta has {len(metas)} items for {len(docs)} documents")
    # an over-long text is analysed in windows (quotes.find.windows); speakers merge across them
    results = [map_article(i, d, m, comments=comments) for (i, d), m in zip(docs, metas, strict=True)]
    return reduce_articles(results, params=params)


def _as_article_text(i: int, item: object) -> ArticleText:
    if isinstance(item, ArticleText):
        return item
    if isinstance(item, str):
        return ArticleText(id=f"<text {i}>", text=item)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], str):
        return ArticleText(id=item[0], text=item[1])
    if isinstance(item, bytes):
        raise InputError(f"article {i} is bytes; decode it first, e.g. data.decode('utf-8')")
    raise InputError(f"article {i}: expected a str, an (id, text) pair of str or an ArticleText, got {item!r:.60}")


def as_article_texts(texts: Iterable[str | tuple[str, str] | ArticleText]) -> Iterator[ArticleText]:
    """The articles as :class:`~quotes.model.ArticleText` records, read lazily; a bare text gets
    the identifier ``<text N>``.

    Raises:
        InputError: ``texts`` is one string, an item is not an article, or two share an identifier
            (raised on reaching the item).

    >>> [a.id for a in as_article_texts(["Hi.", ("b", "Ho.")])]
    ['<text 0>', 'b']
    """
    if isinstance(texts, (str, bytes)):
        raise InputError("extract_many takes a list of articles, not one string: use extract(text) for one")
    return _checked_article_texts(texts)


def _checked_article_texts(texts: Iterable[object]) -> Iterator[ArticleText]:
    ids: set[str] = set()
    for i, t in enumerate(texts):
        it = _as_article_text(i, t)
        if it.id in ids:
            raise InputError(f"two articles have the identifier {it.id!r}; identifiers must be unique")
        ids.add(it.id)
        yield it


def annotate_articles(
    annotator: Annotator, items: Sequence[ArticleText], errors: Callable[[QuotesError], None] | None
) -> list[tuple[ArticleText, Document]]:
    """Annotates the articles in one batch; if that fails, one by one, so one bad article loses only itself."""
    try:
        return list(zip(items, annotator.annotate([it.text for it in items]), strict=True))
    except AnnotationError as exc:
        if len(items) == 1:
            failed = AnnotationError(f"{items[0].id}: {exc}")
            if errors is None:
                raise failed from exc
            errors(failed)
            return []
    return [pair for it in items for pair in annotate_articles(annotator, [it], errors)]


def extract_many(
    texts: Iterable[str | tuple[str, str] | ArticleText],
    *,
    annotator: Annotator | None = None,
    comments: bool = False,
    errors: Callable[[QuotesError], None] | None = None,
    params: Model | str | Path | None = None,
) -> Corpus:
    """Extracts the quotes of many articles, annotating them in one batch.

    Args:
        texts: Article texts, pairs of (identifier, text), or :class:`~quotes.model.ArticleText`
            records (which carry the title, date and outlet on to the results).
        annotator: The NLP engine; the shared stanza annotator by default.
        comments: Keep the quotes of reader comments, marked ``section="comments"``.
        errors: Called with the :class:`~quotes.errors.AnnotationError` (naming the article)
            of each article the NLP engine fails on; that article is left out and the others
            still come out. Without it, the first such failure is raised.
        params: The confidence model (:mod:`quotes.confidence.scorer`): a model, a parameter file, or
            None for ``$QUOTES_MODEL_PARAMS`` or the one shipped.

    Returns:
        A :class:`~quotes.model.Corpus`: one article result per text (less any that failed),
        and the entities merged across articles (a speaker's quotes share one speaker id).

    Raises:
        InputError: ``texts`` is a single string, an item is not text, or two articles share
            an identifier.
        AnnotationError: The NLP engine failed on an article, and ``errors`` is None.

    >>> from quotes.nlp.samples import SampleAnnotator, sample_texts
    >>> texts = sample_texts()
    >>> a, c = texts["000_83790d43caefe69d.txt"], texts["003_0acc7b6221c8a9d4.txt"]
    >>> items = [("a", a), ("b", "not a sample"), ("c", c)]
    >>> failed = []
    >>> corpus = extract_many(items, annotator=SampleAnnotator(), errors=failed.append)
    >>> [a.doc for a in corpus.articles], str(failed[0])[:22]
    (['a', 'c'], 'b: not a sample text (')
    >>> kerry = {q.speaker.id for a in corpus.articles for q in a.quotes if q.speaker and "Kerry" in q.speaker.name}
    >>> kerry
    {'person:john-f-kerry'}
    """
    items = list(as_article_texts(texts))
    engine = annotator or default_annotator()
    done = annotate_articles(engine, items, errors)
    who = annotator_identity(engine)
    results = [map_article(it.id, doc, it.meta, comments=comments, annotator=who) for it, doc in done]
    return reduce_articles(results, params=params)


def annotator_identity(engine: object) -> str:
    """What an annotator says its annotations depend on (stanza's models and version; a cache's
    tag), or ``""`` for one that does not say."""
    return str(getattr(engine, "identity", "") or getattr(engine, "model_tag", "") or "")


def extract(
    text: str,
    *,
    annotator: Annotator | None = None,
    doc: str = "<text>",
    comments: bool = False,
    params: Model | str | Path | None = None,
) -> Article:
    """Extracts the quotes of one article.

    Args:
        text: The article.
        annotator: The NLP engine; the shared stanza annotator by default.
        doc: An identifier for the article, carried on the result.
        comments: Keep the quotes of reader comments, marked ``section="comments"``.
        params: The confidence model (:mod:`quotes.confidence.scorer`): a model, a parameter file, or
            None for ``$QUOTES_MODEL_PARAMS`` or the one shipped.

    Returns:
        The article's quotes with their speakers.

    Raises:
        InputError: ``text`` is not a string.

    >>> from quotes.nlp.samples import SampleAnnotator, sample_texts
    >>> art = extract(sample_texts()["001_2d8f0e6d9ea7d7e3.txt"], annotator=SampleAnnotator())
    >>> q = next(q for q in art.quotes if q.text.startswith("Let's hope"))
    >>> q.kind, q.speaker.name, q.cue.text
    ('direct', 'Karzai', 'told')
    """
    if not isinstance(text, str):
        hint = "; decode it first, e.g. data.decode('utf-8')" if isinstance(text, bytes) else ""
        raise InputError(f"extract takes the article's text as a str, got {type(text).__name__}{hint}")
    return extract_many([(doc, text)], annotator=annotator, comments=comments, params=params).articles[0]
