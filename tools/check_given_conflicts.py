"""Lists person entities that merge names with conflicting given names: check_given_conflicts.py CACHE FILE...

Reads annotations from a cache (tools/annotate_cache.py), resolves entities across all files,
and prints each person entity holding two name forms whose given names disagree, then the count.
"""

import sys

from quotes.names import parse_name, same_word
from quotes.nlp.cache import CachedAnnotator
from quotes.pipeline import extract_documents


class _Missing:
    def annotate(self, texts):
        raise LookupError("not cached")


cache = CachedAnnotator(_Missing(), sys.argv[1])
docs = []
for f in sys.argv[2:]:
    try:
        docs.append((f, cache.annotate([open(f, encoding="utf-8").read()])[0]))
    except LookupError:
        pass
corpus = extract_documents(docs)
bad = 0
people = [e for e in corpus.entities if e.kind == "person"]
for e in people:
    firsts = {}
    for form in (e.name, *e.aliases, *(m.text for m in e.mentions)):
        n = parse_name(form)
        if n.given:
            firsts.setdefault(n.given[0].lower(), form)
    keys = list(firsts)
    conflict = [(firsts[a], firsts[b]) for i, a in enumerate(keys) for b in keys[i + 1:] if not same_word(a, b)]
    if conflict:
        bad += 1
        print(f"{e.id}\t{e.name}\t{conflict[:3]}")
multi_doc = sum(1 for e in people if len({m.doc for m in e.mentions}) > 1)
print(f"{len(docs)} articles, {len(people)} person entities ({multi_doc} across articles), "
      f"{bad} with conflicting given names", file=sys.stderr)
