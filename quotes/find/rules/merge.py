"""From the rules' matches to quotes: nested reports, overlaps with direct quotes (a content that
is a direct quote gives it a source; one that holds quoted words is a mixed quote), and contents
another verb already reported.
"""

from __future__ import annotations

import attrs

from quotes.find.attribute import Draft
from quotes.find.rules.bounds import (
    FINITE_TAGS,
    KEPT_OPENERS,
    MIN_CONTENT_WORDS,
    is_opening_mark,
    letter_offsets,
    longest_run,
    token_runs,
    trim_edges,
)
from quotes.find.rules.context import Match
from quotes.find.rules.nominal import DEMONSTRATIVES
from quotes.lexicon.verbs import allows
from quotes.model import Span
from quotes.nlp.doc import DocView, reporting_lemma

MULTIPART = frozenset({"parenthetical", "according-to", "relative"})
"""Labels whose content stands on both sides of the cue and its source, in parts."""
NESTABLE = frozenset({"ccomp", "trailing", "according-to", "relative"})
"""Labels whose reports stand inside another report's content (X said Y told him that Z)."""
DIRECT_SHARE = 0.6
"""The share of a content's letters a direct quote must cover for the content to be that quote."""
SAME_SHARE = 0.5
"""The share of letters two reports must share, each way, to be one report."""


def merge(view: DocView, drafts: list[Draft], matches: list[Match], quoted: list[Span]) -> list[Draft]:
    """The direct ``drafts`` with the reports the rules ``matches`` found, in text order.

    A report inside another's content (X said Y told him Z) is a report of its own, and its cue
    and source stay part of the outer content; the cue and source of any other report never do.
    Outer reports come first: where an inner one says the same, the outer one keeps it.
    """
    out = list(drafts)
    reach = [(min(m.content), max(m.content)) if m.content else (-1, -1) for m in matches]
    frames = [{*range(*m.source), m.cue} if m.source else {m.cue} for m in matches]

    def cue_in(k: int, m: int) -> bool:
        """Match k's cue stands in m's content."""
        return reach[m][0] <= matches[k].cue <= reach[m][1]

    depth = [
        sum(m != k and cue_in(k, m) and not cue_in(m, k) for m in range(len(matches))) for k in range(len(matches))
    ]
    for k in sorted(range(len(matches)), key=lambda k: (depth[k], k)):
        if depth[k] and matches[k].label not in NESTABLE:
            continue  # "X said Pakistan maintains these ties": an object inside a report is no report
        outside = set().union(*(f for m, f in enumerate(frames) if m != k and not cue_in(m, k)))
        runs = _runs(view, matches[k], outside)
        if runs and _reportable(view, matches[k], runs, quoted):
            _place(view, out, matches[k], _spans(view, runs), quoted)
    out = [with_lead_in(view, d, out) for d in out]
    out.sort(key=lambda d: d.span.start)
    return out


def _runs(view: DocView, m: Match, outside: set[int]) -> list[list[int]]:
    """The match's content without other reports' cues and sources, in runs of tokens: one run,
    or each run for a multi-part label; trimmed of joining words and marks at their edges."""
    kept = [i for i in m.content if i not in outside]
    runs = (
        [trim_edges(view, r) for r in token_runs(kept)]
        if m.label in MULTIPART
        else [trim_edges(view, longest_run(kept))]
    )
    return [r for r in runs if r]


def _spans(view: DocView, runs: list[list[int]]) -> list[Span]:
    return [Span(view.tokens[r[0]].span.start, view.tokens[r[-1]].span.end) for r in runs]


def _reportable(view: DocView, m: Match, runs: list[list[int]], quoted: list[Span]) -> bool:
    """Whether the content is long enough to be a report: three words, or two where quoted words,
    the object of a few verbs, a named passive source or a finite verb make even a short content
    a report (``called Trump “unhinged”``, ``declined to comment``, ``denied it happened``)."""
    text = view.text
    parts = _spans(view, runs)
    span = Span(parts[0].start, parts[-1].end)
    words = span.of(text)
    label = m.label
    short_ok = (
        any(span.overlaps(s) for s in quoted)
        or (label in {"object", "frame"} and allows(reporting_lemma(view.tokens[m.cue]), "short-object"))
        or (label == "passive" and m.source is not None)
        or (label in {"ccomp", "relative"} and any(view.tokens[i].xpos in FINITE_TAGS for r in runs for i in r))
    )
    # ("That's according to …" stands for what was just said)
    alone = label == "according-to" and words.lower() in DEMONSTRATIVES
    if not alone and len(words.split()) < (2 if short_ok else MIN_CONTENT_WORDS) or span.end <= span.start:
        return False
    return bool(set().union(*(letter_offsets(text, p) for p in parts)))


