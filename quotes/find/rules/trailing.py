"""Rules for a verb of saying that stands after or inside its content: trailing reports
(``…, an official said``), parentheticals (``…, as critics argue``; ``Riding alone, she said,
can be hazardous``) and relative clauses (``a plan which Kerry says includes …``).

Each rule is tried in the order of :data:`quotes.find.rules.ORDER`; see :mod:`quotes.find.rules.context`.
"""

from __future__ import annotations

from quotes.find.rules.bounds import FINITE_TAGS, MIN_CONTENT_WORDS, is_opening_mark, right_content
from quotes.find.rules.context import CueContext, Found, finds
from quotes.nlp.doc import NOMINAL, DocView, nominal_run

RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
RELATIVE_TAGS = frozenset({"PRON", "SCONJ", "DET"})
SOURCE_PHRASE_TAGS = frozenset({*NOMINAL, "ADP", "CCONJ", "PART"})
"""Tags of the words of a source's name or description with its prepositional phrases."""
TRAILING_CUE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
"""Tags of a verb that can trail its content (``…, said Kerry``; not ``…, saying``)."""
SET_OFF = frozenset({",", "—", "–"})
"""Marks that set a trailing source off from the content."""


def _subject_after_relative(ctx: CueContext) -> tuple[list[int], int]:
    """The phrase before the verb, past any relative pronoun in it (``a group of hackers who U.S.
    officials say …``), and the index of the token before it."""
    view = ctx.view
    subj_run = sorted(ctx.run)
    rels = [
        k
        for k, i in enumerate(subj_run)
        if view.tokens[i].text.lower() in RELATIVE_PRONOUNS and view.tokens[i].upos in RELATIVE_TAGS
    ]
    if rels:
        subj_run = subj_run[rels[-1] + 1 :]
    return subj_run, (subj_run[0] - 1) if subj_run else -1


def _verb_next(ctx: CueContext) -> bool:
    view, v = ctx.view, ctx.v
    return v + 1 < ctx.end and view.tokens[v + 1].upos in {"VERB", "AUX"} and view.tokens[v + 1].xpos != "VBG"


@finds("relative.pronoun")
def relative_pronoun(ctx: CueContext) -> Found:
    """``a finish that he said defied expectations``, ``which the campaign says includes …``: the
    relative pronoun stands for what was said, and opens the content."""
    view = ctx.view
    subj_run, rel = _subject_after_relative(ctx)
    is_rel = (
        rel >= ctx.sentence.first
        and view.tokens[rel].upos in RELATIVE_TAGS
        and (view.tokens[rel].text.lower() in RELATIVE_PRONOUNS)
    )
    if is_rel and _verb_next(ctx):
        content = [rel, *right_content(view, ctx.v, ctx.v + 1)]
        return ctx.match(content, "relative.pronoun", (subj_run[0], subj_run[-1] + 1))
    return None


@finds("relative.no-pronoun")
def relative_no_pronoun(ctx: CueContext) -> Found:
    """``a decision they say allowed terrorist activity to multiply``: a relative clause with no
    pronoun; what was said is about the noun it hangs on."""
    view, v = ctx.view, ctx.v
    subj_run, rel = _subject_after_relative(ctx)
    if (
        _verb_next(ctx)
        and subj_run
        and rel >= ctx.sentence.first
        and view.tokens[rel].upos == "NOUN"
        and (
            view.tokens[v + 1].xpos in FINITE_TAGS
            and all(view.tokens[i].upos in {"PRON", "DET", "NOUN", "PROPN", "ADJ"} for i in subj_run)
        )
    ):
        antecedent = nominal_run(view, range(rel, ctx.sentence.first - 1, -1))
        content = [*sorted(antecedent), *right_content(view, v, v + 1)]
        return ctx.match(content, "relative.no-pronoun", (subj_run[0], subj_run[-1] + 1))
    return None


def _as_by_source(ctx: CueContext) -> tuple[list[int], tuple[int, int]] | None:
    """``As reported by Western Journalism, …``: the verb as the clause's run, and the source
    after ``by``; else the phrase before the verb and its span."""
    view, v, sent = ctx.view, ctx.v, ctx.sentence
    run = list(ctx.run)
    if run:
        return run, (min(run), max(run) + 1)
    as_by = v > sent.first and view.tokens[v - 1].text.lower() == "as" and v + 1 < sent.last
    if as_by and view.tokens[v + 1].text.lower() == "by":
        agent = nominal_run(view, range(v + 2, sent.last))
        if agent:
            return [v], (min(agent), max(agent) + 1)
    return None


@finds("parenthetical.as-clause")
def as_clause(ctx: CueContext) -> Found:
    """``As Ryan has pointed out, that is the textbook definition``, ``…, as critics argue.``: the
    report is the rest of the sentence, on either side of the ``as`` clause."""
    view, v, sent = ctx.view, ctx.v, ctx.sentence
    found = _as_by_source(ctx)
    if found is None:
        return None
    run, source = found
    after = view.tokens[v + 1] if v + 1 < sent.last else None
    if after is not None and (
        after.text.lower() in {"for", "that", "upon", "about", "of"} or after.upos in {"DET", "NOUN", "PROPN"}
    ):
        return None  # "as he called for greater ethics": while he said something of his own
    k = min(run) - 1
    if (
        k < sent.first
        or view.tokens[k].text.lower() != "as"
        or (k > sent.first and view.tokens[k - 1].text.lower() in {"such", "so", "just", "same", "as"})
    ):
        return None
    # the clause runs from "as" to the next comma (or the sentence's end)
    close = next((i for i in range(v + 1, sent.last) if view.tokens[i].text in {",", ";", "—"}), sent.last)
    left = list(range(sent.first, k))
    right = list(range(close + 1, sent.last)) if close < sent.last else []
    if left and view.tokens[left[-1]].text not in {",", "—", "("}:
        return None  # "as" inside the sentence without a comma: a comparison, not a report
    content = left + right
    if len([i for i in content if view.tokens[i].upos != "PUNCT"]) < MIN_CONTENT_WORDS or not any(
        view.tokens[i].upos in {"VERB", "AUX"} for i in content
    ):
        return None
    return ctx.match(content, "parenthetical.as-clause", source)


