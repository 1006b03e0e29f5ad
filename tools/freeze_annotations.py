"""Freezes the stanza annotations of text files into a test fixture (gzipped JSON).

    python tools/freeze_annotations.py quotes/data/seeds.annotations.json.gz seeds/*.txt
    python tools/freeze_annotations.py --lines tests/fixtures/sentences.annotations.json.gz tests/fixtures/sentences.txt

    python tools/freeze_annotations.py --rules quotes/data/rules.annotations.json.gz

With ``--lines`` each line of each file is a text of its own, keyed by the text itself; with
``--rules``, the example of every rule in ``quotes.find.rules.ORDER``, keyed by the text.

The fixture maps each file's name to its ``Document`` JSON (``quotes.nlp.cache``), so tests and
the docs' examples run the rules on real parses without the models (``quotes.nlp.samples``);
``tests/test_fixtures.py`` checks, where the models are present, that it still matches them.
"""

import gzip
import json
import sys
from pathlib import Path

from quotes.nlp.annotator import default_annotator
from quotes.nlp.cache import document_to_json

lines = sys.argv[1] == "--lines"
rules = sys.argv[1] == "--rules"
out, files = sys.argv[1 + (lines or rules)], sys.argv[2 + (lines or rules) :]
if rules:
    from quotes.find.rules.registry import ORDER

    keys = texts = list(dict.fromkeys(r.example for r in ORDER))
elif lines:
    keys = [line for f in files for line in Path(f).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = keys
else:
    keys = [Path(f).name for f in files]
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
docs = default_annotator(download=False).annotate(texts)
data = {k: document_to_json(d) for k, d in zip(keys, docs, strict=True)}
payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:  # the same bytes each run
    fh.write(payload)
print(f"{out}: {len(data)} documents", file=sys.stderr)
