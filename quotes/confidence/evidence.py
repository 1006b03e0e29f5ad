"""What the parse says about a quote, as features for its confidence (:mod:`quotes.confidence.scorer`).

The rules decide from the parse whether there is a quote; these features tell the confidence
model how the parse looked where they decided: whether the content has a verb, whether it
crosses a sentence, what heads it; the cue's part of speech, relation and lemma; and the
source words' part of speech, entity type and whether they are the cue's subject. They are
computed once, where the annotation is at hand, and carried on :attr:`quotes.model.Quote.evidence`
(not written to JSON: a quote read back from JSON is scored without them).

>>> from quotes.nlp.samples import sample_documents
>>> from quotes.model import Span
>>> doc = sample_documents()["001_2d8f0e6d9ea7d7e3.txt"]
>>> said = next(t for t in doc.tokens if t.text == "said")
>>> f = evidence(doc, (Span(said.span.end + 1, said.span.end + 40),), (said.index, said.index + 1), None)
>>> f["cue_upos=VERB"], "mention_subject_of_cue" in f
(1.0, False)
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotes.model import Document, Span, Token


def _head(tokens: Sequence[Token]) -> Token:
    """The token of a range whose head lies outside it (the range's syntactic head)."""
    inside = {t.index for t in tokens}
    return next((t for t in tokens if t.head not in inside), tokens[0])


def _covered(doc: Document, spans: Sequence[Span], starts: Sequence[int]) -> list[Token]:
    out = []
    for s in spans:
        i = bisect.bisect_left(starts, s.start)
        while i < len(doc.tokens) and doc.tokens[i].span.start < s.end:
            out.append(doc.tokens[i])
            i += 1
    return out


def _entity(tag: str) -> str:
    return "O" if tag == "O" else tag.split("-", 1)[-1]


def evidence(
    doc: Document,
    spans: Sequence[Span],
    cue: tuple[int, int] | None,
    subject: tuple[int, int] | None,
    starts: Sequence[int] | None = None,
) -> dict[str, float]:
    """The parse features of a quote: its content ``spans``, and the token ranges of its cue and
    source words (``starts``: each token's start offset, when the caller has them for many quotes)."""
    f: dict[str, float] = {}
    content = _covered(doc, spans, starts if starts is not None else [t.span.start for t in doc.tokens])
    if content:
        head = _head(content)
        f["content_has_verb"] = float(any(t.upos in ("VERB", "AUX") for t in content))
        f["content_sentences>1"] = float(len({t.sentence for t in content}) > 1)
        f["content_propn_share"] = sum(t.upos == "PROPN" for t in content) / len(content)
        f[f"content_first_upos={content[0].upos}"] = 1.0
        f[f"content_head_deprel={head.deprel}"] = 1.0
        f[f"content_head_upos={head.upos}"] = 1.0
    cue_head = None
    if cue is not None and cue[1] > cue[0]:
        cue_head = _head(doc.tokens[cue[0] : cue[1]])
        f[f"cue_upos={cue_head.upos}"] = 1.0
        f[f"cue_deprel={cue_head.deprel}"] = 1.0
        f[f"cue_lemma={cue_head.lemma.lower()}"] = 1.0
    if subject is not None and subject[1] > subject[0]:
        head = _head(doc.tokens[subject[0] : subject[1]])
        f[f"mention_upos={head.upos}"] = 1.0
        f[f"mention_entity={_entity(head.ner)}"] = 1.0
        f[f"mention_deprel={head.deprel}"] = 1.0
        if cue_head is not None:
            f["mention_subject_of_cue"] = float(head.head == cue_head.index and head.deprel.startswith("nsubj"))
            f["mention_same_sentence"] = float(head.sentence == cue_head.sentence)
    return f
