"""Speed and memory of quotes, stanza annotation and our own stages measured apart.

    python benchmarks/bench.py [FILE ...]        (default: seeds/*.txt)
    python benchmarks/bench.py --repeat 5 ../shared/polnear/train/text/*.txt

Prints words, seconds and words per second for (1) stanza annotation and (2) our stages
(quote finding, attribution, coreference, alias resolution), with the peak memory of each:
the process's peak resident size after annotation (stanza and torch dominate it) and the
peak Python allocation of our stages (tracemalloc). Uses $QUOTES_STANZA_DIR for the models.
"""

from __future__ import annotations

import argparse
import glob
import resource
import sys
import time
import tracemalloc
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=3, help="runs of our stages (the best is reported)")
    args = ap.parse_args(argv)
    files = args.files or sorted(glob.glob(str(Path(__file__).resolve().parent.parent / "seeds" / "*.txt")))
    texts = [(f, Path(f).read_text(encoding="utf-8")) for f in files]

    from quotes.corpus.pipeline import extract_documents
    from quotes.nlp.annotator import default_annotator

    t0 = time.perf_counter()
    annotator = default_annotator(download=False)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = annotator.annotate([t for _, t in texts])
    annotate_s = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = sum(len(d.tokens) for d in docs)
    pairs = [(f, d) for (f, _), d in zip(texts, docs, strict=True)]

    best = float("inf")
    peak = 0
    for _ in range(max(1, args.repeat)):
        tracemalloc.start()
        t0 = time.perf_counter()
        corpus = extract_documents(pairs)
        best = min(best, time.perf_counter() - t0)
        peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    n_quotes = sum(len(a.quotes) for a in corpus.articles)

    print(f"articles {len(texts)}, words {words}, quotes {n_quotes}, entities {len(corpus.entities)}")
    print(f"model load        {load_s:8.2f} s")
    print(f"stanza annotation {annotate_s:8.2f} s  {words / annotate_s:10.0f} words/s   peak RSS {rss_mb:7.0f} MiB")
    print(f"our stages        {best:8.2f} s  {words / best:10.0f} words/s   peak Python alloc {peak / 2**20:7.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
