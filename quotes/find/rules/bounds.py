"""Content bounds: where a reported content begins and ends (shared by the indirect rules)."""

from __future__ import annotations

from quotes.lexicon.verbs import allows
from quotes.model import Span
from quotes.nlp.doc import DocView, nominal_run

MIN_CONTENT_WORDS = 3
"""Content shorter than this is not reported speech (``said so``, ``told him``)."""

EDGE_WORDS = frozenset({"that", ",", ":", ";", "-", "—", "–", "and", "but", "whether", "if"})

KEPT_OPENERS = frozenset({"that", "whether", "if"})
"""Words that open a reported clause and stay part of it, as PolNeAR and most annotation
schemes mark the content: ``said [that talks would continue]``, ``asked [whether he would run]``."""


def letter_offsets(text: str, span: Span) -> set[int]:
    return {i for i in range(span.start, span.end) if text[i].isalnum()}


def trim_edges(view: DocView, idxs: list[int]) -> list[int]:
    """Drops the marks, conjunctions and punctuation at either end of a content."""
    while idxs and (
        view.tokens[idxs[0]].text.lower() in EDGE_WORDS - KEPT_OPENERS or view.tokens[idxs[0]].upos == "PUNCT"
    ):
        idxs = idxs[1:]
    # (a lone "That" stays: "That's according to exit polls")
    while idxs and (
        view.tokens[idxs[-1]].upos == "PUNCT"
        and view.tokens[idxs[-1]].text not in {"”", '"', "’"}
        or view.tokens[idxs[-1]].text.lower() in EDGE_WORDS
        and len(idxs) > 1
    ):
        idxs = idxs[:-1]
    return idxs


FRONTED_RELS = frozenset({"advcl", "csubj"})

ADJUNCT_OPENERS = frozenset({"compared", "comparing", "though", "although", "despite", "whereas"})
"""Words that open, after a comma, the writer's comparison or circumstance rather than more
of what was said."""

CLAUSE_LINKS = frozenset({"but", "and", "while", "whereas", "although", "though", "yet", "however"})


def sentence_end(view: DocView, v: int) -> int:
    """Index just past the last token of ``v``'s sentence."""
    sent = view.doc.sentences[view.tokens[v].sentence]
    return sent.last


def sentence_tokens(view: DocView, v: int) -> list[int]:
    sent = view.doc.sentences[view.tokens[v].sentence]
    return list(range(sent.first, sent.last))


def ancestors(view: DocView, v: int) -> set[int]:
    out, h = {v}, view.tokens[v].head
    while h >= 0 and h not in out:
        out.add(h)
        h = view.tokens[h].head
    return out


def phrase_then_verb(view: DocView, start: int, limit: int, end: int, skip: set[str]) -> tuple[list[int], int]:
    """The noun phrase opening at ``start`` (looked for before ``limit``) and the index of the
    first word after it and after any ``skip`` tags (auxiliaries, adverbs), before ``end``."""
    run = nominal_run(view, range(start, limit))
    after = max(run) + 1 if run else start
    while after < end and view.tokens[after].upos in skip:
        after += 1
    return run, after


def right_content(view: DocView, v: int, start: int) -> list[int]:
    """From ``start`` to the end of the sentence, cut where a new constituent of the verb begins.

    Cuts before ``, adding …`` / ``, without …`` (a comma and a dependent of the verb or of
    what governs it), before ``but declined …`` (a conjoined verb with no subject of its own),
    and before a quotation mark that opens a new sentence-like part.
    """
    end = sentence_end(view, v)
    chain = ancestors(view, v)
    # "Although he said that he respects her, he …": a report in a clause before the main one
    # ends where the main clause begins
    fronted = next(
        (
            a
            for a in sorted(chain, reverse=True)
            if a >= 0 and view.tokens[a].deprel in FRONTED_RELS and view.tokens[a].head > v
        ),
        None,
    )
    inside = view.subtree(fronted) if fronted is not None else None
    relative = in_comma_relative(view, v)
    out: list[int] = []
    for i in range(start, end):
        t = view.tokens[i]
        if out and view.line_break_before(i):
            break  # a reported clause never runs into the next line (the tokenizer may not split there)
        if inside is not None and out and t.text == "," and i + 1 < end and i + 1 not in inside:
            break
        if _cut_at_mark(view, chain, out, i, end, relative=relative):
            break
        if out and t.upos == "CCONJ" and i + 1 < end and _cut_at_conjunction(view, v, out, i, end):
            break
        out.append(i)
    return out


def in_comma_relative(view: DocView, v: int) -> bool:
    """Whether the cue ``v`` opens a relative clause set off by a comma (``Lee, who has said …``):
    the clause ends at the comma before the main clause's verb."""
    j = v - 1
    while j >= 0 and view.tokens[j].upos in {"AUX", "ADV", "PART"}:
        j -= 1
    return j >= 1 and view.tokens[j].text.lower() in {"who", "which"} and view.tokens[j - 1].text == ","


def _finite_verb_at(view: DocView, i: int) -> bool:
    t = view.tokens[i]
    return t.upos in {"VERB", "AUX"} and t.xpos in FINITE_TAGS


