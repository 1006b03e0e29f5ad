"""Rules for direct quotes: the cue of a quoted passage and the words naming its source.

Each rule takes the article and a quoted passage and returns an :class:`Attribution` (the cue's
token and the source's token range, if any) or None; they are tried in the order of
:data:`quotes.find.rules.ORDER` (stage ``direct``), the first that fires winning:

``cue-after``
    a verb of saying right after the quote, with its subject (``“…,” Kerry said``,
    ``“…,” said Kerry``, ``“…,” the official added``);
``cue-before``
    a verb of saying right before it (``Kerry said: “…”``, ``…, adding: “…”``);
``parse``
    the dependency parse: the quote sits in a clause governed by a verb of saying;
``colon``
    a colon introduces the quote (``Bush: “…”``, ``Wallnau continues: “…”``);
``colon-intro``
    the paragraph before ends with a colon after a verb of saying.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from quotes.find.marks import Quoted
from quotes.find.rules.registry import registrar
from quotes.find.rules.subjects import np_before, subject_np
from quotes.lexicon import QUOTE_MARKS
from quotes.lexicon.verbs import allows
from quotes.nlp.doc import DocView, nominal_run


@attrs.frozen
class Attribution:
    """What a direct rule found: the cue's token and the source's token range (None: not named)."""

    cue: int
    source: tuple[int, int] | None


DirectFinder = Callable[[DocView, Quoted], "Attribution | None"]
"""A rule for direct quotes."""
DIRECT_FINDERS: dict[str, DirectFinder] = {}
"""Rule name -> its finder, for the direct rules."""


def finds_direct(name: str) -> Callable[[DirectFinder], DirectFinder]:
    """Registers a function as the finder of the direct rule ``name``."""
    return registrar(DIRECT_FINDERS, name)


def is_mark(view: DocView, i: int) -> bool:
    return all(c in QUOTE_MARKS for c in view.tokens[i].text)


def window_after(view: DocView, q: Quoted, limit: int = 25) -> list[int]:
    """Tokens after the quote's closing mark in its paragraph, up to the end of the clause."""
    end = q.outer.end
    para = view.paragraphs[view.paragraph_of(q.spans[-1].start)]
    i = view.token_at(end)
    if i < 0 or view.tokens[i].span.start < end:
        i += 1
    out: list[int] = []
    while i < len(view.tokens) and len(out) < limit:
        t = view.tokens[i]
        if t.span.start >= para.end:
            break
        if is_mark(view, i) and out:
            break
        if not out and (t.text in {",", "—", "–", "-", "--"} or is_mark(view, i)):
            i += 1
            continue
        out.append(i)
        if t.text in {".", "!", "?", ";"}:
            break
        i += 1
    return out


def window_before(view: DocView, q: Quoted, limit: int = 25) -> list[int]:
    """Tokens before the quote's opening mark in its sentence (nearest last)."""
    start = q.outer.start
    i = view.token_at(start - 1)
    if i < 0:
        return []
    while i >= 0 and view.tokens[i].span.end > start:
        i -= 1
    out: list[int] = []
    para = view.paragraphs[view.paragraph_of(q.spans[0].start)]
    while i >= 0 and len(out) < limit:
        t = view.tokens[i]
        if t.span.end <= para.start or (is_mark(view, i) and out) or t.text in {".", "!", "?"} and out:
            break
        out.append(i)
        i -= 1
    return out[::-1]


