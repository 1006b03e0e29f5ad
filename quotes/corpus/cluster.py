"""The map on ``dask.distributed`` workers (the ``dask`` extra): local processes or a cluster.

The driver reads the articles lazily and sends them to the workers a batch at a time, keeping a
few batches per worker thread in flight (so its memory stays flat however long the corpus);
each worker builds its annotator once, from the :class:`~quotes.corpus.batch.AnnotatorSpec` (a worker
plugin does it as the worker starts, with torch set to the worker's share of the cores), and
returns the batch's small :class:`~quotes.corpus.pipeline.ArticleResult` records. Results come back
in input order. A worker that dies loses nothing: the scheduler runs its batches again on
another worker (the map is pure). A batch whose workers die is tried again article by article; an
article that still kills them is reported by name, and the run goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from quotes.corpus.batch import (
    DASK_HINT,
    AnnotatorSpec,
    BatchResult,
    Progress,
    batches,
    default_threads,
    deliver,
    map_batch,
)
from quotes.corpus.pipeline import ArticleResult
from quotes.errors import AnnotationError, InputError, QuotesError
from quotes.model import ArticleText

try:
    import dask
    from distributed import Client, LocalCluster, WorkerPlugin
    from distributed.scheduler import KilledWorker
except ImportError as exc:  # pragma: no cover - the dask extra is not installed
    raise InputError(DASK_HINT) from exc

PLUGIN_NAME = "quotes-annotator"


class AnnotatorPlugin(WorkerPlugin):  # type: ignore[misc,unused-ignore]
    """Loads the annotator on each worker as it starts (and on any that joins or restarts later).

    Torch gets ``spec.threads`` threads, else as many as the worker has (``--nthreads``).
    """

    def __init__(self, spec: AnnotatorSpec) -> None:
        self.spec = spec

    async def setup(self, worker: Any) -> None:
        """Builds the worker's annotator (stanza loads here, once per worker process), in the
        thread pool that runs the worker's tasks: a model loaded in the worker's event-loop
        thread ran 40% slower in the task threads (measured)."""
        from quotes.corpus.batch import process_annotator, set_torch_threads

        set_torch_threads(self.spec.threads or int(worker.state.nthreads))
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(worker.executors["default"], process_annotator, self.spec)


def local_client(jobs: int, threads: int | None = None) -> Any:
    """A client of a new cluster of ``jobs`` local worker processes, one task at a time each, with
    ``threads`` threads for torch (default: an even share of the cores).

    Dask starts its workers with ``MALLOC_TRIM_THRESHOLD_=65536`` (memory goes back to the system
    at once) and one OpenMP thread; stanza then runs 15-25% slower (measured), so these workers
    get the C library's default and their share of the cores instead.
    """
    n = str(threads or default_threads(jobs))
    environ = {"OMP_NUM_THREADS": n, "MKL_NUM_THREADS": n, "OPENBLAS_NUM_THREADS": n}
    saved = dict(os.environ)
    try:
        with dask.config.set({"distributed.nanny.pre-spawn-environ": environ}):
            cluster = LocalCluster(  # type: ignore[no-untyped-call,unused-ignore]
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
            )
    finally:  # (the nanny writes its settings into this process's environment too)
        os.environ.clear()
        os.environ.update(saved)
    return Client(cluster)  # type: ignore[no-untyped-call,unused-ignore]


def map_on_dask(
    items: Iterator[ArticleText],
    spec: AnnotatorSpec,
    batch_size: int,
    comments: bool,
    errors: Callable[[QuotesError], None] | None,
    progress: Progress | None,
    *,
    client: Any = None,
    jobs: int | None = None,
) -> Iterator[ArticleResult]:
    """:func:`quotes.corpus.mapping.map_articles` on Dask: ``client``'s workers, else ``jobs`` local ones."""
    with contextlib.ExitStack() as stack:
        if client is None:
            assert jobs is not None
            if spec.threads is None:
                spec = attrs.evolve(spec, threads=default_threads(jobs))
            client = stack.enter_context(local_client(jobs, spec.threads))
            stack.callback(client.cluster.close)
        client.register_plugin(AnnotatorPlugin(spec), name=PLUGIN_NAME)
        window = 2 * max(1, sum(client.nthreads().values()))
        pending: deque[tuple[list[ArticleText], Any]] = deque()

        def submit(batch: list[ArticleText]) -> Any:
            return client.submit(map_batch, batch, spec, comments, pure=False)

        for batch in batches(items, batch_size):
            pending.append((batch, submit(batch)))
            if len(pending) >= window:
                yield from _collect(*pending.popleft(), submit, errors, progress)
        while pending:
            yield from _collect(*pending.popleft(), submit, errors, progress)


def _collect(
    batch: list[ArticleText],
    future: Any,
    submit: Callable[[list[ArticleText]], Any],
    errors: Callable[[QuotesError], None] | None,
    progress: Progress | None,
    tries: int = 2,
) -> Iterator[ArticleResult]:
    """A batch's results, in order. A batch whose workers died is tried again article by article
    (a worker that dies takes the batches it was holding down with it, innocent ones too), and an
    article that still kills them is reported by name."""
    try:
        out: BatchResult = future.result()
    except KilledWorker as exc:
        if tries > 0:
            parts = [[it] for it in batch]
            again = [(part, submit(part)) for part in parts]
            for part, f in again:
                yield from _collect(part, f, submit, errors, progress, tries - 1)
            return
        names = ", ".join(it.id for it in batch)
        out = BatchResult((), (AnnotationError(f"{names}: the worker died on this article ({exc})"),), 0)
    finally:
        future.release()
    yield from deliver(out, errors, progress, len(batch))


__all__ = ["PLUGIN_NAME", "AnnotatorPlugin", "local_client", "map_on_dask"]
