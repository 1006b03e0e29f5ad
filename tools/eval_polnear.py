"""Writes quotes JSONL for PolNeAR texts already in an annotation cache: eval_polnear.py CACHE OUT SUBSET_DIR FILE...

Texts not in the cache are skipped; SUBSET_DIR gets text/ and attributions/ links for the
articles written, so score.py can score exactly those.
"""

import json
import os
import sys
from pathlib import Path

from quotes.corpus.pipeline import extract_documents
from quotes.digests.serialize import quote_to_dict
from quotes.nlp.cache import CachedAnnotator
from quotes.nlp.stanza_backend import model_identity, resolve_model_dir

# the key of an entry holds the models' identity, as CachedAnnotator(default_annotator(), DIR) wrote it
# ($QUOTES_CACHE_TAG reads a folder written under another tag, "" for caches written before the identity)
tag = os.environ.get("QUOTES_CACHE_TAG", model_identity(resolve_model_dir()))
cache = CachedAnnotator(None, sys.argv[1], model_tag=tag)
out, subset = Path(sys.argv[2]), Path(sys.argv[3])
(subset / "text").mkdir(parents=True, exist_ok=True)
(subset / "attributions").mkdir(parents=True, exist_ok=True)
docs = []
for f in sys.argv[4:]:
    p = Path(f)
    doc = cache.cached(p.read_text(encoding="utf-8"))
    if doc is None:
        continue
    docs.append((f, doc))
    link = subset / "text" / p.name
    if not link.exists():
        link.symlink_to(p.resolve())
    for ann in (p.parent.parent / "attributions").glob(p.stem + "_*.ann"):
        al = subset / "attributions" / ann.name
        if not al.exists():
            al.symlink_to(ann.resolve())
corpus = extract_documents(docs)
with out.open("w", encoding="utf-8") as fh:
    for art in corpus.articles:
        for q in art.quotes:
            fh.write(json.dumps(quote_to_dict(q, art.doc), ensure_ascii=False) + "\n")
print(f"{len(docs)} articles", file=sys.stderr)
