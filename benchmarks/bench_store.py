"""The quote store: incremental ingest, and queries on a store of a million quotes.

    python benchmarks/bench_store.py polnear CACHE TEXT_DIR [--new 84]
    python benchmarks/bench_store.py synthetic [--quotes 1000000] [--db PATH]

``polnear``: ingests the articles of TEXT_DIR (PolNeAR train) from the annotation cache
(``tools/annotate_cache.py``) into an empty store, all but the last ``--new`` of them, then
those ``--new`` in a second run, then all of them again (nothing to do); prints the seconds of
each run, the speakers' re-resolution, and the store's size.

``synthetic``: writes a store of ``--quotes`` quotes directly through the store's schema (no
annotation: quotes of 8 to 40 words drawn from the PolNeAR texts' vocabulary, one in 200
holding "drone strikes", 15 an article, speakers drawn from 20,000 entities by a Zipf law
(exponent 1.1: the most quoted has 15% of the quotes), dates over two years), then times a
full-text search with a speaker filter and one speaker's digest, for speakers of ranks 1000,
300, 100, 30, 10 and 1. ``--reuse`` queries a store written before.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any


def polnear(cache: str, text_dir: str, new: int, db: str) -> None:
    from quotes.corpus.batch import AnnotatorSpec
    from quotes.corpus.reader import read_articles
    from quotes.store import Store

    files = sorted(str(p) for p in Path(text_dir).glob("*.txt"))
    first, second = files[:-new], files[-new:]
    Path(db).unlink(missing_ok=True)
    spec = AnnotatorSpec(cache=cache)
    with Store(db) as store:
        for label, part in (("first", first), ("second", second), ("again, all", files)):
            t = time.perf_counter()
            report = store.ingest(read_articles(part), annotator=spec)
            took = time.perf_counter() - t
            print(
                f"{label}: {len(part)} articles in {took:.1f} s (added {report.added}, unchanged {report.unchanged}; "
                f"re-resolution {report.seconds_resolving:.1f} s)"
            )
        stats = store.stats()
    print(
        f"store: {stats['articles']} articles, {stats['quotes']} quotes, {stats['entities']} entities, "
        f"{stats['bytes'] / 1e6:.1f} MB, {stats['bytes_per_article'] / 1e3:.1f} kB an article"
    )


def synthetic(n_quotes: int, db: str, seed: int = 1, reuse: bool = False) -> None:
    from quotes.digests.serialize import quote_to_dict
    from quotes.model import Quote, Span
    from quotes.store import Store

    rnd = random.Random(seed)
    words: list[str] = []
    for p in sorted(Path("../shared/polnear/train/text").glob("*.txt"))[:200]:
        words += p.read_text(encoding="utf-8").split()
    words = [w.strip('.,;:"“”') for w in words if w.isascii()] or ["word"]
    n_entities = 20000
    weights = [1 / (k + 1) ** 1.1 for k in range(n_entities)]
    if reuse and Path(db).exists():
        return _queries(Store(db))
    Path(db).unlink(missing_ok=True)
    started = time.perf_counter()
    store = Store(db)
    con = store._db
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO entities VALUES (?, ?, ?, 'person', ?)",
        [(f"person:p{k}", k, f"Person {k}", json.dumps([f"P{k}", f"Mr. {k}"])) for k in range(n_entities)],
    )
    con.executemany(
        "INSERT INTO entity_names VALUES (?, ?)",
        [(n, f"person:p{k}") for k in range(n_entities) for n in (f"person {k}", f"p{k}")],
    )
    per_article = 15
    speakers = rnd.choices(range(n_entities), weights=weights, k=n_quotes)
    for a in range(0, n_quotes, per_article):
        doc = f"synthetic/{a // per_article:07d}.txt"
        date = f"{2015 + (a // per_article) % 2}-{1 + (a // per_article) % 12:02d}-{1 + (a // per_article) % 28:02d}"
        texts = []
        for _ in range(min(per_article, n_quotes - a)):
            q = rnd.choices(words, k=rnd.randint(8, 40))
            if rnd.random() < 0.005:
                q[rnd.randrange(len(q))] = "drone strikes"
            texts.append(" ".join(q))
        body = " ".join(f"“{t},” he said." for t in texts)
        con.execute(
            "INSERT INTO articles (id, seq, text_hash, text, date, source, result, library_version, annotator, params,"
            " quotes_hash, ingested_at) VALUES (?, ?, '', ?, ?, 'Synthetic', x'', 'synthetic', '', '', '', '')",
            (doc, a // per_article, body, date),
        )
        rows = []
        at = 0
        for i, t in enumerate(texts):
            span = Span(at + 1, at + 1 + len(t))
            at = span.end + len(",” he said. ")
            rec = quote_to_dict(Quote(kind="direct", spans=[span], text=t, confidence=0.9, display=f"“{t}”"), doc)
            rec = {k: v for k, v in rec.items() if k not in {"doc", "speaker"}}
            sid = f"person:p{speakers[a + i]}"
            rows.append((doc, i, "direct", t, rec["display"], sid, 0.9, "body", date, "Synthetic", json.dumps(rec)))
        con.executemany(
            "INSERT INTO quotes (article_id, idx, kind, text, display, speaker_id, confidence, section, date, source,"
            " record) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"wrote {n_quotes} quotes in {time.perf_counter() - started:.0f} s", flush=True)
    _queries(store)


def _queries(store: Any) -> None:
    con = store._db
    stats = store.stats()
    print(
        f"store: {stats['articles']} articles, {stats['quotes']} quotes, {stats['bytes'] / 1e6:.0f} MB, "
        f"{stats['bytes_per_article'] / 1e3:.1f} kB an article",
        flush=True,
    )
    for rank in (1000, 300, 100, 30, 10, 1):
        name = f"Person {rank - 1}"
        n = con.execute("SELECT count(*) FROM quotes WHERE speaker_id = ?", (f"person:p{rank - 1}",)).fetchone()[0]
        times = []
        for _ in range(3):  # the first reads the pages from disk; the others find them in memory
            t = time.perf_counter()
            hits = store.search("drone strikes", speaker=name, limit=20)
            times.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        digest = store.digest(speakers=[name], min_confidence=0.0, articles=False)
        digest_s = time.perf_counter() - t
        print(
            f"speaker of rank {rank} ({n} quotes): search 'drone strikes' with the speaker filter "
            f"{times[0]:.0f} ms first, {min(times[1:]):.0f} ms again ({len(hits)} hits); "
            f"digest {digest_s:.2f} s ({digest.speakers[0].quotes} quotes)",
            flush=True,
        )
    t = time.perf_counter()
    hits = store.search("drone strikes", limit=20)
    print(f"search 'drone strikes', no filter: {(time.perf_counter() - t) * 1000:.0f} ms ({len(hits)} hits)")
    store.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="what", required=True)
    a = sub.add_parser("polnear")
    a.add_argument("cache")
    a.add_argument("text_dir")
    a.add_argument("--new", type=int, default=84)
    a.add_argument("--db", default="/tmp/bench_store_polnear.db")
    b = sub.add_parser("synthetic")
    b.add_argument("--quotes", type=int, default=1_000_000)
    b.add_argument("--db", default="/tmp/bench_store_synthetic.db")
    b.add_argument("--reuse", action="store_true", help="query the store --db holds, if any, without writing it")
    args = p.parse_args(argv)
    if args.what == "polnear":
        polnear(args.cache, args.text_dir, args.new, args.db)
    else:
        synthetic(args.quotes, args.db, reuse=args.reuse)
    return 0


if __name__ == "__main__":
    sys.exit(main())