def _cut_at_mark(view: DocView, chain: set[int], out: list[int], i: int, end: int, *, relative: bool = False) -> bool:
    """Whether the content ``out`` ends before the mark ``i`` (a comma, semicolon, dash or colon,
    once the content has begun): what follows is the writer's, or another report's.
    ``relative``: the cue stands in a relative clause set off by a comma (:func:`in_comma_relative`)."""
    t = view.tokens[i]
    # (a comma inside closing quotation marks ends the phrase as well: 'a "distortion," describing …')
    comma_quote = (
        t.upos == "PUNCT" and all(c in "\"”'’" for c in t.text) and bool(out) and view.tokens[out[-1]].text == ","
    )
    # ("that, while the tax may …, workers won't …": nothing is cut before the content begins)
    started = any(view.tokens[k].text.lower() not in KEPT_OPENERS and view.tokens[k].upos != "PUNCT" for k in out)
    if not (
        started and t.upos == "PUNCT" and (t.text in {",", ";", "—", "–", "-", ":"} or comma_quote) and i + 1 < end
    ):
        return False
    nxt = view.tokens[i + 1]
    if t.text == ":" and is_opening_mark(nxt.text):
        return True  # "… the need for strong will: “Change the world …”": a quote of its own
    if t.text == ";":
        return True  # "… was born outside the country; 29 percent said …": the writer's next clause
    clause = any(view.tokens[k].upos in {"VERB", "AUX"} for k in out)
    if relative and clause and t.text == "," and _finite_verb_at(view, i + 1):
        # "Lee, who said talks failed, left early": once the content has its verb, the main
        # clause's verb after the relative clause ("that the two men, and Cruz, must …" goes on)
        return True
    # "said Trump, despite his wealth, is …", "said the decision, which struck down …, could …": an
    # aside before the clause's own verb is part of the content
    pending = verb_after_aside(view, out, i, end)
    if writers_aside(view, i + 1, end, clause=clause) and not pending:
        return True
    if view.is_reporting(i + 1) and nxt.xpos in {"VBD", "VBZ", "VBP"}:
        return True  # "…, said one voter": the next report's attribution
    if not pending and (nxt.text.lower() in ADJUNCT_OPENERS or (t.text in {"—", "–"} and nxt.upos == "DET")):
        return True  # ", compared with four in 10 …", ", though she did not …", "— a proposal he …"
    if nxt.text.lower() in {"which", "who", "where"} and not pending:
        return True  # ", which …": the writer's gloss on the last word, not the speaker's
    if _new_clause_of_sentence(view, chain, i, end):
        return True
    if not pending and (
        (nxt.head in chain and nxt.deprel in {"advcl", "conj", "parataxis", "obl", "advmod", "xcomp"})
        # ", adding …", ", saying …": the speaker's next words; ", bringing its total to …" goes on
        or nxt.xpos == "VBG"
        and nxt.upos == "VERB"
        and (view.is_reporting(i + 1) or nxt.head in chain)
    ):
        return True
    return _attribution_follows(view, i, end)


def _new_clause_of_sentence(view: DocView, chain: set[int], i: int, end: int) -> bool:
    """``, but insists …``, ``, while Cruz said …``: after the mark ``i`` a link opens a new clause
    of the sentence, not the content's."""
    nxt = view.tokens[i + 1]
    if nxt.text.lower() not in CLAUSE_LINKS or i + 2 >= end or view.tokens[i + 2].text.lower() == "that":
        return False
    w = nxt.head
    return (
        w >= 0
        and w > i
        and (view.tokens[w].head in chain or any(view.is_reporting(k) for k in range(i + 2, min(end, i + 10))))
    )


def _attribution_follows(view: DocView, i: int, end: int) -> bool:
    """``, an administration official said``, ``, even a top strategist said``: after the mark
    ``i`` another report's attribution begins (not a clause of the content after its condition:
    ``if Iran were a stock, he would advise …``)."""
    opens = i + 2 if view.tokens[i + 1].upos == "ADV" else i + 1
    run, after = phrase_then_verb(view, opens, min(end, opens + 8), end, {"AUX", "ADV"})
    return (
        bool(run)
        and after < end
        and view.is_reporting(after)
        and not any(view.tokens[k].xpos == "MD" for k in range(max(run) + 1, after))
    )


def _cut_at_conjunction(view: DocView, v: int, out: list[int], i: int, end: int) -> bool:
    """Whether the content ``out`` ends before the conjunction ``i``: another report begins (``…
    and he reiterated his claim``, ``… and others have said``), or with no subject of its own a
    verb of saying or of a speaker's act goes on from the speaker (``… and promised to stay out
    of it``, ``… but has withheld her endorsement``)."""
    run, after = phrase_then_verb(view, i + 1, min(end, i + 8), end, {"AUX", "ADV", "PART"})
    if run and after < end and view.is_reporting(after):
        return True
    if run or after >= end or view.tokens[after].upos != "VERB":
        return False
    nv = view.tokens[after]
    # (in the verb's own tense, or a tense the content has not used: "adds that she has released
    # her returns and called on Sanders …"; "he'd sit Putin down and tell him …" is still the
    # content)
    own_tense = (
        nv.xpos == view.tokens[v].xpos
        or view.tokens[after - 1].upos == "AUX"
        or (nv.xpos in {"VBD", "VBZ", "VBP"} and not any(view.tokens[k].xpos == nv.xpos for k in out))
    )
    if (view.is_reporting(after) or allows(nv.lemma.lower(), "act")) and own_tense:
        return True
    # ("the heat and unsettled weather could …": a participle describing a noun)
    return nv.deprel != "amod" and speakers_next_act(view, v, out, after)


FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})

OPENING_MARKS = "\"“'‘`"


def is_opening_mark(text: str) -> bool:
    """Whether a token is an opening quotation mark (or a straight one)."""
    return all(c in OPENING_MARKS for c in text)


def speakers_next_act(view: DocView, v: int, out: list[int], nxt: int) -> bool:
    """Whether ``nxt``, a verb after ``and``/``but`` with no subject of its own, goes on from the
    speaker rather than the content: ``called for a ban and carrying signs``, ``said that she
    has released her returns and called on Sanders to do the same``."""
    verbs = [k for k in out if view.tokens[k].upos in {"VERB", "AUX"}]
    if not verbs:
        return True  # an object phrase is no clause to go on
    form = view.tokens[v].xpos
    return (
        form in {"VBD", "VBZ", "VBG"}
        and view.tokens[nxt].xpos == form
        and not any(view.tokens[k].xpos == form for k in verbs)
    )


def verb_after_aside(view: DocView, out: list[int], i: int, end: int) -> bool:
    """Whether the content so far is a subject still waiting for its verb, which comes after the
    aside opening at ``i``: ``said Trump, despite his wealth, is …``."""
    after_comma = False
    for k in out:
        # (a participle in an earlier aside is no verb of the clause: "Clinton's deficit, combined
        # with …, meant …")
        if (
            view.tokens[k].xpos in FINITE_TAGS
            or view.tokens[k].upos == "VERB"
            and not (after_comma and view.tokens[k].xpos in {"VBN", "VBG"})
        ):
            return False
        after_comma = after_comma or view.tokens[k].text == ","
    # (the verb may come right after this comma when it closes an aside: "how Trump, as a
    # candidate, zipped …")
    for j in range(i if after_comma else i + 1, min(end - 1, i + 30)):
        if view.tokens[j].text in {",", "—", "–"}:
            k = j + 1
            # (past adverbs and an opening quotation mark: '…, "wouldn't go 10 feet"')
            while k < end and (view.tokens[k].upos == "ADV" or is_opening_mark(view.tokens[k].text)):
                k += 1
            if k < end and view.tokens[k].xpos in FINITE_TAGS:
                return True
    return False


def writers_aside(view: DocView, k: int, end: int, *, clause: bool) -> bool:
    """Whether the words from ``k`` (just after a comma or dash) are the writer's aside on the
    report rather than more of it: ``, even though …``, ``, according to Politico``,
    ``, with Sanders now pressing …``, ``, as has the mayor``, ``, while 95 members favored …``."""
    words = [view.tokens[i].text.lower() for i in range(k, min(end, k + 3))]
    first = words[0]
    second = words[1] if len(words) > 1 else ""
    if first == "even" and second in {"though", "as", "so"}:
        return True
    if first == "according" and second == "to":
        return True
    if first == "while" and second != "that":
        return True
    if first == "as" and k + 1 < end and (view.tokens[k + 1].upos == "AUX" or view.tokens[k + 1].xpos == "VBN"):
        return True  # ", as has Carlos Gimenez", ", as mentioned above"
    if clause and first in {"a", "an"} and view.tokens[k].head >= 0 and view.tokens[view.tokens[k].head].upos == "NOUN":
        return True  # "…, a swipe at …": the writer's gloss on a reported clause ("cited Johnson, an heir …" goes on)
    # ", with Lewandowski taking to Twitter …"
    return first == "with" and any(view.tokens[i].xpos == "VBG" for i in range(k + 1, min(end, k + 8)))


def case_word(view: DocView, c: int) -> str:
    """The preposition of the phrase headed by ``c`` (empty if none)."""
    return next((view.tokens[k].text.lower() for k in view.children[c] if view.tokens[k].deprel == "case"), "")


def token_runs(idxs: list[int]) -> list[list[int]]:
    """The runs of consecutive indices in ``idxs``."""
    out: list[list[int]] = []
    for i in idxs:
        if out and i == out[-1][-1] + 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def longest_run(idxs: list[int]) -> list[int]:
    """The longest run of consecutive indices (tokens lost to another report leave holes)."""
    best: list[int] = []
    cur: list[int] = []
    for i in idxs:
        if cur and i != cur[-1] + 1:
            best = max(best, cur, key=len)
            cur = []
        cur.append(i)
    return max(best, cur, key=len)


def title_case(view: DocView, sentence: int) -> bool:
    """Tells whether a sentence is a headline in title case, where taggers see nouns everywhere."""
    sent = view.doc.sentences[sentence]
    words = [w.text for w in view.tokens[sent.first : sent.last] if w.text[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
