"""Rules for what a verb of saying takes other than a clause (labels ``frame`` and
``object``): ``described the talks as candid``, ``called Trump unhinged``, ``called for a ban``,
``spoke about his plans``, ``announced a new round of talks``.

Each rule is tried in the order of :data:`quotes.find.rules.ORDER`; see :mod:`quotes.find.rules.context`.
"""

from __future__ import annotations

from quotes.find.rules.bounds import FINITE_TAGS, case_word, is_opening_mark, right_content
from quotes.find.rules.context import NO_REPORT, CueContext, Found, finds
from quotes.find.rules.words import FRAME_RELS, OBJECT_CASES
from quotes.lexicon import CONTENTLESS_OBJECTS, NOT_TOPIC_HEADS
from quotes.lexicon.verbs import allows
from quotes.nlp.doc import nominal_run

NOUN_HEAD_TAGS = frozenset({"NOUN", "PROPN", "PRON"})


@finds("frame.as-of")
def as_of(ctx: CueContext) -> Found:
    """``described the talks as candid``, ``accused Afghanistan of …``: a verb framed with as or
    of, and the word within ten tokens."""
    if ctx.frames & {"as", "of"}:
        word = "as" if "as" in ctx.frames else "of"
        if any(ctx.view.tokens[i].text.lower() == word for i in range(ctx.v + 1, min(ctx.end, ctx.v + 10))):
            return ctx.match(right_content(ctx.view, ctx.v, ctx.v + 1), "frame.as-of")
    return None


@finds("object.call-for")
def call_for(ctx: CueContext) -> Found:
    """``called for a special prosecutor to investigate …``, ``called on Congress to act``, ``asked
    for $1.9 billion to fight Zika``."""
    nxt = ctx.next_word
    if ctx.lemma == "call" and nxt in {"for", "on", "upon"} or allows(ctx.lemma, "asks-for") and nxt == "for":
        return ctx.match(right_content(ctx.view, ctx.v, ctx.v + 2), "object.call-for")
    return None


@finds("frame.called")
def called(ctx: CueContext) -> Found:
    """``calling Mitch McConnell a liar``, ``called the deal a "$25 billion mistake."``, ``calls
    Clinton unqualified``: an object and what it was called, by the words' order alone (a phone
    call, ``called Cruz on Monday``, has no second phrase)."""
    view, v, end = ctx.view, ctx.v, ctx.end
    if ctx.lemma != "call" or ctx.token.deprel == "acl":
        return None
    # "called undocumented immigrants from Mexico “rapists”": the name given is in quotes
    mark = next((k for k in range(v + 2, min(end, v + 14)) if is_opening_mark(view.tokens[k].text)), None)
    if (
        mark is not None
        and mark + 1 < end
        and view.tokens[mark + 1].upos != "PUNCT"
        and not any(
            view.tokens[k].xpos in FINITE_TAGS
            or view.tokens[k].upos == "PUNCT"
            and view.tokens[k].text not in {"'s", "’s", "-"}
            for k in range(v + 1, mark)
        )
    ):
        return _called_match(ctx)
    run = nominal_run(view, range(v + 1, end))
    if not run:
        return None
    toks = [view.tokens[i] for i in run]
    # a second noun phrase opens inside the run: a determiner or adjective after a noun
    split = next(
        (
            k
            for k in range(1, len(toks))
            if toks[k].upos in {"DET", "ADJ", "NUM"} and toks[k - 1].upos in NOUN_HEAD_TAGS
        ),
        None,
    )
    nxt = view.tokens[run[-1] + 1] if run[-1] + 1 < end else None
    predicate = split is not None or (nxt is not None and (nxt.upos == "ADJ" or all(c in "\"“'‘" for c in nxt.text)))
    return _called_match(ctx) if predicate else None


def _called_match(ctx: CueContext) -> Found:
    content = right_content(ctx.view, ctx.v, ctx.v + 1)
    return ctx.match(content, "frame.called") if content else None


