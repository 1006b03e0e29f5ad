"""What the digest costs next to stanza: building and rendering it against annotating the articles.

    python benchmarks/bench_digest.py --cache DIR [--sample 10] [FILE ...]   (default: seeds/*.txt)
    python benchmarks/bench_digest.py --cache ~/polnear-cache ../shared/polnear/train/text/*.txt

The annotations come from the cache folder (``quotes.nlp.cache``); articles not yet in it are
annotated now and stored, and that time is stanza's. Stanza's speed is also measured afresh on
``--sample`` articles (annotated again, not read from the cache), and its time for the whole
corpus is estimated at that speed: that is the base the digest is compared with. Then it times
our stages (``extract_documents``: quotes, attribution, coreference, aliases) and the digest
(``quotes.digest`` build, then Markdown, HTML with the articles, and JSON), best of
``--repeat`` runs, and prints each as a share of stanza's time. Uses $QUOTES_STANZA_DIR.
"""

from __future__ import annotations

import argparse
import glob
import sys
import time
from pathlib import Path


def _best(fn, repeat: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--cache", required=True, help="annotation cache folder (filled for articles not in it)")
    ap.add_argument("--sample", type=int, default=10, help="articles annotated afresh to measure stanza's speed")
    ap.add_argument("--repeat", type=int, default=3, help="runs of our stages and of the digest (best reported)")
    args = ap.parse_args(argv)
    files = args.files or sorted(glob.glob(str(Path(__file__).resolve().parent.parent / "seeds" / "*.txt")))
    texts = [(f, Path(f).read_text(encoding="utf-8")) for f in files]

    import quotes
    from quotes.corpus.pipeline import extract_documents
    from quotes.nlp.annotator import default_annotator
    from quotes.nlp.cache import CachedAnnotator

    stanza = default_annotator(download=False)
    cache = CachedAnnotator(stanza, args.cache)
    missing = [t for _, t in texts if cache.cached(t) is None]
    t0 = time.perf_counter()
    cache.annotate(missing)
    fill_s = time.perf_counter() - t0
    docs = cache.annotate([t for _, t in texts])
    words = sum(len(d.tokens) for d in docs)

    sample = [t for _, t in texts[: max(1, args.sample)]]
    stanza.annotate(sample[:1])  # warm up
    t0 = time.perf_counter()
    sample_words = sum(len(d.tokens) for d in stanza.annotate(sample))
    rate = sample_words / (time.perf_counter() - t0)
    stanza_s = words / rate

    pairs = [(f, d) for (f, _), d in zip(texts, docs, strict=True)]
    ours_s, corpus = _best(lambda: extract_documents(pairs), args.repeat)
    build_s, digest = _best(lambda: quotes.digest(corpus), args.repeat)
    md_s, md = _best(lambda: digest.to_markdown(), args.repeat)
    html_s, html = _best(lambda: digest.to_html(), args.repeat)
    json_s, js = _best(lambda: digest.to_json(), args.repeat)
    digest_s = build_s + md_s + html_s + json_s

    n_quotes = sum(len(a.quotes) for a in corpus.articles)
    print(f"articles {len(texts)}, words {words}, quotes {n_quotes}, digest speakers {len(digest.speakers)}")
    if missing:
        print(f"annotated now     {len(missing):5d} articles in {fill_s:8.2f} s")
    print(f"stanza            {rate:10.0f} words/s on {len(sample)} articles -> {stanza_s:9.2f} s for all")
    print(f"our stages        {ours_s:8.3f} s  {100 * ours_s / stanza_s:6.2f}% of stanza")
    print(f"digest build      {build_s:8.3f} s  {100 * build_s / stanza_s:6.2f}% of stanza")
    for name, secs, page in (("markdown", md_s, md), ("html", html_s, html), ("json", json_s, js)):
        size = len(str(page).encode("utf-8")) / 2**20
        print(f"render {name:10s} {secs:8.3f} s  {100 * secs / stanza_s:6.2f}% of stanza  ({size:.1f} MiB)")
    print(f"digest in all     {digest_s:8.3f} s  {100 * digest_s / stanza_s:6.2f}% of stanza (target: under 2%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
