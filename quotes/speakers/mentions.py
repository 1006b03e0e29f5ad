"""The names and source phrases of an article, found once before its quotes' speakers are
resolved (:mod:`quotes.speakers.coref`): the tagger's named entities, widened over titles (``U.S.
Secretary of State John Kerry``), and noun phrases headed by a source word (``a senior State
Department official``, ``Afghan officials``).
"""

from __future__ import annotations

from typing import NamedTuple

from quotes.lexicon import ANONYMOUS_HEADS, CONNECTIVES, GROUP_HEADS, TIME_WORDS, TITLES
from quotes.nlp.doc import DocView, classify_np, nominal_run
from quotes.speakers.spelling import fold


class NameSpan(NamedTuple):
    """A name or source phrase: its token range and the kind of source it names."""

    first: int
    last: int
    kind: str


def name_mentions(view: DocView) -> list[NameSpan]:
    """Token ranges of the names in the article (NER, widened over titles) and of the phrases
    headed by a source noun, with their kinds, in text order."""
    out = _named_entities(view)
    taken = {i for f, la, _ in out for i in range(f, la)}
    for t in view.tokens:
        found = _source_phrase(view, t.index, taken)
        if found is None:
            continue
        first, last, kind = found
        if kind in {"anonymous", "group"}:
            # a name inside the phrase (State Department) is a modifier, not the source
            inner = [m for m in out if first <= m[0] and m[1] <= last]
            if any(i in taken for i in range(first, last)) and not inner:
                continue
            for m in inner:
                out.remove(m)
            out.append(NameSpan(first, last, kind))
            taken.update(range(first, last))
    out.sort()
    return out


def _named_entities(view: DocView) -> list[NameSpan]:
    """The tagger's named entities, widened over the titles before them, without a possessive;
    a PERSON that is all titles, connectives or times is none, and a non-person is an
    organization."""
    v = view
    out: list[NameSpan] = []
    for ent in v.doc.entities:
        idxs = v.tokens_in(ent.span)
        if not idxs:
            continue
        first, last = idxs[0], idxs[-1] + 1
        while (
            first > 0
            and v.tokens[first - 1].sentence == v.tokens[first].sentence
            and (
                (fold(v.tokens[first - 1].text) in TITLES and v.tokens[first - 1].text[:1].isupper())
                or (v.tokens[first - 1].text == "of" and first > 1 and fold(v.tokens[first - 2].text) in TITLES)
            )
        ):
            first -= 1
        while first < last and v.tokens[first].text == "of":
            first += 1
        # a possessive 's is not part of the name
        while last > first and v.tokens[last - 1].text in {"'s", "’s", "'", "’"}:
            last -= 1
        if last <= first:
            continue
        kind = classify_np(v, first, last)
        if ent.label == "PERSON" and kind == "person":
            words = [fold(t.text) for t in v.tokens[first:last]]
            if not any(t.text[:1].isupper() for t in v.tokens[first:last]):
                continue
            if all(w in TITLES for w in words):
                continue
            if all(w in CONNECTIVES or w in TIME_WORDS for w in words):
                continue  # "Meanwhile", "Wednesday": never a name, whatever the tagger says
        elif kind == "person":
            kind = "organization"
        out.append(NameSpan(first, last, kind))
    return out


def _source_phrase(view: DocView, i: int, taken: set[int]) -> NameSpan | None:
    """The phrase headed by the source noun ``i`` (``a senior official``, ``Afghan officials``),
    with its kind; None when ``i`` is no such noun or stands in a name."""
    v, t = view, view.tokens[i]
    w = fold(t.text)
    source_noun = w in ANONYMOUS_HEADS or w in GROUP_HEADS
    if t.index in taken or t.upos not in {"NOUN", "ADJ", "PROPN"} or not source_noun:
        return None
    if t.upos == "NOUN":
        first, last = v.np_span(t.index)
    else:
        # a tagger's slip (official as ADJ): the phrase is the determiner-led run ending here
        run = nominal_run(v, range(t.index, max(-1, t.index - 7), -1))
        dets = [k for k in run if v.tokens[k].upos == "DET"]
        if not dets:
            return None
        first, last = min(dets), t.index + 1
    if last - first < 2 and w not in GROUP_HEADS:
        return None
    kind = classify_np(v, first, last) if t.upos == "NOUN" else ("group" if w in GROUP_HEADS else "anonymous")
    return NameSpan(first, last, kind)
