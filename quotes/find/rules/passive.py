"""Rules for a passive verb of saying (label ``passive``), tried before the others: ``Her death
was confirmed by the Eagle Forum`` (the subject is what was said, the ``by`` phrase who said
it), ``Trump was asked whether …`` (the subject is whom it was said to; the content follows).
Without a ``by`` phrase the source is unnamed (None).
"""

from __future__ import annotations

from quotes.find.rules.bounds import MIN_CONTENT_WORDS, case_word
from quotes.find.rules.context import CueContext, Found, finds, first_match
from quotes.lexicon.verbs import allows


def _passive_subject(ctx: CueContext) -> int | None:
    """The passive subject of the verb, when the verb is a passive by its form, not only by its
    label (``was confirmed``, ``has been denied``)."""
    view, kids = ctx.view, ctx.kids
    subj = next((c for c in kids if view.tokens[c].deprel == "nsubj:pass" and c < ctx.v), None)
    if (
        subj is None
        or ctx.token.xpos != "VBN"
        or not any(view.tokens[c].deprel == "aux:pass" and view.tokens[c].lemma.lower() in {"be", "get"} for c in kids)
    ):
        return None
    return subj


def _agent(ctx: CueContext) -> tuple[int, int] | None:
    """The ``by`` phrase's noun phrase, or None."""
    view = ctx.view
    agent = next(
        (c for c in ctx.kids if view.tokens[c].deprel in {"obl:agent", "obl"} and case_word(view, c) == "by"), None
    )
    return view.np_span(agent) if agent is not None else None


@finds("passive.addressee")
def addressee(ctx: CueContext) -> Found:
    """``Kerry was told the talks would go on``: what the subject was told or asked, found by the
    rules for verbs of saying, after the verb."""
    if not allows(ctx.lemma, "addressee") or _passive_subject(ctx) is None:
        return None
    found = first_match(ctx, "cue")
    if found is None or not found.content or min(found.content) < ctx.v:
        return None
    return ctx.match(found.content, "passive.addressee", _agent(ctx))


@finds("passive.subject")
def subject(ctx: CueContext) -> Found:
    """``On Thursday, the dissolution of the club was announced``: the subject is what was said."""
    if allows(ctx.lemma, "addressee"):
        return None
    subj = _passive_subject(ctx)
    if subj is None:
        return None
    view, source = ctx.view, _agent(ctx)
    content = sorted(i for i in view.subtree(subj) if i < ctx.v and view.tokens[i].deprel not in {"punct"})
    # ("The meeting was first reported by Politico": a named source makes two words enough)
    if len(content) < (2 if source is not None else MIN_CONTENT_WORDS):
        return None
    return ctx.match(content, "passive.subject", source)