@finds("frame.object-complement")
def object_complement(ctx: CueContext) -> Found:
    """``Lynch calls North Carolina her home state``: an object and a second phrase that is not a
    time or place (``called Cruz on Monday`` is a phone call)."""
    view, v = ctx.view, ctx.v
    if "xobj" not in ctx.frames:
        return None
    right = [c for c in ctx.kids if c > v and view.tokens[c].deprel in FRAME_RELS]
    objs = [c for c in right if view.tokens[c].deprel == "obj"]
    if objs and (
        len(objs) > 1
        or any(
            view.tokens[c].deprel in {"xcomp", "ccomp"}
            or (view.tokens[c].deprel == "obl" and case_word(view, c) == "as")
            for c in right
        )
    ):
        start = min(right[0], *view.subtree(right[0]))
        return ctx.match(right_content(view, v, start), "frame.object-complement")
    return None


@finds("object.call-out")
def call_out(ctx: CueContext) -> Found:
    """``called out his rival for …``; any other call with no name given is a phone call or a
    summons: no report."""
    if ctx.lemma != "call":
        return None
    if ctx.v + 2 < ctx.end and ctx.view.tokens[ctx.v + 1].text.lower() == "out":
        return ctx.match(right_content(ctx.view, ctx.v, ctx.v + 2), "object.call-out")
    return NO_REPORT


@finds("object.topic-only")
def topic_only(ctx: CueContext) -> Found:
    """``spoke about his plans``: a verb that takes no clause nor object reports its topic, or
    nothing."""
    if "ccomp" in ctx.frames or "obj" in ctx.frames or allows(ctx.lemma, "object"):
        return None
    topic = _topic(ctx)
    if not (topic or "about" in ctx.frames):
        return None
    return ctx.match(topic, "object.topic-only") if topic else NO_REPORT


@finds("object.topic")
def topic(ctx: CueContext) -> Found:
    """``commented on the ruling``, ``did not respond to requests for comment``: the phrase said
    to be the topic."""
    found = _topic(ctx)
    return ctx.match(found, "object.topic") if found else None


def _preposition_after(ctx: CueContext) -> int:
    """The preposition right after the verb (``spoke of defeat``, ``pointed to the protesters``),
    past a particle or an adverb (``spoke out against``, ``spoke favorably of``) and past whom and
    how (``spoke to CNN about``, ``spoke at length about``)."""
    view, v = ctx.view, ctx.v
    k = v + 1
    while k < len(view.tokens) and (view.tokens[k].text.lower() in {"out", "up"} or view.tokens[k].upos == "ADV"):
        k += 1
    preps = _topic_prepositions(ctx)
    if k < len(view.tokens) and view.tokens[k].text.lower() in {"to", "with", "at", "in"}:
        about = next(
            (m for m in range(k + 1, min(len(view.tokens), k + 7)) if view.tokens[m].text.lower() in preps - {"to"}),
            None,
        )
        if about is not None and all(
            view.tokens[m].upos in {"PROPN", "NOUN", "DET", "ADJ", "PRON", "PUNCT"}
            and view.tokens[m].text not in {",", ".", ";"}
            for m in range(k + 1, about)
        ):
            k = about
    return k


def _topic_prepositions(ctx: CueContext) -> frozenset[str]:
    """``to`` only after point and respond (``spoke to Reuters`` names whom, not what about)."""
    return frozenset({"to"}) if allows(ctx.lemma, "topic-to") else frozenset({"about", "of", "against"})


