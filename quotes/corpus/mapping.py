"""Corpus runs: the per-article map over many articles, here or on Dask workers, then the reduce.

The map (annotate an article, find and attribute its quotes, resolve its speakers within it)
makes one small, picklable :class:`~quotes.corpus.pipeline.ArticleResult` per article; the reduce
(:func:`~quotes.corpus.pipeline.reduce_articles`) merges the speakers of all of them. :func:`map_articles`
runs the map lazily, a batch of articles at a time, in this process or on the workers of a
``dask.distributed`` cluster (``client=`` or ``jobs=``, the ``dask`` extra), and yields the results
in input order whatever the engine; :func:`run` adds the reduce.

>>> from quotes.nlp.samples import SampleAnnotator, sample_texts
>>> items = sorted(sample_texts().items())
>>> corpus = run(items, annotator=AnnotatorSpec(factory=SampleAnnotator))
>>> [a.doc[:3] for a in corpus.articles], sum(len(a.quotes) for a in corpus.articles)
(['000', '001', '002', '003', '004'], 58)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from quotes.corpus.batch import (
    DEFAULT_BATCH_SIZE,
    AnnotatorSpec,
    BatchResult,
    Progress,
    batches,
    deliver,
    map_batch,
    process_annotator,
    set_torch_threads,
)
from quotes.corpus.pipeline import ArticleResult, as_article_texts, reduce_articles
from quotes.errors import QuotesError
from quotes.model import ArticleText, Corpus
from quotes.nlp.annotator import Annotator


def map_articles(
    articles: Iterable[str | tuple[str, str] | ArticleText],
    *,
    annotator: Annotator | AnnotatorSpec | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    comments: bool = False,
    errors: Callable[[QuotesError], None] | None = None,
    client: Any = None,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> Iterator[ArticleResult]:
    """The map over a corpus: each article's :class:`~quotes.corpus.pipeline.ArticleResult`, in input order.

    Articles are read lazily and annotated ``batch_size`` at a time; only the small per-article
    results are kept, never the annotations of the corpus.

    Args:
        articles: Texts, (identifier, text) pairs or :class:`~quotes.model.ArticleText` records,
            e.g. :func:`quotes.read_articles`.
        annotator: An annotator, or an :class:`AnnotatorSpec` that each process builds its own
            from (the only kind a Dask worker can use); default: stanza, built once per process.
        batch_size: Articles annotated together (and sent to a worker together).
        comments: Keep the quotes of reader comments.
        errors: Called with the error of each article that fails to annotate (the others still
            come out); without it the first such error is raised.
        client: A ``dask.distributed.Client``: the map runs on its workers.
        jobs: Run the map on this many local worker processes (a Dask ``LocalCluster``, closed
            at the end); 1 or None runs it here.
        progress: Called after each batch with its number of articles and words.

    Raises:
        InputError: An item is not an article, or Dask is needed and missing.
        AnnotationError: An article failed to annotate and ``errors`` is None.
    """
    spec = annotator if annotator is not None else AnnotatorSpec()
    items = as_article_texts(articles)
    if client is None and (jobs is None or jobs <= 1):
        return _map_here(items, spec, batch_size, comments, errors, progress)
    from quotes.corpus.cluster import map_on_dask

    if not isinstance(spec, AnnotatorSpec):
        raise TypeError("on Dask workers the annotator must be an AnnotatorSpec (a recipe each worker builds)")
    return map_on_dask(items, spec, batch_size, comments, errors, progress, client=client, jobs=jobs)


def _map_here(
    items: Iterator[ArticleText],
    spec: Annotator | AnnotatorSpec,
    batch_size: int,
    comments: bool,
    errors: Callable[[QuotesError], None] | None,
    progress: Progress | None,
) -> Iterator[ArticleResult]:
    for batch in batches(items, batch_size):
        out = map_batch(batch, spec, comments)
        yield from deliver(out, errors, progress, len(batch))


def run(articles: Iterable[str | tuple[str, str] | ArticleText], *, params: Any = None, **options: Any) -> Corpus:
    """The whole job over a corpus: :func:`map_articles` (same arguments), then the reduce that
    merges the speakers across articles (``params``: the confidence model, as
    :func:`~quotes.corpus.pipeline.reduce_articles` takes it). The result equals
    :func:`quotes.extract_many`'s, whatever the engine.

    >>> from quotes.nlp.samples import SampleAnnotator, sample_texts
    >>> corpus = run(sample_texts().items(), annotator=AnnotatorSpec(factory=SampleAnnotator), batch_size=2)
    >>> kerry = next(e for e in corpus.entities if e.name == "John F Kerry")
    >>> sorted({a.doc[:3] for a in corpus.articles for q in a.quotes if q.speaker and q.speaker.id == kerry.id})
    ['000', '001', '003', '004']
    """
    return reduce_articles(list(map_articles(articles, **options)), params=params)


__all__ = [
    "DEFAULT_BATCH_SIZE",
    "AnnotatorSpec",
    "BatchResult",
    "batches",
    "map_articles",
    "map_batch",
    "process_annotator",
    "run",
    "set_torch_threads",
]
