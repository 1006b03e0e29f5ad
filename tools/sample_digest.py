"""Draws statements of a digest at random for a reader to judge: sample_digest.py DIGEST.json [N] [SEED]

Prints, for each of N statements (default 100, seed 26) drawn from `quotes digest --format json`
output, the section's speaker and kind, the statement as shown, and the text around its first
occurrence, so that each can be judged against its article: is the speaker right, does it read
as what was said, are its bounds right? The judgements of the PolNeAR train sample are in
benchmarks/results/reader_sample_polnear_train.tsv; the counts in docs/evaluation.md.
"""

import random
import sys
from pathlib import Path

from quotes.digests.records import Digest


def main() -> int:
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 26
    d = Digest.from_json(Path(path).read_text(encoding="utf-8"))
    texts = {a.doc: a.text for a in d.articles}
    items = [(s, g) for s in d.speakers for g in s.groups]
    for k, i in enumerate(random.Random(seed).sample(range(len(items)), min(n, len(items))), 1):
        s, g = items[i]
        o = g.occurrences[0]
        q = o.quote
        text = texts[o.doc] or ""
        lo = max(0, (q.context.start if q.context else q.spans[0].start) - 250)
        hi = min(len(text), (q.context.end if q.context else q.spans[-1].end) + 60)
        mention = q.speaker_mention.text if q.speaker_mention else None
        print(f"#{k} [{s.kind}] {s.name}  (mention: {mention}; conf {q.confidence}; {q.rule_name}; {o.doc})")
        print(f"   SHOWN: {g.display}")
        print("   TEXT: ..." + text[lo:hi].replace("\n", " ¶ ") + "...")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