def _place(view: DocView, out: list[Draft], m: Match, parts: list[Span], quoted: list[Span]) -> None:
    """Adds the report to ``out``: as the source of the direct quote it is, as a mixed quote with
    the direct quotes inside it, or as an indirect one; or not, when another verb already reported
    the same content."""
    text = view.text
    span = Span(parts[0].start, parts[-1].end)
    content = set().union(*(letter_offsets(text, p) for p in parts))
    overlapping = [d for d in out if d.kind == "direct" and any(s.overlaps(span) for s in d.spans)]
    if overlapping and _is_direct(text, span, content, overlapping):
        # the content is a direct quote: give it this cue's source if it has none
        for d in overlapping:
            if d.subject is None or d.rule == "continuation":
                out[out.index(d)] = attrs.evolve(d, subject=m.source, cue=(m.cue, m.cue + 1), rule_name=m.rule_name)
        return
    if any(
        d.kind != "direct"
        and d.span.overlaps(span)
        and len(same := letter_offsets(text, d.span) & content) >= SAME_SHARE * len(content)
        and len(same) >= SAME_SHARE * len(letter_offsets(text, d.span))
        for d in out
    ):
        return  # another verb already reported this content
    kind, spans = "indirect", parts
    if overlapping:
        kind = "mixed"
        spans = [
            Span(
                min(span.start, *(d.span.start for d in overlapping)), max(span.end, *(d.span.end for d in overlapping))
            )
        ]
        for d in overlapping:
            out.remove(d)
    elif any(span.overlaps(s) for s in quoted):
        kind = "mixed"
    out.append(Draft(kind=kind, spans=spans, cue=(m.cue, m.cue + 1), subject=m.source, rule_name=m.rule_name))


def _is_direct(text: str, span: Span, content: set[int], overlapping: list[Draft]) -> bool:
    """Whether the direct quotes cover the content, with fewer than two words of the writer's
    before them (``said the Romney campaign would “do daily requests …”`` is one mixed quote)."""
    covered = set().union(*(letter_offsets(text, s) for d in overlapping for s in d.spans))
    lead = text[span.start : min(d.span.start for d in overlapping)].split()
    lead = [w for w in lead if w.lower() not in KEPT_OPENERS and any(c.isalnum() for c in w)]
    return len(covered & content) >= DIRECT_SHARE * len(content) and len(lead) < 2


def with_lead_in(view: DocView, d: Draft, drafts: list[Draft]) -> Draft:
    """A direct quote attributed after it, whose sentence opens with the writer's words:
    ``The new strategy is a "very welcome tack," said X`` reports the whole sentence, a mixed
    quote, as PolNeAR and most schemes mark it."""
    if d.kind != "direct" or d.rule != "cue-after" or d.cue is None:
        return d
    first = view.token_at(d.spans[0].start)
    if first < 0:
        return d
    sent = view.doc.sentences[view.tokens[first].sentence]
    mark = first
    while mark > sent.first and is_opening_mark(view.tokens[mark - 1].text):
        mark -= 1
    lead = list(range(sent.first, mark))
    words = [i for i in lead if view.tokens[i].upos != "PUNCT"]
    if (
        len(words) < 2
        or view.tokens[lead[-1]].upos == "PUNCT"
        and view.tokens[lead[-1]].text != ","
        or any(view.is_reporting(i) or all(c in "\"“”'‘’`" for c in view.tokens[i].text) for i in lead)
    ):
        return d
    start = view.tokens[lead[0]].span.start
    if any(o is not d and o.span.overlaps(Span(start, d.spans[0].start)) for o in drafts):
        return d
    return attrs.evolve(d, kind="mixed", spans=(Span(start, d.spans[0].end), *d.spans[1:]))
