"""Indirect and mixed quotations: the content of a verb of saying, found in the dependency parse.

The shapes news uses, each a rule recorded on the quote:

``ccomp``
    ``Kerry said (that) talks would continue``, ``Kerry told reporters that …``,
    ``talks which he said focused on …`` (the content clause of the verb);
``trailing``
    ``Pakistan maintains these ties …, an administration official said.`` (the verb hangs
    off the content clause as parataxis);
``according-to``
    ``according to X, …`` and ``…, according to X.``;
``frame``
    verbs with other frames, from :data:`quotes.lexicon.REPORTING_VERBS`:
    ``described the talks as candid``, ``accused Afghanistan of …``, ``called it an important meeting``.

An indirect quote whose content holds quoted words (``hope to remove "irritants"``) is one
quote of kind ``mixed``; one whose content is a direct quote already found is left to it.
"""

from __future__ import annotations

from quotes.find.attribute import Draft
from quotes.find.marks import Quoted

# the rule modules register their finders as they are imported
from quotes.find.rules import clauses, objects, passive, trailing  # noqa: F401
from quotes.find.rules.bounds import FINITE_TAGS, sentence_end
from quotes.find.rules.context import PHRASE_FINDERS, CueContext, Match, cue_context, first_match
from quotes.find.rules.merge import merge
from quotes.find.rules.nominal import retagged
from quotes.find.rules.registry import ORDER
from quotes.find.rules.sources import before_main_clause, find_source, is_fronted, reports_nothing, unnamed_asker
from quotes.model import Span
from quotes.nlp.doc import DocView, nominal_run


def find_indirect(view: DocView, drafts: list[Draft], quoted: list[Quoted]) -> list[Draft]:
    """Adds indirect and mixed quotations to the direct ``drafts``; returns all, in text order.

    Args:
        view: The annotated article.
        drafts: Direct quotes found so far.
        quoted: Every quoted passage, scare quotes included (they make a quote mixed).
    """
    view = retagged(view)
    quoted_spans = [s for q in quoted for s in q.spans]
    return merge(view, drafts, find_matches(view, drafts, quoted_spans), quoted_spans)


def find_matches(view: DocView, drafts: list[Draft], quoted: list[Span]) -> list[Match]:
    """What the rules find: for each verb of saying outside quotation marks, the first match of
    the ``passive`` rules, else of the ``cue`` rules (with its source); then the reports with no
    verb (the ``phrase`` rules), in the registry's order."""
    # the verbs that attribute a direct quote before them, and whether their subject follows them
    attributing = {
        d.cue[0]: d.subject is not None and d.subject[0] > d.cue[0]
        for d in drafts
        if d.cue is not None and d.rule == "cue-after"
    }
    out: list[Match] = []
    for v in range(len(view.tokens)):
        if not view.is_reporting(v) or any(s.contains(view.tokens[v].span) for s in quoted) or reports_nothing(view, v):
            continue
        ctx = cue_context(view, v)
        found = first_match(ctx, "passive")
        if found is None:
            found = first_match(ctx, "cue")
            found = _settled(ctx, found, attributing) if found is not None else None
        if found is not None:
            out.append(found)
    for r in ORDER:
        if r.stage == "phrase":
            out.extend(PHRASE_FINDERS[r.name](view))
    return out


def _settled(ctx: CueContext, m: Match, attributing: dict[int, bool]) -> Match | None:
    """The match with its content cut to the report and its source found; None when it is no
    report: what follows a verb that attributes a direct quote, or a report with no source that
    is neither a clause, an object nor a frame."""
    view, v, idxs = ctx.view, ctx.v, list(m.content)
    if v in attributing and idxs and min(idxs) > v and _after_attribution(view, v, idxs, attributing[v]):
        return None
    if is_fronted(view, v):
        # "Asked if there had been any fraud, Michael Briggs said …": the question ends where the
        # main clause begins
        idxs = before_main_clause(view, v, idxs)
    source = m.source
    if unnamed_asker(view, v):
        # "when asked who would win, the senator laughed": the senator was asked; the asker is
        # named only by "by" ("Asked by Matt Lauer whether …")
        by = v + 1 < len(view.tokens) and view.tokens[v + 1].text.lower() == "by"
        agent = nominal_run(view, range(v + 2, sentence_end(view, v))) if by else []
        source = (min(agent), max(agent) + 1) if agent else None
    elif source is None:
        source = find_source(view, v, idxs)
        if source is None and not _stands_unsourced(ctx, m.label, idxs):
            return None
    return ctx.match(idxs, m.rule_name, source)


def _after_attribution(view: DocView, v: int, idxs: list[int], inverted: bool) -> bool:
    """“…,” said X, who …: what follows an inverted attribution is no content; nor, after “…,”
    Trump said, is what follows a comma, a preposition or a participle."""
    return (
        inverted
        or view.tokens[v + 1].text in {",", "—", "–"}
        or view.tokens[v + 1].upos == "ADP"
        or view.tokens[min(idxs)].xpos == "VBG"
    )


def _stands_unsourced(ctx: CueContext, label: str, idxs: list[int]) -> bool:
    """With no source found, a report still stands (its speaker unknown) when it is a clause, an
    object or a frame of a verb of saying; not a guess at a trailing one, nor the reader's
    (``please note that …``)."""
    view, v = ctx.view, ctx.v
    clause = any(view.tokens[i].xpos in FINITE_TAGS or view.tokens[i].text.lower() in {"that", "whether"} for i in idxs)
    imperative = view.tokens[v].xpos == "VB" and not any(
        view.tokens[k].upos in {"AUX", "PART"} for k in range(max(0, v - 2), v)
    )
    return not imperative and (label in {"frame", "object"} or label == "ccomp" and clause)
