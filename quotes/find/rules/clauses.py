"""Rules for a clause after a verb of saying (label ``ccomp``): ``said (that) X``, ``told
reporters X``, a headline, what follows a colon.

Each rule is tried in the order of :data:`quotes.find.rules.ORDER`; see :mod:`quotes.find.rules.context`.
"""

from __future__ import annotations

from quotes.find.rules.bounds import (
    FINITE_TAGS,
    MIN_CONTENT_WORDS,
    is_opening_mark,
    right_content,
    sentence_end,
    title_case,
)
from quotes.find.rules.context import CueContext, Found, finds
from quotes.find.rules.words import CLAUSE_MARKS, CONTENT_RELS, VAGUE_OBJECTS, WH_MARKS
from quotes.lexicon import TIME_WORDS
from quotes.lexicon.verbs import allows
from quotes.nlp.doc import DocView, nominal_run

NOUN_PHRASE_OPENERS = frozenset({"PROPN", "NOUN", "PRON", "DET", "NUM", "ADJ"})
"""Tags a noun phrase opens with."""
PERSON_TAGS = frozenset({"PROPN", "NOUN", "PRON", "DET"})
"""Tags the person told opens with (``told reporters``, ``told The Star-Ledger``)."""


@finds("ccomp.headline")
def headline(ctx: CueContext) -> Found:
    """``Clinton Says EgyptAir Crash Seems Like An Act Of Terrorism``: the rest of the headline."""
    view, v, t = ctx.view, ctx.v, ctx.token
    if t.text[:1].isupper() and v > ctx.sentence.first and title_case(view, t.sentence) and "ccomp" in ctx.frames:
        rest_idx = [i for i in range(v + 1, ctx.end) if view.tokens[i].upos != "PUNCT" or i < ctx.end - 1]
        if len(rest_idx) >= MIN_CONTENT_WORDS:
            return ctx.match(rest_idx, "ccomp.headline")
    return None


@finds("colon-after.after-cue")
def after_colon(ctx: CueContext) -> Found:
    """``He said:`` and a passage not in quotation marks, on the same line (``a blunt answer:
    Republican intellectuals loathe the rabble``) or as the next paragraph (a block quote)."""
    view, v = ctx.view, ctx.v
    end = sentence_end(view, v)
    colon = next((k for k in range(v + 1, min(end, v + 10)) if view.tokens[k].text == ":"), None)
    if colon is None or any(
        view.tokens[k].upos in {"VERB", "AUX"} or view.tokens[k].text in {",", ";"} for k in range(v + 1, colon)
    ):
        return None
    k = colon + 1
    if k >= len(view.tokens) or is_opening_mark(view.tokens[k].text) or view.tokens[k].text == "<":
        return None  # a direct quote (found as one) or a tweet's markup
    here = view.paragraph_of(view.tokens[colon].span.start)
    para = view.paragraph_of(view.tokens[k].span.start)
    if para == here:
        content = list(range(k, sentence_end(view, k)))
    elif para == here + 1:
        content = view.tokens_in(view.paragraphs[para])
    else:
        return None
    words = [i for i in content if view.tokens[i].upos != "PUNCT"]
    return ctx.match(content, "colon-after.after-cue") if len(words) >= MIN_CONTENT_WORDS else None


@finds("ccomp.that-clause")
def that_clause(ctx: CueContext) -> Found:
    """``said that X``, ``asked whether X``: a question keeps its wh-word."""
    view, v = ctx.view, ctx.v
    marks = WH_MARKS if allows(ctx.lemma, "question", "wh") else CLAUSE_MARKS
    that = next(
        (
            i
            for i in range(v + 1, min(ctx.end, v + 25))
            if view.tokens[i].text.lower() in marks
            and (view.tokens[i].upos in {"SCONJ", "ADV", "PRON"} or view.tokens[i].text.lower() != "that")
        ),
        None,
    )
    if that is not None and not any(view.tokens[i].upos in {"VERB", "AUX"} for i in range(v + 1, that)):
        return ctx.match(right_content(view, v, that), "ccomp.that-clause")
    return None