def _topic(ctx: CueContext) -> list[int]:
    """``spoke about his plans``, ``commented on the ruling``: the phrase said to be the topic
    (not ``spoke on the condition of anonymity`` or ``on Monday``)."""
    view, v = ctx.view, ctx.v
    if allows(ctx.lemma, "no-topic"):
        return []  # "said on CNN": where, not what about
    k = _preposition_after(ctx)
    if (
        k + 1 < len(view.tokens)
        and view.tokens[k].text.lower() in _topic_prepositions(ctx)
        and (
            view.tokens[k + 1].text.lower() not in NOT_TOPIC_HEADS
            # "spoke of his faith", "spoke about what he perceives"
            and (view.tokens[k + 1].upos != "PRON" or view.tokens[k + 1].xpos in {"PRP$", "WP", "WDT"})
        )
        and allows(ctx.lemma, "topic", "topic-to")
    ):
        return right_content(view, v, k + 1)
    for c in ctx.kids:
        if any(view.tokens[k].text.lower() in NOT_TOPIC_HEADS for k in range(c - 1, min(c + 2, len(view.tokens)))):
            continue
        if (
            c > v
            and view.tokens[c].deprel.startswith("obl")
            and any(
                view.tokens[k].deprel == "case" and view.tokens[k].text.lower() in {"about", "on"}
                for k in view.children[c]
            )
        ):
            sub = sorted(view.subtree(c) - set(range(0, v + 1)))
            # what follows the preposition, as far as the report goes ("spoke about the need for
            # Americans to recognize …", however the parse hangs its parts)
            start = sub[0] + 1 if view.tokens[sub[0]].text.lower() in {"about", "on", "of"} else sub[0]
            return right_content(view, v, start)
    return []


def _object_heads(ctx: CueContext) -> list[int]:
    """The verb's dependents that make up what it reports: its object, clause or infinitive, and
    its prepositional phrases of topic (``responded to the report``, ``accused him of lying``)."""
    view, v, kids = ctx.view, ctx.v, ctx.kids
    right = [
        c
        for c in kids
        if c > v
        and (
            view.tokens[c].deprel in {"obj", "xcomp", "ccomp"}
            or (view.tokens[c].deprel == "obl" and case_word(view, c) in OBJECT_CASES)
            or (
                # "urged people not to “choose …”", "promised Sunday at a rally to end …", however
                # the parser attached the infinitive
                allows(ctx.lemma, "addressee", "infinitive")
                and view.tokens[c].deprel == "advcl"
                and any(view.tokens[m].text.lower() == "to" for m in view.children[c])
            )
        )
        and view.tokens[c].text.lower() not in NOT_TOPIC_HEADS
    ]
    return [
        c
        for c in right
        if view.tokens[c].upos != "PRON"
        or view.tokens[c].deprel != "obj"
        or any(view.tokens[k].deprel == "xcomp" for k in kids)
    ]


@finds("object.object")
def object_object(ctx: CueContext) -> Found:
    """``announced a new round of talks``, ``urged party leaders to turn away from …``: what was
    announced, criticised, asked about; the object phrase is the content (not ``told reporters``:
    ``no-object`` in :data:`quotes.lexicon.verbs.VERB_TABLE`)."""
    view, v, kids = ctx.view, ctx.v, ctx.kids
    directive = allows(ctx.lemma, "addressee") and any(view.tokens[c].deprel == "xcomp" and c > v for c in kids)
    if allows(ctx.lemma, "no-object") and not directive:
        return None
    if not allows(ctx.lemma, "addressee") and any(view.tokens[c].deprel in {"aux:pass", "nsubj:pass"} for c in kids):
        # "was criticized by economists": what was said is the subject, if anything ("was asked a
        # question about …" says what was asked)
        return None
    right = _object_heads(ctx)
    if not right:
        return None
    head = view.tokens[right[0]]
    if head.deprel == "obj" and head.lemma.lower() in CONTENTLESS_OBJECTS:
        return None
    # from the object's first word to the end of its clause: what it is asked or urged to do and
    # the phrases the parser hung on the verb
    last = right[-1] if allows(ctx.lemma, "addressee") else right[0]
    start = min((view.subtree(right[0]) | view.subtree(last)) - set(range(0, v + 1)))
    return ctx.match(right_content(view, v, start), "object.object")
