"""One batch of the map: the annotator's recipe, the per-process annotator and torch threads, and
the map over a batch of articles, shared by the map here (:mod:`quotes.corpus.mapping`) and on Dask
workers (:mod:`quotes.corpus.cluster`)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from quotes.corpus.pipeline import ArticleResult, annotate_articles, annotator_identity, map_article
from quotes.errors import QuotesError
from quotes.model import ArticleText
from quotes.nlp.annotator import Annotator, default_annotator

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
            your own, or :class:`~quotes.nlp.samples.SampleAnnotator`).

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
    who = annotator_identity(engine)
    results = tuple(map_article(it.id, doc, it.meta, comments=comments, annotator=who) for it, doc in done)
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


def default_threads(jobs: int) -> int:
    """Torch threads for each of ``jobs`` local workers: an even share of this machine's cores."""
    return max(1, (os.cpu_count() or 1) // max(1, jobs))


__all__ = [
    "DASK_HINT",
    "DEFAULT_BATCH_SIZE",
    "AnnotatorSpec",
    "BatchResult",
    "Progress",
    "batches",
    "default_threads",
    "deliver",
    "map_batch",
    "process_annotator",
    "set_torch_threads",
]