@finds("ccomp.dependent")
def dependent(ctx: CueContext) -> Found:
    """The content clause the parser hangs on the verb (``said the talks would go on``)."""
    view, v = ctx.view, ctx.v
    ccomp = [c for c in ctx.kids if c > v and view.tokens[c].deprel in CONTENT_RELS and not view.is_reporting(c)]
    # "urged women to vote for her, saying, “…”": a clause after another verb of saying is that verb's
    ccomp = [c for c in ccomp if not any(view.is_reporting(k) for k in range(v + 1, min(view.subtree(c))))]
    if not ccomp:
        return None
    start = min(view.subtree(ccomp[0]) - set(range(0, v + 1)))
    between = list(range(v + 1, start))
    opens_np = view.tokens[v + 1].upos in NOUN_PHRASE_OPENERS
    if between and allows(ctx.lemma, "addressee") and opens_np and view.tokens[start].text.lower() == "to":
        start = v + 1  # "told Jeb Bush to quiet down": whom, and what they were told to do
    elif between and not allows(ctx.lemma, "addressee") and opens_np:
        # "said both Obama and Biden have been fair", "said the last time anyone paid attention
        # … was": the clause's own subject, however the parser attached it
        start = v + 1
    return ctx.match(right_content(view, v, start), "ccomp.dependent")


def _past_person_told(view: DocView, v: int, end: int) -> int:
    """Where the setting after the person told ends (``told The Star-Ledger of Newark last week
    she …``): the first token past the person, a time and adverbials."""
    for k in [*nominal_run(view, range(v + 1, end)), end]:
        # the person told ends where a time or the clause's own subject begins
        if (
            k == end
            or view.tokens[k].text.lower() in TIME_WORDS | {"last", "this", "next"}
            or (k > v + 1 and view.tokens[k].text.lower() in {"he", "she", "they", "we", "i", "it"})
        ):
            break
    while k < end and (
        view.tokens[k].upos in {"ADV", "ADP"}
        or view.tokens[k].deprel.startswith("obl")
        or view.tokens[k].text.lower() in TIME_WORDS
        or view.tokens[k].upos == "ADJ"
        and view.tokens[k].text.lower() == "last"
    ):
        k += 1
    return k


@finds("ccomp.told-person")
def told_person(ctx: CueContext) -> Found:
    """``told The Star-Ledger of Newark last week she would rather …``: past the person told, a
    clause with its own finite verb."""
    view, v, end = ctx.view, ctx.v, ctx.end
    if not ctx.rest or not allows(ctx.lemma, "addressee") or ctx.rest[0].upos not in PERSON_TAGS:
        return None
    k = _past_person_told(view, v, end)
    after = nominal_run(view, range(k, min(end, k + 6)))
    verb_at = max(after) + 1 if after else end
    if (
        k > v + 1
        and verb_at < end
        and view.tokens[verb_at].upos in {"AUX", "VERB"}
        and (view.tokens[verb_at].xpos in FINITE_TAGS)
    ):
        return ctx.match(right_content(view, v, k), "ccomp.told-person")
    return None


def _phrase_then_verb(ctx: CueContext) -> bool | None:
    """Whether a noun phrase follows the verb, then (within six words) a finite verb of its own
    (True: ``said talks would continue``) or an infinitive or participle (False: ``announced a
    series of steps to tighten sales``); None when no phrase and verb follow."""
    if not ctx.rest or allows(ctx.lemma, "addressee") or ctx.rest[0].upos not in NOUN_PHRASE_OPENERS:
        return None
    verb = next((k for k, t in enumerate(ctx.rest[1:7], 1) if t.upos in {"AUX", "VERB"}), None)
    if verb is None:
        return None
    return ctx.rest[verb - 1].text.lower() != "to" and ctx.rest[verb].xpos != "VBG"


