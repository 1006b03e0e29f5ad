"""Checks alias resolution on a corpus: check_given_conflicts.py CACHE FILE...

Reads annotations from a cache (tools/annotate_cache.py), resolves entities across all files,
and prints (1) each person entity holding two names whose given names disagree
(quotes.speakers.aliases.given_name_conflicts), and (2) for each article, pairs of its person speakers
that look like one person under two ids (quotes.speakers.aliases.split_speakers); then the counts.
"""

import sys
from pathlib import Path

from quotes.corpus.pipeline import extract_documents
from quotes.nlp.cache import CachedAnnotator
from quotes.nlp.stanza_backend import model_identity, resolve_model_dir
from quotes.speakers.aliases import given_name_conflicts, split_speakers

cache = CachedAnnotator(None, sys.argv[1], model_tag=model_identity(resolve_model_dir()))
docs = []
for f in sys.argv[2:]:
    doc = cache.cached(Path(f).read_text(encoding="utf-8"))
    if doc is not None:
        docs.append((f, doc))
corpus = extract_documents(docs)
conflicts = given_name_conflicts(corpus.entities)
for e, a, b in conflicts:
    print(f"conflict\t{e.id}\t{a!r} / {b!r}")
splits = [(art.doc, pair) for art in corpus.articles for pair in split_speakers(art)]
for doc, (a, b) in splits:
    print(f"split\t{doc}\t{a!r} / {b!r}")
people = [e for e in corpus.entities if e.kind == "person"]
multi_doc = sum(1 for e in people if len({m.doc for m in e.mentions}) > 1)
with_speakers = sum(1 for art in corpus.articles if any(s.kind == "person" for s in art.speakers))
print(
    f"{len(docs)} articles, {len(people)} person entities ({multi_doc} across articles); "
    f"{len(conflicts)} with conflicting given names; {len(splits)} split speaker pairs "
    f"in {len({d for d, _ in splits})} of {with_speakers} articles with person speakers",
    file=sys.stderr,
)