@finds_direct("cue-after")
def cue_after(view: DocView, q: Quoted) -> Attribution | None:
    """``“…,” Kerry said`` / ``“…,” said Kerry`` / ``“…,” Ryan, the convention chair, said``.

    Between the quote and the verb there may stand only the source's noun phrase, an
    apposition or relative clause set off by commas, auxiliaries and adverbs.
    """
    window = window_after(view, q)
    k = next(
        (
            k
            for k, i in enumerate(window)
            if view.is_reporting(i)
            or (
                # "” Bozell answers." : a reporting word closing the attribution is its verb, whatever its tag
                (view.is_reporting(i, any_tag=True) or allows(view.tokens[i].lemma.lower(), "intro"))
                and 0 < k <= 6
                and (k + 1 == len(window) or view.tokens[window[k + 1]].upos in {"PUNCT", "ADP", "ADV"})
            )
        ),
        None,
    )
    if k is None:
        return None
    verb = window[k]
    if q.spans[-1].of(view.text).rstrip()[-1:] in {".", "?", "!"} and _clause_follows(view, window[k + 1 :]):
        # after a finished sentence, "He also said Trump's plan won't work" is a new report, not
        # this quote's attribution
        return None
    before = window[:k]
    while (
        before
        and view.tokens[before[-1]].upos in {"AUX", "ADV", "PART"}
        and (view.tokens[before[-1]].text not in {"'s", "’s"})
    ):
        before = before[:-1]
    if not before:
        return Attribution(cue=verb, source=_inverted_subject(view, q, window, k))
    run = nominal_run(view, before)
    if not run:
        return None
    if len(run) < len(before):
        # an apposition: NP , … , said — the part after the noun phrase is set off by commas
        rest = before[len(run) :]
        if not (view.tokens[rest[0]].text == "," and view.tokens[rest[-1]].text == "," and len(rest) > 2):
            return None
    head = view.subject_of(verb)
    if head is not None and run[0] <= head <= run[-1]:
        return Attribution(cue=verb, source=view.np_span(head, limit=view.span_of(run[0], run[-1] + 1)))
    return Attribution(cue=verb, source=(run[0], run[-1] + 1))


def _clause_follows(view: DocView, after: list[int]) -> bool:
    """A verb follows before any comma: the words after the verb are a clause of their own."""
    tail = []
    for i in after:
        if view.tokens[i].text in {",", ".", ";", ":"}:
            break
        tail.append(i)
    return any(view.tokens[i].upos in {"VERB", "AUX"} for i in tail)


def _inverted_subject(view: DocView, q: Quoted, window: list[int], k: int) -> tuple[int, int] | None:
    """The source after an inverted cue: ``said Kerry``, ``said the official, who …``, ``said
    retired neurosurgeon Ben Carson`` (a participle may open the phrase); within the window."""
    verb, after = window[k], window[k + 1 :]
    run = nominal_run(view, after)
    if not run and len(after) > 1 and view.tokens[after[0]].upos in {"VERB", "ADJ"}:
        rest = nominal_run(view, after[1:])
        run = [after[0], *rest] if rest else []
    subj = (run[0], run[-1] + 1) if run else subject_np(view, verb, exclude=q.spans)
    if subj is not None and not (window[0] <= subj[0] and subj[1] - 1 <= window[-1]):
        return None
    return subj


@finds_direct("cue-before")
def cue_before(view: DocView, q: Quoted) -> Attribution | None:
    """``Kerry said: “…”`` / ``…, adding: “…”``: the nearest verb of saying before the quote."""
    window = window_before(view, q)
    if not window:
        return None
    last = view.tokens[window[-1]]
    if last.upos == "VERB" and not view.is_reporting(window[-1]):
        # the quote is the verb's object: He offered “my thoughts and prayers …”
        return Attribution(cue=window[-1], source=subject_np(view, window[-1], window, exclude=q.spans))
    if last.text not in {":", ",", "that"} and not view.is_reporting(window[-1]):
        return None
    for i in reversed(window[-8:]):
        if view.is_reporting(i) or (
            allows(view.tokens[i].lemma.lower(), "intro")
            and i >= window[-1] - 3
            and last.text in {":", ","}
            # a noun after its determiner ("a blunt message:") is no verb
            and not (view.tokens[i].upos == "NOUN" and i > 0 and view.tokens[i - 1].upos in {"DET", "ADJ"})
        ):
            # "Said Comey, “…”": a capitalised verb opens its sentence and has its subject after it
            sent_first = view.doc.sentences[view.tokens[i].sentence].first
            inverted = i == sent_first or view.tokens[i].text[:1].isupper()
            subj = subject_np(view, i, window, exclude=q.spans, inverted=inverted)
            return Attribution(cue=i, source=subj)
    return None