@finds("parenthetical.inside")
def inside(ctx: CueContext) -> Found:
    """``Riding alone in the park, she said, can be hazardous``: the cue and its source stand
    inside the content, which is both sides of them."""
    view, v, run = ctx.view, ctx.v, ctx.run
    if (
        run
        and not ctx.opens_quote
        and "ccomp" in ctx.frames
        and v + 1 < ctx.end
        and view.tokens[v + 1].text == ","
        and (min(run) - 1 > ctx.sentence.first and view.tokens[min(run) - 1].text == ",")
    ):
        left, right = list(range(ctx.line, min(run) - 1)), right_content(view, v, v + 2)
        if left and right and ctx.clause(left + right):
            return ctx.match(left + right, "parenthetical.inside", (min(run), max(run) + 1))
    return None


@finds("trailing.after-comma")
def after_comma(ctx: CueContext) -> Found:
    """``Pakistan maintains these ties …, an administration official said.``"""
    view, run = ctx.view, ctx.run
    if run and ctx.ends_here and not ctx.opens_quote:
        first = min(run)
        if first - 1 > ctx.sentence.first and view.tokens[first - 1].text in SET_OFF:
            content = list(range(ctx.line, first - 1))
            if ctx.clause(content):
                return ctx.match(content, "trailing.after-comma", (first, max(run) + 1))
    return None


def _source_phrase(view: DocView, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` can be a source's name or description: a noun phrase with
    its prepositional phrases (``a source close to him``, ``the undersecretary for management``)."""
    words = range(start, end)
    return (
        0 < end - start <= 14
        and view.tokens[start].upos in NOMINAL
        and any(view.tokens[i].upos in {"NOUN", "PROPN", "PRON"} for i in words)
        and all(
            view.tokens[i].upos in SOURCE_PHRASE_TAGS or view.tokens[i].text in {".", "-", "'s", "’s"} for i in words
        )
    )


def _trailing_source(view: DocView, v: int) -> tuple[int, int] | None:
    """The source of a trailing report set off by a comma, with its prepositions or its
    apposition: ``…, a source close to him said.``, ``…, Patrick F. Kennedy, the undersecretary for
    management, wrote in a memo.``; the span of the name, or None."""
    first = view.doc.sentences[view.tokens[v].sentence].first
    k = v - 1
    while k > first and view.tokens[k].upos in {"AUX", "ADV", "PART"}:
        k -= 1
    appositive = view.tokens[k].text == ","
    if appositive:
        k -= 1
    comma = next((i for i in range(k, max(first, k - 16) - 1, -1) if view.tokens[i].text in SET_OFF), None)
    if comma is None or not _source_phrase(view, comma + 1, k + 1):
        return None
    if not appositive:
        return comma + 1, k + 1
    # the name before the apposition: "Patrick F. Kennedy, the undersecretary …, wrote"
    before = next((i for i in range(comma - 1, max(first, comma - 10) - 1, -1) if view.tokens[i].text in SET_OFF), None)
    if before is None or not _source_phrase(view, before + 1, comma):
        return None
    return before + 1, comma


@finds("trailing.source-phrase")
def source_phrase(ctx: CueContext) -> Found:
    """``…, a source close to him said.``: a longer source phrase after the content."""
    if ctx.ends_here and not ctx.opens_quote:
        zone = _trailing_source(ctx.view, ctx.v)
        if zone is not None:
            content = list(range(ctx.line, zone[0] - 1))
            if ctx.clause(content):
                return ctx.match(content, "trailing.source-phrase", zone)
    return None


@finds("trailing.inverted")
def inverted(ctx: CueContext) -> Found:
    """``…, said the official``, ``…, says a U.S. official``: the cue before its trailing source."""
    view, v, end = ctx.view, ctx.v, ctx.end
    if not (
        v - 1 > ctx.sentence.first
        and view.tokens[v - 1].text in {",", "—"}
        and ctx.token.xpos in TRAILING_CUE_TAGS
        and ("ccomp" in ctx.frames)
    ):
        return None
    after = nominal_run(view, range(v + 1, end))
    tail = [view.tokens[i] for i in range(after[-1] + 1, end)] if after else []
    # (the source's name ends the sentence or a clause: not "said Mr. Cameron and the ''Remain''
    # camp had failed …", where a quotation mark stops the name but not the sentence)
    if after and (
        not tail
        or tail[0].upos == "PUNCT"
        and (not is_opening_mark(tail[0].text) or all(x.upos == "PUNCT" for x in tail))
    ):
        content = list(range(ctx.line, v - 1))
        if ctx.sentence_like(content):
            return ctx.match(content, "trailing.inverted", (after[0], after[-1] + 1))
    return None


@finds("relative.after-pronoun")
def after_pronoun(ctx: CueContext) -> Found:
    """``a bill which critics said was discriminatory``: right after a relative pronoun and its
    source, the verb of the clause said."""
    view, v = ctx.view, ctx.v
    relative = v >= 2 and view.tokens[v - 2].text.lower() in RELATIVE_PRONOUNS
    if ctx.rest and relative and ctx.rest[0].upos in {"VERB", "AUX"}:
        return ctx.match(right_content(view, v, v + 1), "relative.after-pronoun")
    return None
