"""Why PolNeAR speech attributions are missed: one JSON line per missed gold attribution.

    python3 tools/miss_report.py PRED.jsonl DATA_DIR OUT.jsonl [SCORE_PY]

Uses score.py's own matching (partial, Jaccard >= 0.5). Each missed attribution is classed as
`none` (no predicted quote overlaps it), `taken` (the best overlapping prediction is matched to
another gold attribution) or `boundary` (the best overlapping prediction is free but its Jaccard
is under 0.5), with that prediction's text and rule. Prints counts by class and by cue lemma.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

from _polnear import articles, load_score

pred_path, data, out_path = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
score = load_score(Path(sys.argv[4]) if len(sys.argv) > 4 else None)

pred = score.read_pred(pred_path)
by_class: Counter[str] = Counter()
by_cue: Counter[str] = Counter()
with out_path.open("w", encoding="utf-8") as out:
    for stem, text, gold in articles(score, data):
        preds = pred.get(stem, [])
        g_sets = [score.chars(text, g["content"]) for g in gold]
        p_sets = [score.chars(text, p.get("spans") or []) for p in preds]
        m = score.match(g_sets, p_sets, 0.5)
        used = set(m.values())
        for gi, g in enumerate(gold):
            cue = " ".join(text[a:b] for a, b in g["cue"])
            if gi in m or not score.is_speech_cue(cue):
                continue
            best, best_j = None, 0.0
            for pi, p in enumerate(p_sets):
                if g_sets[gi] and p:
                    j = len(g_sets[gi] & p) / len(g_sets[gi] | p)
                    if j > best_j:
                        best, best_j = pi, j
            cls = "none" if best is None else ("taken" if best in used else "boundary")
            lemmas = sorted({score.lemma(w) for w in re.findall(r"[A-Za-z]+", cue)} & score.SPEECH_LEMMAS)
            by_class[cls] += 1
            by_cue[" ".join(lemmas) or cue] += 1
            row = {
                "doc": stem,
                "class": cls,
                "kind": score.gold_kind(text, g["content"]),
                "cue": cue,
                "cue_at": g["cue"][0][0] if g["cue"] else None,
                "source": " ".join(text[a:b] for a, b in g["source"]),
                "content": " ".join(text[a:b] for a, b in g["content"]),
                "jaccard": round(best_j, 2),
            }
            if best is not None:
                row["pred"] = preds[best].get("text")
                row["pred_rule"] = preds[best].get("rule") or preds[best].get("cue", {}) or {}
            start = min(a for a, _ in g["content"] + g["cue"] + g["source"])
            end = max(b for _, b in g["content"] + g["cue"] + g["source"])
            row["context"] = text[max(0, start - 80) : end + 40].replace("\n", " ")
            out.write(json.dumps(row) + "\n")
print(dict(by_class))
for cue, n in by_cue.most_common(40):
    print(f"{n:5d} {cue}")
