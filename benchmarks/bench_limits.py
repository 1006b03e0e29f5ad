"""Awkward inputs against news: words per second and peak memory, each in a fresh process.

    python benchmarks/bench_limits.py [--article-bytes 2000000] [--line-words 5000]

Runs four cases, each in its own process so that peak memory is the case's own:
``news`` (the seed articles), ``line`` (one line of ``--line-words`` words with no full stop),
``big`` (one article of ``--article-bytes`` bytes made of PolNeAR articles, or the seeds
repeated), and reports stanza's annotation and our stages apart. Uses $QUOTES_STANZA_DIR.
"""

from __future__ import annotations

import argparse
import glob
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CASE = r"""
import json, random, resource, sys, time
from pathlib import Path
case, n = sys.argv[1], int(sys.argv[2])
files = sys.argv[3:]
if case == "news":
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
elif case == "line":
    rnd = random.Random(5)
    words = "the minister said that talks with officials would continue and Kerry told reporters results matter".split()
    texts = [" ".join(rnd.choice(words) for _ in range(n))]
else:
    parts, size = [], 0
    while size < n:
        for f in files:
            t = Path(f).read_text(encoding="utf-8")
            parts.append(t)
            size += len(t.encode()) + 2
            if size >= n:
                break
    texts = ["\n\n".join(parts)]
from quotes.nlp.annotator import default_annotator
from quotes.corpus.pipeline import extract_documents
ann = default_annotator(download=False)
ann.annotate(["Warm up, he said."])
t0 = time.perf_counter()
docs = ann.annotate(texts)
t1 = time.perf_counter()
corpus = extract_documents([(str(i), d) for i, d in enumerate(docs)])
t2 = time.perf_counter()
words = sum(len(d.tokens) for d in docs)
print(json.dumps({"case": case, "bytes": sum(len(t.encode()) for t in texts), "words": words,
                  "stanza_s": t1 - t0, "ours_s": t2 - t1, "quotes": sum(len(a.quotes) for a in corpus.articles),
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--article-bytes", type=int, default=2_000_000)
    ap.add_argument("--line-words", type=int, default=5000)
    ap.add_argument("--cases", default="news,line,big")
    args = ap.parse_args(argv)
    seeds = sorted(glob.glob(str(ROOT / "seeds" / "*.txt")))
    polnear = sorted(glob.glob(str(ROOT.parent / "shared" / "polnear" / "train" / "text" / "*.txt")))
    inputs = {"news": (0, seeds), "line": (args.line_words, []), "big": (args.article_bytes, polnear or seeds)}
    head = ("case", "bytes", "words", "stanza w/s", "ours w/s", "quotes", "peak MiB")
    print("{:6s} {:>9s} {:>8s} {:>10s} {:>9s} {:>6s} {:>8s}".format(*head))
    for case in args.cases.split(","):
        n, files = inputs[case]
        run = subprocess.run([sys.executable, "-c", _CASE, case, str(n), *files], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{case}: failed\n{run.stderr[-2000:]}", file=sys.stderr)
            return 1
        r = json.loads(run.stdout.splitlines()[-1])
        print(
            f"{case:6s} {r['bytes']:9d} {r['words']:8d} {r['words'] / r['stanza_s']:10.0f} "
            f"{r['words'] / r['ours_s']:9.0f} {r['quotes']:6d} {r['peak_mib']:8.0f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
