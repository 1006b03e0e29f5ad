"""Corpus runs, in one go: words/s on 1 and N (= cores) local Dask workers, the driver's memory over a
filled cache (84 and 840 articles), and the reduce of 1,000,000 person mentions.

    python benchmarks/bench_corpus.py --cache DIR [--texts DIR] [--speed-articles 16] [--mentions 1000000]

``--cache`` must hold the annotations of the articles of ``--texts`` (fill it once with
``quotes extract TEXTS --cache DIR``); the speed runs annotate without it. Needs the stanza
models (``$QUOTES_STANZA_DIR``) and the ``dask`` extra.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# (VmHWM, not ru_maxrss: Linux carries a parent's peak over into the ru_maxrss of its child)
_RSS = (
    "import sys\n"
    "from quotes.cli.commands import main\n"
    "rc = main(sys.argv[1:])\n"
    "hwm = next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM:'))\n"
    "print('peak_rss_kib', hwm, file=sys.stderr)\n"
    "sys.exit(rc)\n"
)


def _speed(paths: list[Path], jobs: int | None, threads: int | None = None) -> tuple[float, int, float]:
    """(seconds, words, seconds to start) of the map over ``paths``: here (None) or on ``jobs``
    workers with ``threads`` torch threads each (default: an even share of the cores)."""
    from quotes.corpus.batch import default_threads, process_annotator
    from quotes.corpus.cluster import PLUGIN_NAME, AnnotatorPlugin, local_client
    from quotes.corpus.mapping import AnnotatorSpec, map_articles

    items = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    words = 0

    def count(_articles: int, tokens: int) -> None:
        nonlocal words
        words += tokens

    t0 = time.perf_counter()
    if jobs is None:
        spec = AnnotatorSpec()
        process_annotator(spec)  # stanza loaded before the clock starts, as on a warm worker
        start = time.perf_counter() - t0
        t0 = time.perf_counter()
        n = len(list(map_articles(items, annotator=spec, batch_size=4, progress=count)))
        return time.perf_counter() - t0, words, start
    spec = AnnotatorSpec(threads=threads or default_threads(jobs))
    with local_client(jobs, spec.threads) as client:
        client.register_plugin(AnnotatorPlugin(spec), name=PLUGIN_NAME)  # each worker loads stanza
        start = time.perf_counter() - t0
        t0 = time.perf_counter()
        n = len(list(map_articles(items, annotator=spec, batch_size=4, client=client, progress=count)))
        secs = time.perf_counter() - t0
        client.cluster.close()
    assert n == len(items)
    return secs, words, start


def _driver_rss(paths: list[str], cache: str) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of ``quotes extract PATHS --cache CACHE`` in a fresh process."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        done = subprocess.run(
            [sys.executable, "-c", _RSS, "extract", *paths, "--cache", cache, "--format", "jsonl", "-q"],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            check=True,
        )
    secs = time.perf_counter() - t0
    kib = next(int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("peak_rss_kib"))
    return secs, kib / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = Path(__file__).resolve().parent.parent
    ap.add_argument("--texts", default=str(here.parent / "shared" / "polnear" / "train" / "text"))
    ap.add_argument("--cache", default=os.environ.get("QUOTES_CACHE"), help="a filled annotation cache of --texts")
    ap.add_argument("--speed-articles", type=int, default=16)
    ap.add_argument("--mentions", type=int, default=1_000_000)
    args = ap.parse_args(argv)
    if not args.cache:
        ap.error("--cache DIR (or $QUOTES_CACHE) is needed: a cache filled by quotes extract TEXTS --cache DIR")
    paths = sorted(Path(args.texts).glob("*.txt"))
    print(f"# python benchmarks/bench_corpus.py   ({os.cpu_count()} cores)")

    print(f"\n## the map, stanza included, on the same {args.speed_articles} articles (no cache)")
    print("engine                                  words   seconds   words/s   start-up (stanza loaded)")
    cores = os.cpu_count() or 1
    engines = [
        ("in-process, torch's default threads", None, None),
        ("1 local worker, 1 torch thread", 1, 1),
        (f"1 local worker, {cores} torch threads", 1, cores),
        (f"{cores} local workers, 1 torch thread each", cores, 1),
    ]
    for label, jobs, threads in engines:
        secs, words, start = _speed(paths[: args.speed_articles], jobs, threads)
        print(f"{label:<36} {words:>9} {secs:9.1f} {words / secs:9.0f}   {start:.1f} s")

    print("\n## the driver over a filled cache: quotes extract ... --cache DIR (fresh process each)")
    print("articles   seconds   peak RSS")
    for n in (84, len(paths)):
        secs, mib = _driver_rss([str(p) for p in paths[:n]], args.cache)
        print(f"{n:>8} {secs:9.1f} {mib:7.0f} MiB")

    print(f"\n## the reduce: {args.mentions} person mentions (benchmarks/bench_reduce.py)")
    sys.stdout.flush()
    subprocess.run([sys.executable, str(here / "benchmarks" / "bench_reduce.py"), "--mentions", str(args.mentions)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