@finds_direct("colon")
def cue_colon(view: DocView, q: Quoted) -> Attribution | None:
    """A colon introduces the quote in its sentence: ``Wallnau continues: “…”``, ``Bush: “…”``.

    The colon is the cue; the source is the subject of the clause before it, or, in a
    transcript, the name that stands alone before the colon.
    """
    window = window_before(view, q)
    if not window or view.tokens[window[-1]].text not in {":", "—", "–"}:
        return None
    colon = window[-1]
    return _colon_source(view, colon, window[:-1])


def _colon_source(view: DocView, colon: int, head: list[int]) -> Attribution | None:
    """The source of a colon-introduced quote, from the words ``head`` before the colon."""
    if not head:
        return None
    # a transcript label: "Bush:", "- Philip Bump:", "Continued Stone:"
    run = nominal_run(view, reversed(head))
    dash = next((k for k, i in enumerate(sorted(run, reverse=True)) if view.tokens[i].text in {"-", "—", "–"}), None)
    if dash is not None:
        run = sorted(run, reverse=True)[:dash]  # a spaced dash ends the label
    if run and len(run) <= 5 and any(view.tokens[i].upos == "PROPN" for i in run):
        first = min(run)
        pos = head.index(first)
        prev = view.tokens[head[pos - 1]] if pos > 0 else None
        if prev is None or prev.text in {"-", "—", "–", ".", ":"} or (prev.upos == "VERB" and pos == 1):
            return Attribution(cue=colon, source=(first, max(run) + 1))
    verbs = [i for i in head if view.tokens[i].upos == "VERB"]
    if not verbs:
        return None
    # the clause's main verb: the one nearest the root of the parse
    main = min(verbs, key=lambda i: (view.depth(i), -i))
    subj = view.subject_of(main)
    if subj is not None and subj < main and view.tokens[subj].upos in {"NOUN", "PROPN", "PRON", "NUM"}:
        return Attribution(cue=colon, source=view.np_span(subj))
    found = np_before(view, head[: head.index(main)])
    return Attribution(cue=colon, source=found) if found else None


@finds_direct("parse")
def cue_parse(view: DocView, q: Quoted) -> Attribution | None:
    """A verb of saying outside the quote whose clause holds the quote, in the parse."""
    inside: set[int] = set()
    for s in q.spans:
        inside.update(view.tokens_in(s))
    if not inside:
        return None
    for i in sorted(inside):
        h = view.tokens[i].head
        steps = 0
        while h >= 0 and h not in inside and steps < 4:
            if view.is_reporting(h):
                return Attribution(cue=h, source=subject_np(view, h, exclude=q.spans))
            t = view.tokens[h]
            # climb through the clauses that embed the quote (wanted to have a “…”)
            if t.upos in {"VERB", "AUX"} and t.deprel not in {"ccomp", "xcomp", "conj"}:
                break
            h = t.head
            steps += 1
    # a cue attached below the quote's own clause (parataxis)
    for i in sorted(inside):
        for c in view.children[i]:
            if c not in inside and view.tokens[c].deprel in {"parataxis"} and view.is_reporting(c):
                return Attribution(cue=c, source=subject_np(view, c, exclude=q.spans))
    return None


@finds_direct("colon-intro")
def cue_colon_intro(view: DocView, q: Quoted) -> Attribution | None:
    """The paragraph before the quote ends with a colon after a verb of saying."""
    p = view.paragraph_of(q.spans[0].start)
    if p == 0 or q.spans[0].start - view.paragraphs[p].start > 1:
        return None
    prev = view.paragraphs[p - 1]
    if not view.text[prev.start : prev.end].rstrip().endswith(":"):
        return None
    idxs = view.tokens_in(prev)
    for i in reversed(idxs[-15:]):
        if view.is_reporting(i):
            return Attribution(cue=i, source=subject_np(view, i, idxs))
    if idxs and view.tokens[idxs[-1]].text == ":":
        sent = view.tokens[idxs[-1]].sentence
        return _colon_source(view, idxs[-1], [i for i in idxs[:-1] if view.tokens[i].sentence == sent])
    return None
