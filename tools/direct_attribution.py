"""Attribution accuracy over matched *direct* quotes of PolNeAR (score.py reports all kinds together).

    python3 tools/direct_attribution.py PRED.jsonl DATA_DIR [SCORE_PY]

Uses score.py's own matching (partial, Jaccard >= 0.5) and its source test (the predicted
speaker_mention overlaps the gold source); prints the accuracy and the figure per rule.
"""

import sys
from collections import Counter
from pathlib import Path

from _polnear import articles, load_score

pred_path, data = Path(sys.argv[1]), Path(sys.argv[2])
score = load_score(Path(sys.argv[3]) if len(sys.argv) > 3 else None)

pred = score.read_pred(pred_path)
n = ok = 0
by, by_ok = Counter(), Counter()
for stem, text, gold in articles(score, data):
    preds = pred.get(stem, [])
    m = score.match(
        [score.chars(text, g["content"]) for g in gold], [score.chars(text, p.get("spans") or []) for p in preds], 0.5
    )
    for gi, pi in m.items():
        g = gold[gi]
        if score.gold_kind(text, g["content"]) != "direct" or not g["source"]:
            continue
        sm = preds[pi].get("speaker_mention") or {}
        good = "start" in sm and bool(score.chars(text, g["source"]) & score.chars(text, [(sm["start"], sm["end"])]))
        rule = preds[pi].get("rule", "?")
        n, ok = n + 1, ok + good
        by[rule], by_ok[rule] = by[rule] + 1, by_ok[rule] + good
print(f"direct attribution accuracy {ok / n:.4f} (n={n})")
for rule, count in by.most_common():
    print(f"  {rule:18} {count:5}  {by_ok[rule] / count:.3f}")
