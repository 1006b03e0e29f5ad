"""No input makes time or memory explode: over-long lines and huge articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import concat_documents

from quotes.corpus.pipeline import extract_documents
from quotes.find.windows import MAX_WINDOW_TOKENS

MEMORY_CAP = 1.5 * 2**30

# one process: load the models, annotate a 32 KB line of 5,000 words with no full stop, report peak memory
_SCRIPT = """
import json, random, resource, sys
from quotes.nlp.annotator import default_annotator
import quotes
rnd = random.Random(5)
words = "the minister said that talks with officials would continue and Kerry told reporters results matter".split()
line = " ".join(rnd.choice(words) for _ in range(5000))
art = quotes.extract(line, annotator=default_annotator(model_dir=sys.argv[1], download=False))
ok = all(line[s.start:s.end] in q.text for q in art.quotes for s in q.spans)
print(json.dumps({"bytes": len(line.encode()), "quotes": len(art.quotes), "spans_ok": ok,
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
"""


@pytest.mark.stanza
def test_a_32kb_line_with_no_full_stop_stays_under_the_memory_cap(annotator):
    """It used 23 GB before sentences were cut for the parser; now it must stay under 1.5 GB."""
    run = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(annotator.model_dir)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QUOTES_DOWNLOAD": "0"},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    out = json.loads(run.stdout.splitlines()[-1])
    assert out["bytes"] > 32_000 and out["spans_ok"]
    assert out["peak"] < MEMORY_CAP, f"peak resident memory {out['peak'] / 2**20:.0f} MiB"


def test_a_2mb_article_is_read_in_windows_with_every_quote(seed_docs):
    """A 2 MB article (the seeds again and again) comes out whole: each copy's quotes, in windows."""
    docs = [seed_docs[k] for k in sorted(seed_docs)]
    copies = 2_000_000 // sum(len(d.text) + 2 for d in docs) + 1
    big = concat_documents(docs * copies)
    assert len(big.text.encode()) > 2_000_000 and len(big.tokens) > 10 * MAX_WINDOW_TOKENS
    # (comments kept: the copies of seed 001's reader comments are not the end of this text)
    one = sum(
        len(a.quotes) for a in extract_documents([(k, seed_docs[k]) for k in sorted(seed_docs)], comments=True).articles
    )
    (art,) = extract_documents([("big", big)], comments=True).articles
    # nearly each copy's quotes (a seed's headline is no headline in the middle of a text, and a
    # window's edge may cut a seed): within 5%
    assert 0.95 * one * copies <= len(art.quotes) <= 1.05 * one * copies
    assert all(big.text[s.start : s.end] in q.text for q in art.quotes for s in q.spans)


@pytest.mark.stanza
def test_the_issues_awkward_marks_with_the_models(annotator):
    """An inch mark makes no quote (and 'nothing' no speaker); „…“ stays in its paragraph; a lone “ is flagged."""
    from quotes import extract

    assert (
        extract(
            "The 6'2\" center, who scored 20 points on Friday, said nothing after the game.", annotator=annotator
        ).quotes
        == ()
    )
    text = "„This is unacceptable,“ she said.\n\nThe minister left early."
    (q,) = extract(text, annotator=annotator).quotes
    assert q.text == "This is unacceptable," and not q.unbalanced
    (q,) = extract(
        "He said: “We will win this fight and nothing will stop us.\n\nThe crowd cheered.", annotator=annotator
    ).quotes
    assert q.unbalanced and q.text == "We will win this fight and nothing will stop us."
