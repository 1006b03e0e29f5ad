"""Very long inputs are read in windows, so the rules' cost stays linear in the text's length.

A news article has a few hundred to a few thousand words (the longest of the 840 PolNeAR
training articles has about 6,500 tokens). Some of the rules compare a quote with the others
of its article, or a name with the names seen before it, which is nothing for an article and
a great deal for a 2 MB file of text. An article of more than :data:`MAX_WINDOW_TOKENS`
tokens is therefore cut, at paragraph breaks (else at sentence ends), into windows of at most
that many, and each window is analysed as if it were the whole text: the same offsets, the
rest of the text blanked out. Speakers are then merged across the windows as they are across
articles. Articles within the limit, which is every news article, are analysed whole.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs

from quotes.model import CorefChain, Document, Sentence, Span

MAX_WINDOW_TOKENS = 20_000
"""Articles with more tokens than this are analysed in windows of at most this many."""


def _cut_points(doc: Document, limit: int) -> list[int]:
    """Indices of the sentences that open a window (the first is 0)."""
    sents = doc.sentences
    n = len(sents)
    paragraph_start = [i == 0 or "\n" in doc.text[sents[i - 1].span.end : s.span.start] for i, s in enumerate(sents)]
    cuts = [0]
    while True:
        start = cuts[-1]
        first_tok = sents[start].first
        j = start
        while j < n and sents[j].last - first_tok <= limit:
            j += 1
        if j == start:
            j += 1  # one sentence over the limit is a window of its own
        elif j < n:
            # rather at the last paragraph break that keeps the window at least half full
            for b in range(j, start, -1):
                if paragraph_start[b] and (sents[b].first - first_tok) * 2 >= limit:
                    j = b
                    break
        if j >= n:
            return cuts
        cuts.append(j)


def _window(doc: Document, first_sent: int, last_sent: int) -> Document:
    """The sentences ``[first_sent, last_sent)`` as a document of their own over a blanked text."""
    sents = doc.sentences[first_sent:last_sent]
    t0, t1 = sents[0].first, sents[-1].last
    start = 0 if first_sent == 0 else doc.sentences[first_sent - 1].span.end
    end = len(doc.text) if last_sent == len(doc.sentences) else sents[-1].span.end
    text = " " * start + doc.text[start:end] + " " * (len(doc.text) - end)
    tokens = [
        attrs.evolve(
            t, index=t.index - t0, head=t.head - t0 if t0 <= t.head < t1 else -1, sentence=t.sentence - first_sent
        )
        for t in doc.tokens[t0:t1]
    ]
    sentences = [Sentence(index=s.index - first_sent, span=s.span, first=s.first - t0, last=s.last - t0) for s in sents]
    inside = Span(start, end)
    entities = [e for e in doc.entities if inside.contains(e.span)]
    chains = [CorefChain(mentions=[m for m in c.mentions if inside.contains(m)]) for c in doc.coref]
    return Document(
        text=text, tokens=tokens, sentences=sentences, entities=entities, coref=[c for c in chains if c.mentions]
    )


def windows(doc: Document, limit: int | None = None) -> Sequence[Document]:
    """The document itself when it has at most ``limit`` tokens, else its windows, in order.

    ``limit`` defaults to :data:`MAX_WINDOW_TOKENS`.

    Every window has the full text's length (offsets stay the same) with the text outside it
    blanked, and at most ``limit`` tokens unless a single sentence has more.
    """
    limit = MAX_WINDOW_TOKENS if limit is None else limit
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    if len(doc.tokens) <= limit or not doc.sentences:
        return [doc]
    cuts = _cut_points(doc, limit)
    bounds = [*cuts, len(doc.sentences)]
    return [_window(doc, a, b) for a, b in itertools.pairwise(bounds) if b > a]