@finds("ccomp.subject-verb")
def subject_verb(ctx: CueContext) -> Found:
    """``said talks would continue``: a phrase right after the verb, then its own verb."""
    if _phrase_then_verb(ctx) is True:
        return ctx.match(right_content(ctx.view, ctx.v, ctx.v + 1), "ccomp.subject-verb")
    return None


@finds("object.noun-infinitive")
def noun_infinitive(ctx: CueContext) -> Found:
    """``announced a series of steps to tighten sales``: an object and what hangs on it."""
    if _phrase_then_verb(ctx) is False:
        return ctx.match(right_content(ctx.view, ctx.v, ctx.v + 1), "object.noun-infinitive")
    return None


@finds("ccomp.untagged-verb")
def untagged_verb(ctx: CueContext) -> Found:
    """``Doyle said each year of education yields a 10% bump``: a clause whose verb the tagger
    missed; what follows ``said`` is still what was said."""
    if (
        ctx.rest
        and allows(ctx.lemma, "clause-object")
        and ctx.rest[0].upos in NOUN_PHRASE_OPENERS
        and (ctx.rest[0].text.lower().rstrip(".") not in TIME_WORDS | VAGUE_OBJECTS)
    ):
        content = right_content(ctx.view, ctx.v, ctx.v + 1)
        if len([i for i in content if ctx.view.tokens[i].upos != "PUNCT"]) >= 4:
            return ctx.match(content, "ccomp.untagged-verb")
    return None


@finds("ccomp.clause-after")
def clause_after(ctx: CueContext) -> Found:
    """``said in a statement Thursday night they pulled …``: a clause that opens past the
    setting of the report."""
    if ctx.rest and allows(ctx.lemma, "clause-object") and ctx.token.upos == "VERB":
        opens = _clause_opens(ctx.view, ctx.v, ctx.end)
        if opens is not None:
            return ctx.match(right_content(ctx.view, ctx.v, opens), "ccomp.clause-after")
    return None


def _past_setting(view: DocView, v: int, end: int) -> int | None:
    """The first token after the verb past the report's setting (``in an interview with The
    Associated Press last week``, ``on Saturday``); None when a setting has no noun phrase."""
    k = v + 1
    while k < end and view.tokens[k].upos == "ADP" and view.tokens[k].text.lower() in {"in", "on", "at", "during"}:
        run = nominal_run(view, range(k + 1, min(end, k + 12)))
        if not run:
            return None
        k = max(run) + 1
        while k < end and view.tokens[k].text.lower() in TIME_WORDS | {"last", "this", "next"}:
            k += 1
        if k < end and view.tokens[k].upos == "ADP" and view.tokens[k].text.lower() == "with":
            run = nominal_run(view, range(k + 1, min(end, k + 8)))
            k = max(run) + 1 if run else k
    return k


def _clause_opens(view: DocView, v: int, end: int) -> int | None:
    """Where a clause reported by ``v`` opens, past the setting of the report: ``said in a
    statement Thursday night they pulled …``, ``said nearly every conversation … centers on …``,
    ``said closed primaries deny …``. The clause must reach a finite verb before any comma."""
    k = _past_setting(view, v, end)
    if k is None or k >= end or view.tokens[k].text.lower() in {"that", "to", "for", "about", "of", ",", "."}:
        return None
    if view.tokens[k].text.lower() in VAGUE_OBJECTS | TIME_WORDS or view.tokens[k].upos in {"SCONJ", "ADP"}:
        return None  # "said as he launched …": the time of the report
    if view.tokens[k].upos == "ADV" and k + 1 < end and view.tokens[k + 1].upos in {"VERB", "AUX"}:
        return None  # "said, quickly hung up"
    for j in range(k + 1, min(end, k + 14)):
        tj = view.tokens[j]
        if tj.text in {",", ";", ":", ".", "(", "—"} or tj.upos == "SCONJ":
            return None
        if tj.xpos in FINITE_TAGS and not view.is_reporting(j):
            return k
    return None
