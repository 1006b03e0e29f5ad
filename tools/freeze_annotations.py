"""Freezes the stanza annotations of text files into a test fixture (gzipped JSON).

    python tools/freeze_annotations.py tests/fixtures/seeds.annotations.json.gz seeds/*.txt

The fixture maps each file's name to its ``Document`` JSON (``quotes.nlp.cache``), so tests
run the rules on real parses without the models; ``tests/test_fixtures.py`` checks, where the
models are present, that the fixture still matches what they give.
"""

import gzip
import json
import sys
from pathlib import Path

from quotes.nlp import default_annotator
from quotes.nlp.cache import document_to_json

out, files = sys.argv[1], sys.argv[2:]
texts = [Path(f).read_text(encoding="utf-8") for f in files]
docs = default_annotator(download=False).annotate(texts)
data = {Path(f).name: document_to_json(d) for f, d in zip(files, docs, strict=True)}
payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:  # the same bytes each run
    fh.write(payload)
print(f"{out}: {len(data)} documents", file=sys.stderr)
