"""A reader's audit of digests: audit_digest.py DIGEST.json [...] [--list N] [--json]

Each DIGEST.json is what `quotes digest --format json` writes. Prints, per file, how many
statements the digest shows and how many have each defect class of quotes.digests.audit,
then (--list N) up to N findings of each class.
"""

import argparse
import json
import sys
from pathlib import Path

from quotes.digests.audit import CLASSES, audit, counts, statements
from quotes.digests.records import Digest


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("digests", nargs="+", metavar="DIGEST.json")
    ap.add_argument("--list", type=int, default=0, metavar="N", help="list up to N findings of each class")
    ap.add_argument("--json", action="store_true", help="the counts as one JSON object a file")
    args = ap.parse_args()
    for path in args.digests:
        digest = Digest.from_json(Path(path).read_text(encoding="utf-8"))
        found = audit(digest)
        n = statements(digest)
        flagged = len({(f.speaker, f.shown) for f in found if f.defect in CLASSES[:4]})
        if args.json:
            print(json.dumps({"digest": path, "statements": n, "statements_flagged": flagged, **counts(found)}))
            continue
        print(f"{path}: {n} statements, {flagged} with a defect of how they are shown ({flagged / max(n, 1):.1%})")
        for defect, k in counts(found).items():
            print(f"  {defect:22s} {k}")
        for defect in CLASSES:
            for f in [f for f in found if f.defect == defect][: args.list]:
                print(f"    [{defect}] {f.speaker}: {f.shown[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
