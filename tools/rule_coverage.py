"""Model-free coverage of the rule modules: runs the tests that need no models (frozen and
hand-built parses, the doctests) under coverage, prints each rule module's share of statements
run, and exits 1 if one is under the floor.

    python tools/rule_coverage.py            # floor 85%
    python tools/rule_coverage.py --min 90

The models are hidden from the run (``QUOTES_STANZA_DIR`` unset), so what is measured is what a
contributor without them can test. Needs ``coverage`` (the ``lint`` extra).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULE_MODULES = sorted(
    [
        *(ROOT / "quotes" / "find" / "rules").glob("*.py"),
        *(ROOT / "quotes" / name for name in ("find/attribute.py", "find/indirect.py", "find/marks.py")),
        *(ROOT / "quotes" / "speakers" / name for name in ("coref.py", "mentions.py")),
    ]
)
"""The modules that hold rules: what finds quotes, their bounds and their speakers."""
TESTS = [
    "tests/test_rules_registry.py",
    "tests/test_rules_frozen.py",
    "tests/test_rules_parses.py",
    "tests/test_pipeline.py",
    "tests/test_detect.py",
    "tests/test_seeds.py",
    "tests/test_seeds_gold.py",
    "tests/test_digests.py",
    "tests/test_sections.py",
    "quotes",
]
"""The model-free tests that exercise the rules (the rest of the suite tests the CLI, the
cluster, the browser view: slow under coverage, and no rule of theirs)."""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=float, default=85.0, help="the floor, in percent (default 85)")
    args = ap.parse_args()
    import coverage

    env = {k: v for k, v in os.environ.items() if k not in {"QUOTES_STANZA_DIR", "QUOTES_REQUIRE_MODELS"}}
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / ".coverage")
        cmd = [sys.executable, "-m", "coverage", "run", f"--data-file={data}", "--source=quotes", "-m", "pytest"]
        cmd += ["-q", "-m", "not stanza", "-p", "no:cacheprovider", *TESTS]
        run = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout[-4000:], run.stderr[-4000:], sep="\n", file=sys.stderr)
            print("rule_coverage: the model-free tests failed", file=sys.stderr)
            return 1
        cov = coverage.Coverage(data_file=data)
        cov.load()
        low = []
        for path in RULE_MODULES:
            _, statements, _, missing, _ = cov.analysis2(str(path))
            share = 100.0 * (len(statements) - len(missing)) / len(statements) if statements else 100.0
            mark = "" if share >= args.min else f"   < {args.min:.0f}%"
            print(f"{path.relative_to(ROOT)!s:32} {len(statements):5} statements {share:6.1f}%{mark}")
            if mark:
                low.append(path)
    if low:
        print(f"rule_coverage: {len(low)} rule module(s) under {args.min:.0f}% without models", file=sys.stderr)
        return 1
    print(f"every rule module is covered at least {args.min:.0f}% without models")
    return 0


if __name__ == "__main__":
    sys.exit(main())
