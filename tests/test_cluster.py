"""The map on Dask workers: the same output as in-process, and nothing lost when a worker dies."""

from __future__ import annotations

import json
import os
import signal
import threading
import time

import pytest

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed: pip install 'quotes[dask]'")

from conftest import ROOT, SEEDS, model_dir_or_skip  # noqa: E402
from workers import CrashingSamples, SlowSamples  # noqa: E402

from quotes.corpus.mapping import AnnotatorSpec, map_articles, run  # noqa: E402
from quotes.corpus.pipeline import reduce_articles  # noqa: E402
from quotes.digests.serialize import entity_to_dict, quote_to_dict  # noqa: E402
from quotes.errors import AnnotationError  # noqa: E402
from quotes.nlp.samples import SampleAnnotator, sample_texts  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "polnear" / "train" / "text"


def _dump(corpus) -> list[str]:
    quotes = [json.dumps(quote_to_dict(q, a.doc), sort_keys=True) for a in corpus.articles for q in a.quotes]
    return quotes + [json.dumps(entity_to_dict(e), sort_keys=True) for e in corpus.entities]


@pytest.fixture(scope="module")
def cluster():
    """Two local worker processes, one thread each (the shape --jobs 2 makes)."""
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c,
        distributed.Client(c) as client,
    ):
        yield client


@pytest.mark.stanza
@pytest.mark.skipif(
    not POLNEAR.is_dir(),
    reason="../shared/polnear is not beside the checkout (three of its articles join the seeds here)",
)
def test_two_workers_give_what_one_process_gives(tmp_path):
    models = str(model_dir_or_skip())
    items = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    polnear = sorted(POLNEAR.glob("*.txt"))[:3]
    items += [(p.name, p.read_text(encoding="utf-8")) for p in polnear]
    assert len(items) == 8
    spec = AnnotatorSpec(model_dir=models, cache=str(tmp_path / "cache"))
    here = run(items, annotator=AnnotatorSpec(model_dir=models), batch_size=3)
    there = run(items, annotator=spec, batch_size=2, jobs=2)
    assert [a.doc for a in there.articles] == [name for name, _ in items]  # input order
    assert _dump(there) == _dump(here)
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 8  # the workers filled the shared cache


def test_a_worker_killed_mid_run_loses_nothing(cluster):
    items = sorted(sample_texts().items())
    expected = _dump(run(items, annotator=AnnotatorSpec(factory=SampleAnnotator)))
    pids = cluster.run(os.getpid)
    killed = []

    def kill_a_busy_worker():
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not killed:
            busy = [w for w, tasks in cluster.processing().items() if tasks]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(busy[0])
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    results = list(map_articles(items, annotator=AnnotatorSpec(factory=SlowSamples), batch_size=1, client=cluster))
    killer.join()
    assert killed, "no worker was busy to kill"
    assert _dump(reduce_articles(results)) == expected
    cluster.wait_for_workers(2, timeout=60)  # the nanny restarted it
    assert set(cluster.run(os.getpid).values()) != set(pids.values())


def _allow_failures(n, dask_scheduler=None):
    before, dask_scheduler.allowed_failures = dask_scheduler.allowed_failures, n
    return before


def test_a_batch_that_kills_every_worker_is_reported_and_the_rest_come_out(cluster):
    texts = sorted(sample_texts().items())
    items = [texts[0], ("bad.txt", "CRASH"), texts[1], texts[2]]
    seen = []
    # (retried once, not three times: each try costs a worker restart)
    before = cluster.run_on_scheduler(_allow_failures, 1)
    try:
        spec = AnnotatorSpec(factory=CrashingSamples)
        results = list(map_articles(items, annotator=spec, batch_size=1, client=cluster, errors=seen.append))
    finally:
        cluster.run_on_scheduler(_allow_failures, before)
    assert [r.doc for r in results] == [texts[0][0], texts[1][0], texts[2][0]]  # its batch-mate too
    assert len(seen) == 1 and isinstance(seen[0], AnnotationError)
    assert str(seen[0]).startswith("bad.txt: the worker died on this article")


def test_failed_annotations_on_a_worker_are_reported_by_name(cluster):
    texts = sorted(sample_texts().items())
    seen = []
    items = [texts[0], ("nope.txt", "not a sample"), texts[2]]
    spec = AnnotatorSpec(factory=SampleAnnotator)
    results = list(map_articles(items, annotator=spec, batch_size=2, client=cluster, errors=seen.append))
    assert [r.doc for r in results] == [texts[0][0], texts[2][0]]
    assert [str(e).split(":")[0] for e in seen] == ["nope.txt"]


def test_a_plain_annotator_cannot_go_to_workers(cluster):
    with pytest.raises(TypeError, match="AnnotatorSpec"):
        list(map_articles(sorted(sample_texts().items()), annotator=SampleAnnotator(), client=cluster))
