"""The cross-article reduce at scale: alias resolution over a million person mentions.

    python benchmarks/bench_reduce.py [--mentions 1000000] [--per-article 10] [--seed 1]

Builds synthetic articles of person entities: name variants drawn with ``quotes.testing``
strategies (titles, initials, case, diacritics, transliterations, reordering) for the base
names, plus many people who share common given names (John, Mohammad, Maria, ...) and draw
their surnames from a few thousand, so that a given name stands in many thousands of articles.
Then times ``quotes.speakers.aliases.resolve_entities`` over them and reports the process's peak memory.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import sys
import time


def _variant_pool(n: int, seed: int) -> list[str]:
    """``n`` name variants of the base names, drawn with the hypothesis strategies."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from quotes.testing import name_variants

    pool: list[str] = []

    @settings(max_examples=n, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(name_variants(min_size=1, max_size=6))
    def draw(variants: list[str]) -> None:
        pool.extend(variants)

    draw()
    _ = st  # the strategies come from quotes.testing
    random.Random(seed).shuffle(pool)
    return pool


def _common_people(rnd: random.Random, n: int) -> list[str]:
    given = ["John", "Mohammad", "Maria", "David", "Ahmed", "James", "Anna", "Michael", "Ali", "Sarah"]
    syllables = ["ka", "ro", "mi", "ten", "sha", "lo", "vin", "dra", "bel", "gor", "nu", "zel", "pra", "tos"]
    surnames = sorted(
        {"".join(rnd.choice(syllables) for _ in range(rnd.randint(2, 3))).capitalize() for _ in range(4000)}
    )
    people = [f"{rnd.choice(given)} {rnd.choice(surnames)}" for _ in range(n)]
    forms = []
    for p in people:
        g, s = p.split(" ", 1)
        forms += [p, s, f"{g[0]}. {s}", f"Mr. {s}" if g not in {"Maria", "Anna", "Sarah"} else f"Ms. {s}"]
    return forms


def peak_mib() -> float:
    """This process's peak resident memory: VmHWM where Linux has it (ru_maxrss would count the
    memory of a parent that started us), else ru_maxrss."""
    try:
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mentions", type=int, default=1_000_000)
    ap.add_argument("--per-article", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    from quotes.model import Span
    from quotes.speakers.aliases import resolve_entities
    from quotes.speakers.coref import LocalEntity
    from quotes.speakers.names import parse_name

    rnd = random.Random(args.seed)
    t0 = time.perf_counter()
    forms = _variant_pool(2000, args.seed) + _common_people(rnd, 20_000)
    docs = []
    made = 0
    while made < args.mentions:
        ents = []
        for key in range(args.per_article):
            form = rnd.choice(forms)
            ents.append(
                LocalEntity(
                    key=key,
                    kind="person",
                    forms=[form],
                    names=[parse_name(form)],
                    mentions=[Span(key * 10, key * 10 + len(form))],
                )
            )
        docs.append((f"doc{len(docs)}", "", ents))
        made += len(ents)
    build_s = time.perf_counter() - t0
    print(f"{made} mentions in {len(docs)} articles, {len(set(forms))} distinct forms (built in {build_s:.1f} s)")

    before = peak_mib()
    t0 = time.perf_counter()
    entities, mapping = resolve_entities(docs)
    secs = time.perf_counter() - t0
    peak = peak_mib()
    print(
        f"resolve_entities  {secs:8.1f} s   peak resident memory {peak:6.0f} MiB (inputs built: {before:.0f} MiB)   "
        f"{len(entities)} entities, {len(mapping)} mentions mapped"
    )
    # the same grouping and ids run to run, whatever the speed-ups (compare this line)
    h = hashlib.sha256()
    for (doc_i, key), e in sorted(mapping.items()):
        h.update(f"{doc_i}:{key}={e.id}|{e.name}\n".encode())
    print(f"result sha256 {h.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
