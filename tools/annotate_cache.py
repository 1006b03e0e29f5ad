"""Annotates files into a cache folder (for evaluation runs): annotate_cache.py CACHE FILE..."""

import sys
import time
from pathlib import Path

from quotes.nlp.annotator import default_annotator
from quotes.nlp.cache import CachedAnnotator

cache = CachedAnnotator(default_annotator(download=False), sys.argv[1])
files = sys.argv[2:]
t0 = time.time()
for b in range(0, len(files), 20):
    texts = [Path(f).read_text(encoding="utf-8") for f in files[b : b + 20]]
    cache.annotate(texts)
    print(f"{b + len(texts)}/{len(files)} {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
