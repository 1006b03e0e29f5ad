"""Corpus runs: the per-article map over many articles, here or on Dask workers, then the reduce.

The map (annotate an article, find and attribute its quotes, resolve its speakers within it)
makes one small, picklable :class:`~quotes.pipeline.ArticleResult` per article; the reduce
(:func:`~quotes.pipeline.reduce_articles`) merges the speakers of all of them. :func:`map_articles`
runs the map lazily, a batch of articles at a time, in this process or on the workers of a
``dask.distributed`` cluster (``client=`` or ``jobs=``, the ``dask`` extra), and yields the results
in input order whatever the engine; :func:`run` adds the reduce.

>>> from quotes.samples import SampleAnnotator, sample_texts
>>> items = sorted(sample_texts().items())
>>> corpus = run(items, annotator=AnnotatorSpec(factory=SampleAnnotator))
>>> [a.doc[:3] for a in corpus.articles], sum(len(a.quotes) for a in corpus.articles)
(['000', '001', '002', '003', '004'], 58)
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from quotes.errors import QuotesError
from quotes.model import ArticleText, Corpus
from quotes.nlp import Annotator, default_annotator
from quotes.pipeline import ArticleResult, annotate_articles, as_article_texts, map_article, reduce_articles

DEFAULT_BATCH_SIZE = 32
"""Articles annotated together: large enough for stanza to batch well, small enough for flat memory."""

DASK_HINT = "running on several processes or a cluster needs Dask: pip install 'quotes[dask]'"

Progress = Callable[[int, int], None]
"""Called after each batch with the number of articles and of words (tokens) it held."""


@attrs.frozen
class AnnotatorSpec:
    """How to make the annotator: a picklable recipe, so that each Dask worker builds its own once.

    Args:
        model_dir: Stanza resources folder (default ``$QUOTES_STANZA_DIR``, else stanza's own).
        cache: Annotation cache folder (:class:`~quotes.nlp.cache.CachedAnnotator`), shared by
            every worker that can reach it; None for none.
        threads: Torch threads for the annotator; None leaves torch's default in this process and,
            on a Dask worker, gives it the worker's thread count (its share of the cores).
        factory: A picklable callable that returns the annotator, instead of stanza's (a class of
            your own, or :class:`~quotes.samples.SampleAnnotator`).

    >>> AnnotatorSpec(cache="/tmp/c").cache
    '/tmp/c'
    """

    model_dir: str | None = None
    cache: str | None = None
    threads: int | None = None
    factory: Callable[[], Annotator] | None = None

    def build(self) -> Annotator:
        """A new annotator made by this recipe (stanza loads here, unless already loaded in this process)."""
        if self.threads is not None:
            set_torch_threads(self.threads)
        inner = self.factory() if self.factory is not None else default_annotator(model_dir=self.model_dir)
        if self.cache:
            from quotes.nlp.cache import CachedAnnotator

            return CachedAnnotator(inner, self.cache)
        return inner


_torch_threads: int | None = None


def set_torch_threads(n: int | None) -> None:
    """Gives torch ``n`` threads in this process (several processes that each take every core run
    slower than one); :func:`map_batch` applies it again in the thread it runs in, since OpenMP
    keeps the setting per thread (a Dask worker runs tasks in threads of its own, started with
    ``OMP_NUM_THREADS=1``). None keeps torch's default."""
    global _torch_threads
    if n is not None:
        _torch_threads = max(1, n)
    _apply_torch_threads()


def _apply_torch_threads() -> None:
    if _torch_threads is None:
        return
    try:
        import torch
    except ImportError:  # an annotator of one's own need not use torch
        return
    if torch.get_num_threads() != _torch_threads:
        torch.set_num_threads(_torch_threads)


_annotators: dict[AnnotatorSpec, Annotator] = {}
_annotators_lock = threading.Lock()


def process_annotator(spec: AnnotatorSpec) -> Annotator:
    """The annotator of ``spec`` for this process: built on first use, then reused (one stanza a worker)."""
    with _annotators_lock:
        found = _annotators.get(spec)
        if found is None:
            found = _annotators[spec] = spec.build()
        return found


@attrs.frozen
class BatchResult:
    """What the map returns for one batch of articles."""

    results: tuple[ArticleResult, ...]
    errors: tuple[QuotesError, ...]
    """One per article of the batch that failed to annotate, naming it."""
    words: int


_annotate_lock = threading.Lock()


def map_batch(
    batch: Sequence[ArticleText], annotator: Annotator | AnnotatorSpec, comments: bool = False
) -> BatchResult:
    """The map over one batch: annotate the articles together (one by one where that fails), then
    analyse each. ``annotator`` may be a recipe, built once per process (on a Dask worker: once)."""
    errors: list[QuotesError] = []
    engine = process_annotator(annotator) if isinstance(annotator, AnnotatorSpec) else annotator
    # a worker with several threads annotates one batch at a time, with all of torch's threads
    with _annotate_lock:
        _apply_torch_threads()
        done = annotate_articles(engine, batch, errors.append)
    results = tuple(map_article(it.id, doc, it.meta, comments=comments) for it, doc in done)
    return BatchResult(results, tuple(errors), sum(len(doc.tokens) for _, doc in done))


def batches(items: Iterable[ArticleText], size: int) -> Iterator[list[ArticleText]]:
    """The items in lists of ``size`` (the last one shorter), read lazily.

    >>> [len(b) for b in batches(iter("abcde"), 2)]
    [2, 2, 1]
    """
    batch: list[ArticleText] = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


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
    """The map over a corpus: each article's :class:`~quotes.pipeline.ArticleResult`, in input order.

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
    from quotes.cluster import map_on_dask

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


def deliver(
    out: BatchResult, errors: Callable[[QuotesError], None] | None, progress: Progress | None, size: int
) -> Iterator[ArticleResult]:
    """Reports a batch's errors and progress and yields its results (the driver's side of the map)."""
    for exc in out.errors:
        if errors is None:
            raise exc
        errors(exc)
    yield from out.results
    if progress is not None:
        progress(size, out.words)


def run(articles: Iterable[str | tuple[str, str] | ArticleText], *, params: Any = None, **options: Any) -> Corpus:
    """The whole job over a corpus: :func:`map_articles` (same arguments), then the reduce that
    merges the speakers across articles (``params``: the confidence model, as
    :func:`~quotes.pipeline.reduce_articles` takes it). The result equals
    :func:`quotes.extract_many`'s, whatever the engine.

    >>> from quotes.samples import SampleAnnotator, sample_texts
    >>> corpus = run(sample_texts().items(), annotator=AnnotatorSpec(factory=SampleAnnotator), batch_size=2)
    >>> kerry = next(e for e in corpus.entities if e.name == "John F Kerry")
    >>> sorted({a.doc[:3] for a in corpus.articles for q in a.quotes if q.speaker and q.speaker.id == kerry.id})
    ['000', '001', '003', '004']
    """
    return reduce_articles(list(map_articles(articles, **options)), params=params)


def default_threads(jobs: int) -> int:
    """Torch threads for each of ``jobs`` local workers: an even share of this machine's cores."""
    return max(1, (os.cpu_count() or 1) // max(1, jobs))


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
