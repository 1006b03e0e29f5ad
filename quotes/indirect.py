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

import attrs

from quotes._doc import NOMINAL, DocView, nominal_run, reporting_lemma
from quotes.attribute import Draft, _subject_np
from quotes.detect import Quoted
from quotes.lexicon import (
    CONNECTIVES,
    CONTENTLESS_OBJECTS,
    LABEL_WORDS,
    LIGHT_VERBS,
    NOMINAL_CUES,
    NOT_TOPIC_HEADS,
    REPORTING_VERBS,
    TIME_WORDS,
    WEEKDAYS,
    is_time_word,
)
from quotes.model import Span, Token
from quotes.rules import rule as rule_of

CONTENT_RELS = frozenset({"ccomp", "parataxis"})
"""Relations from a verb of saying to its content clause."""
FRAME_RELS = frozenset({"obj", "xcomp", "obl", "ccomp", "advcl", "iobj"})
"""Relations whose phrases make up the content of a verb with an object frame."""
MIN_CONTENT_WORDS = 3
"""Content shorter than this is not reported speech (``said so``, ``told him``)."""
_EDGE = frozenset({"that", ",", ":", ";", "-", "—", "–", "and", "but", "whether", "if"})


_KEPT_OPENERS = frozenset({"that", "whether", "if"})
"""Words that open a reported clause and stay part of it, as PolNeAR and most annotation
schemes mark the content: ``said [that talks would continue]``, ``asked [whether he would run]``."""


def _letters(text: str, span: Span) -> set[int]:
    return {i for i in range(span.start, span.end) if text[i].isalnum()}


def _trim(view: DocView, idxs: list[int]) -> list[int]:
    """Drops the marks, conjunctions and punctuation at either end of a content."""
    while idxs and (view.tokens[idxs[0]].text.lower() in _EDGE - _KEPT_OPENERS or view.tokens[idxs[0]].upos == "PUNCT"):
        idxs = idxs[1:]
    # (a lone "That" stays: "That's according to exit polls")
    while idxs and (
        view.tokens[idxs[-1]].upos == "PUNCT"
        and view.tokens[idxs[-1]].text not in {"”", '"', "’"}
        or view.tokens[idxs[-1]].text.lower() in _EDGE
        and len(idxs) > 1
    ):
        idxs = idxs[:-1]
    return idxs


OBJECT_CONTENT_VERBS = frozenset(
    {
        "criticize",
        "criticise",
        "question",
        "promise",
        "urge",
        "vow",
        "deny",
        "confirm",
        "ask",
        "suggest",
        "propose",
        "demand",
        "praise",
        "blame",
        "accuse",
        "warn",
        "claim",
        "recommend",
        "pledge",
        "acknowledge",
        "admit",
        "predict",
    }
)
"""Reporting verbs whose object phrase, not only a clause, reports what was said."""
NO_OBJECT_CONTENT = frozenset(
    {
        "say",
        "tell",
        "write",
        "add",
        "advise",
        "maintain",
        "confirm",
        "assure",
        "charge",
        "reveal",
        "boast",
        "explain",
        "answer",
        "remind",
        "brief",
        "disclose",
        "signal",
        "inform",
        "notify",
        "post",
        "state",
    }
)
"""Reporting verbs whose object is seldom what was said (``told reporters``, ``wrote a book``,
``maintains ties``); every other verb of saying reports its object when it has no clause."""
_ADDRESSEE_VERBS = frozenset({"tell", "ask", "urge", "warn", "remind", "inform", "assure", "advise", "brief", "notify"})
"""Verbs whose object is the person spoken to, not the content's subject."""
_SPEAKER_ACTS = frozenset(
    {
        "decline",
        "refuse",
        "stop",
        "offer",
        "give",
        "leave",
        "promise",
        "vow",
        "defend",
        "withhold",
        "apologize",
        "thank",
        "reject",
        "dismiss",
        "endorse",
        "sign",
        "walk",
        "laugh",
        "smile",
        "pause",
        "shrug",
        "turn",
    }
)
_CLAUSE_MARKS = frozenset({"that", "whether"})
_WH_MARKS = frozenset({"that", "whether", "if", "why", "how", "what", "when", "where", "who"})
_QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "query"})
_WH_VERBS = frozenset({"explain", "describe", "reveal", "recall", "detail", "discuss", "tell"})
"""Verbs of saying that report a wh-clause too: ``explained to CBS why Merkel was selected``."""
_CLAUSE_VERBS = frozenset(
    {"say", "insist", "argue", "contend", "assert", "predict", "warn", "suggest", "acknowledge", "concede", "note"}
)
"""Verbs of saying whose object, when they have one, is nearly always a clause."""
_VAGUE_OBJECTS = frozenset(
    {
        "so",
        "it",
        "this",
        "that",
        "something",
        "nothing",
        "anything",
        "much",
        "little",
        "yes",
        "no",
        "more",
        "less",
        "goodbye",
        "hello",
        "thanks",
    }
)
_SHORT_OBJECT_CUES = frozenset(
    {
        "decline",
        "ask",
        "announce",
        "question",
        "declare",
        "call",
        "claim",
        "criticize",
        "deny",
    }
)
"""Verbs whose two-word object is still a report (``declined to comment``, ``asked why``,
``called him divisive``, ``called for her ouster``, ``claimed victory``, ``criticized Singer``)."""
_TIME_CLAUSE = frozenset({"after", "when", "before", "while", "as", "during", "at", "in", "on"})
_WEEKDAYS = frozenset(day.capitalize() for day in WEEKDAYS)


_MULTIPART = frozenset({"parenthetical", "according-to", "relative"})
"""Rules whose content stands on both sides of the cue and its source, in parts."""
_NESTABLE = frozenset({"ccomp", "trailing", "according-to", "relative"})
"""Rules whose reports stand inside another report's content (X said Y told him that Z)."""
_FRONTED_RELS = frozenset({"advcl", "csubj"})
_ADJUNCT_OPENERS = frozenset({"compared", "comparing", "though", "although", "despite", "whereas"})
"""Words that open, after a comma, the writer's comparison or circumstance rather than more
of what was said."""
_CLAUSE_LINKS = frozenset({"but", "and", "while", "whereas", "although", "though", "yet", "however"})


def _sentence_end(view: DocView, v: int) -> int:
    """Index just past the last token of ``v``'s sentence."""
    sent = view.doc.sentences[view.tokens[v].sentence]
    return sent.last


def _sentence_tokens(view: DocView, v: int) -> list[int]:
    sent = view.doc.sentences[view.tokens[v].sentence]
    return list(range(sent.first, sent.last))


def _ancestors(view: DocView, v: int) -> set[int]:
    out, h = {v}, view.tokens[v].head
    while h >= 0 and h not in out:
        out.add(h)
        h = view.tokens[h].head
    return out


def _phrase_then_verb(view: DocView, start: int, limit: int, end: int, skip: set[str]) -> tuple[list[int], int]:
    """The noun phrase opening at ``start`` (looked for before ``limit``) and the index of the
    first word after it and after any ``skip`` tags (auxiliaries, adverbs), before ``end``."""
    run = nominal_run(view, range(start, limit))
    after = max(run) + 1 if run else start
    while after < end and view.tokens[after].upos in skip:
        after += 1
    return run, after


def _right_content(view: DocView, v: int, start: int) -> list[int]:
    """From ``start`` to the end of the sentence, cut where a new constituent of the verb begins.

    Cuts before ``, adding …`` / ``, without …`` (a comma and a dependent of the verb or of
    what governs it), before ``but declined …`` (a conjoined verb with no subject of its own),
    and before a quotation mark that opens a new sentence-like part.
    """
    end = _sentence_end(view, v)
    chain = _ancestors(view, v)
    # "Although he said that he respects her, he …": a report in a clause before the main one
    # ends where the main clause begins
    fronted = next(
        (
            a
            for a in sorted(chain, reverse=True)
            if a >= 0 and view.tokens[a].deprel in _FRONTED_RELS and view.tokens[a].head > v
        ),
        None,
    )
    inside = view.subtree(fronted) if fronted is not None else None
    out: list[int] = []
    for i in range(start, end):
        t = view.tokens[i]
        if out and view.line_break_before(i):
            break  # a reported clause never runs into the next line (the tokenizer may not split there)
        if inside is not None and out and t.text == "," and i + 1 < end and i + 1 not in inside:
            break
        # (a comma inside closing quotation marks ends the phrase as well: 'a "distortion," describing …')
        comma_quote = (
            t.upos == "PUNCT" and all(c in "\"”'’" for c in t.text) and bool(out) and view.tokens[out[-1]].text == ","
        )
        # ("that, while the tax may …, workers won't …": nothing is cut before the content begins)
        started = any(view.tokens[k].text.lower() not in _KEPT_OPENERS and view.tokens[k].upos != "PUNCT" for k in out)
        if started and t.upos == "PUNCT" and (t.text in {",", ";", "—", "–", "-", ":"} or comma_quote) and i + 1 < end:
            nxt = view.tokens[i + 1]
            if t.text == ":" and _opens_quote(nxt.text):
                break  # "… the need for strong will: “Change the world …”": a quote of its own
            if t.text == ";":
                break  # "… was born outside the country; 29 percent said …": the writer's next clause
            # "said Trump, despite his wealth, is …", "said the decision, which struck down …,
            # could …": an aside before the clause's own verb is part of the content
            pending = _verb_after_aside(view, out, i, end)
            if _writers_aside(view, i + 1, end, clause=any(view.tokens[k].upos in {"VERB", "AUX"} for k in out)) and (
                not pending
            ):
                break
            if view.is_reporting(i + 1) and nxt.xpos in {"VBD", "VBZ", "VBP"}:
                break  # "…, said one voter": the next report's attribution
            if not pending and (nxt.text.lower() in _ADJUNCT_OPENERS or (t.text in {"—", "–"} and nxt.upos == "DET")):
                break  # ", compared with four in 10 …", ", though she did not …", "— a proposal he …"
            if nxt.text.lower() in {"which", "who", "where"} and not pending:
                # ", which …": the writer's gloss on the last word, not the speaker's
                break
            if nxt.text.lower() in _CLAUSE_LINKS and i + 2 < end and view.tokens[i + 2].text.lower() != "that":
                # ", but insists …", ", while Cruz said …": a new clause of the sentence, not the content's
                w = nxt.head
                if (
                    w >= 0
                    and w > i
                    and (
                        view.tokens[w].head in chain
                        or any(view.is_reporting(k) for k in range(i + 2, min(end, i + 10)))
                    )
                ):
                    break
            if not pending and (
                (nxt.head in chain and nxt.deprel in {"advcl", "conj", "parataxis", "obl", "advmod", "xcomp"})
                # ", adding …", ", saying …": the speaker's next words; ", bringing its total to …" goes on
                or nxt.xpos == "VBG"
                and nxt.upos == "VERB"
                and (view.is_reporting(i + 1) or nxt.head in chain)
            ):
                break
            # ", an administration official said", ", even a top strategist said": another report's
            # attribution begins
            opens = i + 2 if nxt.upos == "ADV" else i + 1
            run, after = _phrase_then_verb(view, opens, min(end, opens + 8), end, {"AUX", "ADV"})
            # (not a clause of the content after its condition: "if Iran were a stock, he would advise …")
            if (
                run
                and after < end
                and view.is_reporting(after)
                and not any(view.tokens[k].xpos == "MD" for k in range(max(run) + 1, after))
            ):
                break
        if out and t.upos == "CCONJ" and i + 1 < end:
            # "… and he reiterated his claim", "… and others have said": another report begins
            run, after = _phrase_then_verb(view, i + 1, min(end, i + 8), end, {"AUX", "ADV", "PART"})
            if run and after < end and view.is_reporting(after):
                break
            # "… and promised to stay out of it", "… but has withheld her endorsement": with no
            # subject of its own, a verb of saying or of a speaker's act goes on from the speaker
            if not run and after < end and view.tokens[after].upos == "VERB":
                nv = view.tokens[after]
                # (in the verb's own tense, or a tense the content has not used: "adds that she has
                # released her returns and called on Sanders …"; "he'd sit Putin down and tell him …"
                # is still the content)
                own_tense = (
                    nv.xpos == view.tokens[v].xpos
                    or view.tokens[after - 1].upos == "AUX"
                    or (nv.xpos in {"VBD", "VBZ", "VBP"} and not any(view.tokens[k].xpos == nv.xpos for k in out))
                )
                if (view.is_reporting(after) or nv.lemma.lower() in _SPEAKER_ACTS) and own_tense:
                    break
                # ("the heat and unsettled weather could …": a participle describing a noun)
                if nv.deprel != "amod" and _speakers_next_act(view, v, out, after):
                    break
        out.append(i)
    return out


_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
_OPENING_MARKS = "\"“'‘`"


def _opens_quote(text: str) -> bool:
    """Whether a token is an opening quotation mark (or a straight one)."""
    return all(c in _OPENING_MARKS for c in text)


def _speakers_next_act(view: DocView, v: int, out: list[int], nxt: int) -> bool:
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


def _verb_after_aside(view: DocView, out: list[int], i: int, end: int) -> bool:
    """Whether the content so far is a subject still waiting for its verb, which comes after the
    aside opening at ``i``: ``said Trump, despite his wealth, is …``."""
    after_comma = False
    for k in out:
        # (a participle in an earlier aside is no verb of the clause: "Clinton's deficit, combined
        # with …, meant …")
        if (
            view.tokens[k].xpos in _FINITE
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
            while k < end and (view.tokens[k].upos == "ADV" or _opens_quote(view.tokens[k].text)):
                k += 1
            if k < end and view.tokens[k].xpos in _FINITE:
                return True
    return False


def _writers_aside(view: DocView, k: int, end: int, *, clause: bool) -> bool:
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


def _as_clause(view: DocView, v: int, run: list[int]) -> tuple[list[int], str, tuple[int, int]] | None:
    """``As Ryan has pointed out, that is the textbook definition``, ``…, as critics argue.``:
    the report is the rest of the sentence, on either side of the ``as`` clause (``As reported by
    Western Journalism, …``: its source follows ``by``)."""
    sent = view.doc.sentences[view.tokens[v].sentence]
    source = (min(run), max(run) + 1) if run else None
    if (
        not run
        and v > sent.first
        and view.tokens[v - 1].text.lower() == "as"
        and v + 1 < sent.last
        and (view.tokens[v + 1].text.lower() == "by")
    ):
        agent = nominal_run(view, range(v + 2, sent.last))
        if not agent:
            return None
        run, source = [v], (min(agent), max(agent) + 1)
    if not run or source is None:
        return None
    after = view.tokens[v + 1] if v + 1 < sent.last else None
    if after is not None and (
        after.text.lower() in {"for", "that", "upon", "about", "of"} or after.upos in {"DET", "NOUN", "PROPN"}
    ):
        return None  # "as he called for greater ethics": while he said something of his own
    first = min(run)
    k = first - 1
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
    return content, "parenthetical.as-clause", source


_SOURCE_PHRASE = frozenset({*NOMINAL, "ADP", "CCONJ", "PART"})


def _source_phrase(view: DocView, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` can be a source's name or description: a noun phrase with
    its prepositional phrases (``a source close to him``, ``the undersecretary for management``)."""
    words = range(start, end)
    return (
        0 < end - start <= 14
        and view.tokens[start].upos in NOMINAL
        and any(view.tokens[i].upos in {"NOUN", "PROPN", "PRON"} for i in words)
        and all(view.tokens[i].upos in _SOURCE_PHRASE or view.tokens[i].text in {".", "-", "'s", "’s"} for i in words)
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
    marks = {",", "—", "–"}
    comma = next((i for i in range(k, max(first, k - 16) - 1, -1) if view.tokens[i].text in marks), None)
    if comma is None or not _source_phrase(view, comma + 1, k + 1):
        return None
    if not appositive:
        return comma + 1, k + 1
    # the name before the apposition: "Patrick F. Kennedy, the undersecretary …, wrote"
    before = next((i for i in range(comma - 1, max(first, comma - 10) - 1, -1) if view.tokens[i].text in marks), None)
    if before is None or not _source_phrase(view, before + 1, comma):
        return None
    return before + 1, comma


def _clause_after(view: DocView, v: int, end: int) -> int | None:
    """Where a clause reported by ``v`` opens, past the setting of the report: ``said in a
    statement Thursday night they pulled …``, ``said nearly every conversation … centers on …``,
    ``said closed primaries deny …``. The clause must reach a finite verb before any comma."""
    k = v + 1
    # "in an interview with The Associated Press last week", "on Saturday": the report's setting
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
    if k >= end or view.tokens[k].text.lower() in {"that", "to", "for", "about", "of", ",", "."}:
        return None
    if view.tokens[k].text.lower() in _VAGUE_OBJECTS | TIME_WORDS or view.tokens[k].upos in {"SCONJ", "ADP"}:
        return None  # "said as he launched …": the time of the report
    if view.tokens[k].upos == "ADV" and k + 1 < end and view.tokens[k + 1].upos in {"VERB", "AUX"}:
        return None  # "said, quickly hung up"
    for j in range(k + 1, min(end, k + 14)):
        tj = view.tokens[j]
        if tj.text in {",", ";", ":", ".", "(", "—"} or tj.upos == "SCONJ":
            return None
        if tj.xpos in _FINITE and not view.is_reporting(j):
            return k
    return None


def _after_colon(view: DocView, v: int) -> list[int]:
    """``He said:`` and a passage not in quotation marks, on the same line (``a blunt answer:
    Republican intellectuals loathe the rabble``) or as the next paragraph (a block quote)."""
    end = _sentence_end(view, v)
    colon = next((k for k in range(v + 1, min(end, v + 10)) if view.tokens[k].text == ":"), None)
    if colon is None or any(
        view.tokens[k].upos in {"VERB", "AUX"} or view.tokens[k].text in {",", ";"} for k in range(v + 1, colon)
    ):
        return []
    k = colon + 1
    if k >= len(view.tokens) or _opens_quote(view.tokens[k].text) or view.tokens[k].text == "<":
        return []  # a direct quote (found as one) or a tweet's markup
    here = view.paragraph_of(view.tokens[colon].span.start)
    para = view.paragraph_of(view.tokens[k].span.start)
    if para == here:
        content = list(range(k, _sentence_end(view, k)))
    elif para == here + 1:
        content = view.tokens_in(view.paragraphs[para])
    else:
        return []
    words = [i for i in content if view.tokens[i].upos != "PUNCT"]
    return content if len(words) >= MIN_CONTENT_WORDS else []


def _called_as(view: DocView, v: int, end: int) -> list[int]:
    """``calling Mitch McConnell a liar``, ``called the deal a "$25 billion mistake."``, ``calls
    Clinton unqualified``: an object and what it was called, by the words' order alone (a phone
    call, ``called Cruz on Monday``, has no second phrase)."""
    # "called undocumented immigrants from Mexico “rapists”": the name given is in quotes
    mark = next((k for k in range(v + 2, min(end, v + 14)) if _opens_quote(view.tokens[k].text)), None)
    if (
        mark is not None
        and mark + 1 < end
        and view.tokens[mark + 1].upos != "PUNCT"
        and not any(
            view.tokens[k].xpos in _FINITE
            or view.tokens[k].upos == "PUNCT"
            and view.tokens[k].text not in {"'s", "’s", "-"}
            for k in range(v + 1, mark)
        )
    ):
        return _right_content(view, v, v + 1)
    run = nominal_run(view, range(v + 1, end))
    if not run:
        return []
    toks = [view.tokens[i] for i in run]
    # a second noun phrase opens inside the run: a determiner or adjective after a noun
    split = next(
        (
            k
            for k in range(1, len(toks))
            if toks[k].upos in {"DET", "ADJ", "NUM"} and toks[k - 1].upos in {"NOUN", "PROPN", "PRON"}
        ),
        None,
    )
    nxt = view.tokens[run[-1] + 1] if run[-1] + 1 < end else None
    predicate = split is not None or (nxt is not None and (nxt.upos == "ADJ" or all(c in "\"“'‘" for c in nxt.text)))
    if not predicate:
        return []
    return _right_content(view, v, v + 1)


def _content(view: DocView, v: int) -> tuple[list[int], str, tuple[int, int] | None] | None:
    """The content tokens of the reporting verb ``v``, the rule, and a subject found on the way."""
    t = view.tokens[v]
    lemma = t.lemma.lower()
    frames = REPORTING_VERBS.get(lemma, frozenset({"ccomp"}))
    kids = view.children[v]
    sent = view.doc.sentences[t.sentence]
    # trailing: "…, an official said" / "…, said the official" / "…, says a U.S. official"
    # a trailing report's content begins on the cue's own line (the tokenizer may not split there)
    line = next((i for i in range(v, sent.first, -1) if view.line_break_before(i)), sent.first)
    before = [i for i in range(sent.first, v)]
    j = len(before) - 1
    while j >= 0 and view.tokens[before[j]].upos in {"AUX", "ADV", "PART"}:
        j -= 1
    run = nominal_run(view, [before[k] for k in range(j, -1, -1)]) if j >= 0 else []
    end = _sentence_end(view, v)
    rest = [view.tokens[i] for i in range(v + 1, end)]
    body: list[Token] = []
    for pos, x in enumerate(rest):
        if x.text in {".", "!", "?"}:
            break
        if x.text == ",":
            # "…, Spicer said, adding …": what follows the comma belongs to the cue, not a content
            nxt = rest[pos + 1] if pos + 1 < len(rest) else None
            if nxt is None or nxt.xpos == "VBG" or all(c in "\"“'" for c in nxt.text):
                break
        body.append(x)
    # a trailing cue ends its sentence, but for a short adverbial ("said on Tuesday", "said in a statement")
    if lemma in _ADDRESSEE_VERBS and body and body[0].upos in {"PROPN", "NOUN", "PRON", "DET"}:
        # "…, Smith told POLITICO earlier this week.": the person told comes before the adverbials
        told = nominal_run(view, [x.index for x in body])
        body = body[len(told) :]
    ends_here = (
        t.xpos in {"VBD", "VBZ", "VBP", "VBN"}
        and "ccomp" in frames
        and (
            not body
            or body[0].upos in {"ADP", "ADV", "PUNCT", "SCONJ"}
            or body[0].text in _WEEKDAYS
            or (
                # "…, the University of Michigan reported last week."
                body[0].text.lower() in {"last", "this", "next", "late", "early"}
                and len(body) > 1
                and is_time_word(body[1].text)
            )
        )
        and len(body) <= 12
        and (
            not any(x.upos in {"VERB", "AUX"} for x in body)
            or body[0].text.lower() in _TIME_CLAUSE
            and not (
                # ("CNN reported at least six planes filled …": a number, not a time or place)
                len(body) > 1 and body[1].text.lower() in {"least", "most"}
            )
        )
    )
    opens_quote = any(t.text in {":"} or all(c in '"“«' for c in t.text) for t in rest[:3])

    def clause(idxs: list[int]) -> bool:
        return any(view.tokens[i].upos in {"VERB", "AUX"} for i in idxs) and len(idxs) >= MIN_CONTENT_WORDS

    def sentence_like(idxs: list[int]) -> bool:
        # before ", said Geert Wilders." the whole sentence is what was said, whatever its tags
        return clause(idxs) or len([i for i in idxs if view.tokens[i].upos != "PUNCT"]) >= 5

    if t.text[:1].isupper() and v > sent.first and _title_case(view, t.sentence) and "ccomp" in frames:
        # "Clinton Says EgyptAir Crash Seems Like An Act Of Terrorism": the rest of the headline
        rest_idx = [i for i in range(v + 1, end) if view.tokens[i].upos != "PUNCT" or i < end - 1]
        if len(rest_idx) >= MIN_CONTENT_WORDS:
            return rest_idx, "ccomp.headline", None
    colon_content = _after_colon(view, v)
    if colon_content:
        return colon_content, "colon-after.after-cue", None
    marks = _WH_MARKS if lemma in _QUESTION_VERBS | _WH_VERBS else _CLAUSE_MARKS
    that = next(
        (
            i
            for i in range(v + 1, min(end, v + 25))
            if view.tokens[i].text.lower() in marks
            and (view.tokens[i].upos in {"SCONJ", "ADV", "PRON"} or view.tokens[i].text.lower() != "that")
        ),
        None,
    )
    if that is not None and not any(view.tokens[i].upos in {"VERB", "AUX"} for i in range(v + 1, that)):
        # "said that X", "asked whether X": a question keeps its wh-word
        start = that
        return _right_content(view, v, start), "ccomp.that-clause", None
    # "a finish that he said defied expectations", "which the campaign says includes …": the
    # relative pronoun stands for what was said, and opens the content
    subj_run = sorted(run)
    # "a group of hackers who U.S. officials say …": the subject begins after the relative pronoun
    rels = [
        k
        for k, i in enumerate(subj_run)
        if view.tokens[i].text.lower() in {"which", "that", "who"} and view.tokens[i].upos in {"PRON", "SCONJ", "DET"}
    ]
    if rels:
        subj_run = subj_run[rels[-1] + 1 :]
    rel = (subj_run[0] - 1) if subj_run else -1
    is_rel = (
        rel >= sent.first
        and view.tokens[rel].upos in {"PRON", "SCONJ", "DET"}
        and (view.tokens[rel].text.lower() in {"which", "that", "who"})
    )
    verb_next = v + 1 < end and view.tokens[v + 1].upos in {"VERB", "AUX"} and view.tokens[v + 1].xpos != "VBG"
    if is_rel and verb_next:
        return [rel, *_right_content(view, v, v + 1)], "relative.pronoun", (subj_run[0], subj_run[-1] + 1)
    if (
        verb_next
        and subj_run
        and rel >= sent.first
        and view.tokens[rel].upos == "NOUN"
        and (
            view.tokens[v + 1].xpos in _FINITE
            and all(view.tokens[i].upos in {"PRON", "DET", "NOUN", "PROPN", "ADJ"} for i in subj_run)
        )
    ):
        # "a decision they say allowed terrorist activity to multiply": a relative clause with
        # no pronoun; what was said is about the noun it hangs on
        antecedent = nominal_run(view, range(rel, sent.first - 1, -1))
        return (
            [*sorted(antecedent), *_right_content(view, v, v + 1)],
            "relative.no-pronoun",
            (subj_run[0], subj_run[-1] + 1),
        )
    as_clause = _as_clause(view, v, run)
    if as_clause is not None:
        return as_clause
    if (
        run
        and not opens_quote
        and "ccomp" in frames
        and v + 1 < end
        and view.tokens[v + 1].text == ","
        and (min(run) - 1 > sent.first and view.tokens[min(run) - 1].text == ",")
    ):
        # "Riding alone in the park, she said, can be hazardous": the cue and its source stand
        # inside the content, which is both sides of them
        left, right = list(range(line, min(run) - 1)), _right_content(view, v, v + 2)
        if left and right and clause(left + right):
            return left + right, "parenthetical.inside", (min(run), max(run) + 1)
    if run and ends_here and not opens_quote:
        first = min(run)
        if first - 1 > sent.first and view.tokens[first - 1].text in {",", "—", "–"}:
            content = list(range(line, first - 1))
            if clause(content):
                return content, "trailing.after-comma", (first, max(run) + 1)
    if ends_here and not opens_quote:
        zone = _trailing_source(view, v)
        if zone is not None:
            content = list(range(line, zone[0] - 1))
            if clause(content):
                return content, "trailing.source-phrase", zone
    if (
        v - 1 > sent.first
        and view.tokens[v - 1].text in {",", "—"}
        and t.xpos in {"VBD", "VBZ", "VBP", "VBN"}
        and ("ccomp" in frames)
    ):
        after = nominal_run(view, range(v + 1, end))
        tail = [view.tokens[i] for i in range(after[-1] + 1, end)] if after else []
        # (the source's name ends the sentence or a clause: not "said Mr. Cameron and the ''Remain''
        # camp had failed …", where a quotation mark stops the name but not the sentence)
        if after and (
            not tail
            or tail[0].upos == "PUNCT"
            and (not _opens_quote(tail[0].text) or all(x.upos == "PUNCT" for x in tail))
        ):
            content = list(range(line, v - 1))
            if sentence_like(content):
                return content, "trailing.inverted", (after[0], after[-1] + 1)
    ccomp = [c for c in kids if c > v and view.tokens[c].deprel in CONTENT_RELS and not view.is_reporting(c)]
    # "urged women to vote for her, saying, “…”": a clause after another verb of saying is that verb's
    ccomp = [c for c in ccomp if not any(view.is_reporting(k) for k in range(v + 1, min(view.subtree(c))))]
    if frames & {"as", "of"}:
        word = "as" if "as" in frames else "of"
        if any(view.tokens[i].text.lower() == word for i in range(v + 1, min(end, v + 10))):
            return _right_content(view, v, v + 1), "frame.as-of", None
    nxt_word = view.tokens[v + 1].text.lower() if v + 1 < end else ""
    if (
        lemma == "call"
        and nxt_word in {"for", "on", "upon"}
        or lemma in {"ask", "plead", "appeal"}
        and nxt_word == "for"
    ):
        # "called for a special prosecutor to investigate …", "called on Congress to act",
        # "asked for $1.9 billion to fight Zika"
        return _right_content(view, v, v + 2), "object.call-for", None
    if lemma == "call" and t.deprel != "acl":
        called = _called_as(view, v, end)
        if called:
            return called, "frame.called", None
    if "xobj" in frames:
        right = [c for c in kids if c > v and view.tokens[c].deprel in FRAME_RELS]
        # an object and a second phrase that is not a time or place ("called Cruz on Monday"
        # is a phone call)
        objs = [c for c in right if view.tokens[c].deprel == "obj"]
        if objs and (
            len(objs) > 1
            or any(
                view.tokens[c].deprel in {"xcomp", "ccomp"}
                or (view.tokens[c].deprel == "obl" and _case(view, c) == "as")
                for c in right
            )
        ):
            return _right_content(view, v, min(right[0], *view.subtree(right[0]))), "frame.object-complement", None
    if lemma == "call":
        # "called out his rival for …"; any other call with no name given is a phone call or a summons
        if v + 2 < end and view.tokens[v + 1].text.lower() == "out":
            return _right_content(view, v, v + 2), "object.call-out", None
        return None
    topic = _topic(view, v)
    if (
        "ccomp" not in frames
        and "obj" not in frames
        and lemma not in OBJECT_CONTENT_VERBS
        and (topic or "about" in frames)
    ):
        return (topic, "object.topic-only", None) if topic else None
    if ccomp:
        start = min(view.subtree(ccomp[0]) - set(range(0, v + 1)))
        between = list(range(v + 1, start))
        opens_np = view.tokens[v + 1].upos in {"DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ"}
        if between and lemma in _ADDRESSEE_VERBS and opens_np and view.tokens[start].text.lower() == "to":
            start = v + 1  # "told Jeb Bush to quiet down": whom, and what they were told to do
        elif between and lemma not in _ADDRESSEE_VERBS and opens_np:
            # "said both Obama and Biden have been fair", "said the last time anyone paid attention
            # … was": the clause's own subject, however the parser attached it
            start = v + 1
        return _right_content(view, v, start), "ccomp.dependent", None
    if rest:
        # said talks would continue: a clause right after the verb (subject, then a verb soon)
        nxt = rest[0]
        relative = v >= 2 and view.tokens[v - 2].text.lower() in {"which", "that", "who"}
        if relative and nxt.upos in {"VERB", "AUX"}:
            return _right_content(view, v, v + 1), "relative.after-pronoun", None
        if lemma in _ADDRESSEE_VERBS and nxt.upos in {"PROPN", "NOUN", "PRON", "DET"}:
            # "told The Star-Ledger of Newark last week she would rather …": past the person told
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
            after = nominal_run(view, range(k, min(end, k + 6)))
            verb_at = max(after) + 1 if after else end
            if (
                k > v + 1
                and verb_at < end
                and view.tokens[verb_at].upos in {"AUX", "VERB"}
                and (view.tokens[verb_at].xpos in _FINITE)
            ):
                return _right_content(view, v, k), "ccomp.told-person", None
        verb = next((k for k, t in enumerate(rest[1:7], 1) if t.upos in {"AUX", "VERB"}), None)
        if (
            nxt.upos in {"PROPN", "NOUN", "PRON", "DET", "NUM", "ADJ"}
            and verb is not None
            and (lemma not in _ADDRESSEE_VERBS)
        ):
            # "said talks would continue" (the phrase's own verb follows it), else an object and
            # what hangs on it: "announced a series of steps to tighten sales"
            finite = rest[verb - 1].text.lower() != "to" and rest[verb].xpos != "VBG"
            return _right_content(view, v, v + 1), "ccomp.subject-verb" if finite else "object.noun-infinitive", None
        if (
            lemma in _CLAUSE_VERBS
            and nxt.upos in {"PROPN", "NOUN", "PRON", "DET", "NUM", "ADJ"}
            and (nxt.text.lower().rstrip(".") not in TIME_WORDS | _VAGUE_OBJECTS)
        ):
            # "Doyle said each year of education yields a 10% bump": a clause whose verb the
            # tagger missed; what follows "said" is still what was said
            content = _right_content(view, v, v + 1)
            if len([i for i in content if view.tokens[i].upos != "PUNCT"]) >= 4:
                return content, "ccomp.untagged-verb", None
        if lemma in _CLAUSE_VERBS and t.upos == "VERB":
            opens = _clause_after(view, v, end)
            if opens is not None:
                return _right_content(view, v, opens), "ccomp.clause-after", None
    if topic:
        return topic, "object.topic", None
    directive = lemma in _ADDRESSEE_VERBS and any(view.tokens[c].deprel == "xcomp" and c > v for c in kids)
    if lemma not in NO_OBJECT_CONTENT or directive:
        # what was announced, criticised, asked about: the object phrase is the content
        if lemma not in _ADDRESSEE_VERBS and any(view.tokens[c].deprel in {"aux:pass", "nsubj:pass"} for c in kids):
            # "was criticized by economists": what was said is the subject, if anything ("was asked
            # a question about …" says what was asked)
            return None
        right = [
            c
            for c in kids
            if c > v
            and (
                view.tokens[c].deprel in {"obj", "xcomp", "ccomp"}
                or (view.tokens[c].deprel == "obl" and _case(view, c) in _OBJECT_CASES)
                or (
                    # "urged people not to “choose …”", "promised Sunday at a rally to end …", however
                    # the parser attached the infinitive
                    (lemma in _ADDRESSEE_VERBS or lemma in _INFINITIVE_CUES)
                    and view.tokens[c].deprel == "advcl"
                    and any(view.tokens[m].text.lower() == "to" for m in view.children[c])
                )
            )
            and view.tokens[c].text.lower() not in NOT_TOPIC_HEADS
        ]
        right = [
            c
            for c in right
            if view.tokens[c].upos != "PRON"
            or view.tokens[c].deprel != "obj"
            or any(view.tokens[k].deprel == "xcomp" for k in kids)
        ]
        head = view.tokens[right[0]] if right else None
        if head is not None and head.deprel == "obj" and head.lemma.lower() in CONTENTLESS_OBJECTS:
            return None
        if right:
            # from the object's first word to the end of its clause: what it is asked or urged to
            # do ("urged party leaders to turn away from …") and the phrases the parser hung on
            # the verb
            last = right[-1] if lemma in _ADDRESSEE_VERBS else right[0]
            start = min((view.subtree(right[0]) | view.subtree(last)) - set(range(0, v + 1)))
            return _right_content(view, v, start), "object.object", None
    return None


_OBJECT_CASES = frozenset({"to", "for", "of", "about", "against", "on", "with"})
"""Prepositions whose phrase is what a verb of saying is about: ``responded to the report``,
``called for a ban``, ``accused him of lying``; not ``reported from Los Angeles``."""


def _case(view: DocView, c: int) -> str:
    """The preposition of the phrase headed by ``c`` (empty if none)."""
    return next((view.tokens[k].text.lower() for k in view.children[c] if view.tokens[k].deprel == "case"), "")


_TOPIC_VERBS = frozenset(
    {
        "speak",
        "talk",
        "point",
        "write",
        "comment",
        "complain",
        "boast",
        "testify",
        "respond",
        "warn",
        "joke",
        "rave",
        "muse",
        "remark",
        "report",
        "tweet",
        "post",
        "ask",
    }
)
"""Verbs whose ``about``/``of`` phrase right after them is what they report (``to`` after
``point`` and ``respond``)."""


def _topic(view: DocView, v: int) -> list[int]:
    """``spoke about his plans``, ``commented on the ruling``: the phrase said to be the topic
    (not ``spoke on the condition of anonymity`` or ``on Monday``)."""
    if view.tokens[v].lemma.lower() in {"say", "tell", "add"}:
        return []  # "said on CNN": where, not what about
    # "spoke of defeat", "pointed to the protesters": the preposition right after the verb
    k = v + 1
    # (past a particle or an adverb: "spoke out against", "spoke favorably of"; and past whom:
    # "spoke to CNN about the subject")
    while k < len(view.tokens) and (view.tokens[k].text.lower() in {"out", "up"} or view.tokens[k].upos == "ADV"):
        k += 1
    preps = {"to"} if view.tokens[v].lemma.lower() in {"point", "respond"} else {"about", "of", "against"}
    if k < len(view.tokens) and view.tokens[k].text.lower() in {"to", "with", "at", "in"}:
        # "spoke to CNN about", "spoke with Breitbart News about", "spoke at length about",
        # "spoke out in favor of": past whom and how, to what about
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
    # "spoke to Reuters" names whom, not what about: "to" only after point and respond
    if (
        k + 1 < len(view.tokens)
        and view.tokens[k].text.lower() in preps
        and (
            view.tokens[k + 1].text.lower() not in NOT_TOPIC_HEADS
            # "spoke of his faith", "spoke about what he perceives"
            and (view.tokens[k + 1].upos != "PRON" or view.tokens[k + 1].xpos in {"PRP$", "WP", "WDT"})
        )
        and view.tokens[v].lemma.lower() in _TOPIC_VERBS
    ):
        return _right_content(view, v, k + 1)
    for c in view.children[v]:
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
            return _right_content(view, v, start)
    return []


def _runs(idxs: list[int]) -> list[list[int]]:
    """The runs of consecutive indices in ``idxs``."""
    out: list[list[int]] = []
    for i in idxs:
        if out and i == out[-1][-1] + 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _longest_run(idxs: list[int]) -> list[int]:
    """The longest run of consecutive indices (tokens lost to another report leave holes)."""
    best: list[int] = []
    cur: list[int] = []
    for i in idxs:
        if cur and i != cur[-1] + 1:
            best = max(best, cur, key=len)
            cur = []
        cur.append(i)
    return max(best, cur, key=len)


_DEMONSTRATIVES = frozenset({"that", "this"})


def _according_to(view: DocView) -> list[tuple[list[int], tuple[int, int], int]]:
    """``according to X``: (content tokens, source range, cue token) for each.

    The source is the noun phrase after ``according to``; the content is the rest of the
    sentence on the other side of the comma: ``…, according to X.`` or ``According to X, …``.
    """
    out = []
    for t in view.tokens:
        i = t.index
        if t.text.lower() != "according" or i + 2 >= len(view.tokens) or view.tokens[i + 1].text.lower() != "to":
            continue
        sent = view.doc.sentences[t.sentence]
        # the source phrase runs to a comma ("a person who attended", "exit polling data")
        src_end = next(
            (k for k in range(i + 2, sent.last) if view.tokens[k].text in {",", ";", ".", ")", "—"}), sent.last
        )
        run = nominal_run(view, range(i + 2, src_end)) or list(range(i + 2, min(src_end, i + 8)))
        if not run:
            continue
        src_rng = (run[0], run[-1] + 1)
        before = i > sent.first and view.tokens[i - 1].text in {",", "—", "(", "–"}
        after = src_end < sent.last - 1 and view.tokens[src_end].text == ","
        # "…, which stood at 263, according to the AP": the clause it qualifies, not the sentence
        first = next(
            (
                k
                for k in range(i - 2, sent.first, -1)
                if view.tokens[k].text.lower() in {"which", "who"} and view.tokens[k - 1].text == ","
            ),
            sent.first,
        )
        ends_sentence = src_end >= sent.last - 1
        if before and after:
            # "G4S receives, according to one report, $234 million from DHS": both sides
            content = list(range(first, i - 1)) + list(range(src_end + 1, sent.last))
        elif before:
            content = list(range(first, i - 1))
        elif i > sent.first + 3 and ends_sentence and view.tokens[i - 1].upos in {"NOUN", "PROPN", "NUM"}:
            content = list(range(first, i))  # "… by 271 pledged delegates according to a count by the AP."
        elif after:
            content = list(range(src_end + 1, sent.last))
        elif (
            i == sent.first + 2
            and view.tokens[sent.first].text.lower() in _DEMONSTRATIVES
            and (view.tokens[i - 1].text.lower() in {"'s", "’s", "is", "was"})
        ):
            content = [sent.first]  # "That's according to early exit polls.": what the last sentence said
        else:
            continue
        out.append((content, src_rng, i))
    return out


def _not_a_source(view: DocView, rng: tuple[int, int]) -> bool:
    """A parser's slip for a subject: a time (``last month``, ``Thursday``) or a dateline
    (``WASHINGTON (AP) —``)."""
    toks = view.tokens[rng[0] : rng[1]]
    if all(t.text.lower() in CONNECTIVES or t.upos == "PUNCT" for t in toks):
        return True  # "Meanwhile", "Indeed"
    # "last month", "Thursday"; but "Two House Committees on Monday" is a source
    head_part = next((toks[:k] for k, t in enumerate(toks) if k and t.upos == "ADP"), toks)
    if is_time_word(head_part[-1].text):
        return True
    nxt = view.tokens[rng[1]].text if rng[1] < len(view.tokens) else ""
    return (
        all(t.text.isupper() or not t.text.isalpha() for t in toks)
        and nxt in {"(", "—", "–", "-", "--", ","}
        and (
            view.paragraph_of(toks[0].span.start) != view.paragraph_of(toks[0].span.start - 1)
            or toks[0].span.start == 0
            or view.text[toks[0].span.start - 1] == "\n"
        )
    )


_VERB_AFTER = frozenset({"that", "whether", ",", ".", ":", "“", '"', "‘", "''", "``"})
_INFINITIVE_CUES = frozenset({"vow", "pledge", "claim", "promise", "threaten", "urge", "call"})


def _verb_tagged_noun(view: DocView, v: int) -> bool:
    """``Viguerie notes that …``, ``The Washington Times reports Beck will …``, ``…, Frank
    writes, …``: a verb of saying in -s, tagged as a plural noun, right after its subject and
    before what it reports."""
    t = view.tokens[v]
    if t.upos not in {"NOUN", "PROPN"} or not t.text.endswith("s") or reporting_lemma(t) is None:
        return False
    if t.text.lower() in {"states", "comments", "answers"}:
        return False  # far more often the nouns: "in smaller states", "his comments"
    if v == 0 or v + 1 >= len(view.tokens):
        return False
    prev, nxt = view.tokens[v - 1], view.tokens[v + 1]
    if prev.sentence != t.sentence or nxt.sentence != t.sentence:
        return False
    # "writes that …", "writes in The Atlantic that …"
    before_that = (
        nxt.text.lower() == "that"
        or nxt.text.lower() in {"in", "on"}
        and any(view.tokens[k].text.lower() == "that" for k in range(v + 1, min(len(view.tokens), v + 9)))
    )
    if prev.text == "," and before_that:
        return True  # "Dan P. McAdams, a psychology professor, writes in The Atlantic that …"
    if prev.upos not in {"PROPN", "PRON", "NOUN"}:
        return t.text[:1].isupper() and _title_case(view, t.sentence)
    if before_that or nxt.text.lower() in _VERB_AFTER:
        return True
    if nxt.text.lower() == "to":
        return reporting_lemma(t) in _INFINITIVE_CUES  # "Sanders vows to press on"
    if nxt.text.lower() in {"for", "on"} and reporting_lemma(t) == "call" and prev.upos in {"PROPN", "PRON"}:
        # "Trump calls for bringing back surveillance …" (not "phone calls for …", "amid BLM calls for …")
        return v < 2 or view.tokens[v - 2].upos != "ADP"
    if nxt.upos in {"DET", "PRON", "PROPN", "NUM"} or nxt.upos in {"NOUN", "ADJ"} and not nxt.text.endswith("s"):
        # "Trump reports investments in …", "The Washington Times reports Beck will endorse …"
        return True
    # a headline in title case: "Hillary Clinton Says EgyptAir Crash Seems Like An ‘Act Of Terrorism’"
    return t.text[:1].isupper() and _title_case(view, t.sentence)


def _retagged(view: DocView) -> DocView:
    """The view with verbs of saying that the tagger took for nouns tagged as verbs (the parse
    is left as it is)."""
    fixed = [v for v in range(len(view.tokens)) if _verb_tagged_noun(view, v)]
    if not fixed:
        return view
    tokens = list(view.tokens)
    for v in fixed:
        lemma = reporting_lemma(tokens[v]) or tokens[v].lemma
        tokens[v] = attrs.evolve(tokens[v], upos="VERB", xpos="VBZ", lemma=lemma)
    return DocView(attrs.evolve(view.doc, tokens=tokens))


def _title_case(view: DocView, sentence: int) -> bool:
    """Tells whether a sentence is a headline in title case, where taggers see nouns everywhere."""
    sent = view.doc.sentences[sentence]
    words = [w.text for w in view.tokens[sent.first : sent.last] if w.text[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _passive(view: DocView, v: int) -> tuple[list[int], tuple[int, int] | None, int, str] | None:
    """``Her death was confirmed by the Eagle Forum``: the passive subject is what was said and
    the ``by`` phrase who said it; ``Trump was asked whether …``: the subject is whom it was said
    to, and the content follows. Without a ``by`` phrase the source is unnamed (None).

    Returns (content, source, cue, rule), or None when ``v`` is not a passive.
    """
    kids = view.children[v]
    subj = next((c for c in kids if view.tokens[c].deprel == "nsubj:pass" and c < v), None)
    # a passive by its form, not only by its label: "was confirmed", "has been denied"
    if (
        subj is None
        or view.tokens[v].xpos != "VBN"
        or not any(view.tokens[c].deprel == "aux:pass" and view.tokens[c].lemma.lower() in {"be", "get"} for c in kids)
    ):
        return None
    agent = next((c for c in kids if view.tokens[c].deprel in {"obl:agent", "obl"} and _case(view, c) == "by"), None)
    source = view.np_span(agent) if agent is not None else None
    if view.tokens[v].lemma.lower() in _ADDRESSEE_VERBS:
        found = _content(view, v)
        if found is None or not found[0] or min(found[0]) < v:
            return None
        return found[0], source, v, "passive.addressee"
    content = sorted(i for i in view.subtree(subj) if i < v and view.tokens[i].deprel not in {"punct"})
    # ("The meeting was first reported by Politico": a named source makes two words enough)
    if len(content) < (2 if source is not None else MIN_CONTENT_WORDS):
        return None
    return content, source, v, "passive.subject"


_QUANTITIES = frozenset(
    {"half", "most", "many", "some", "few", "all", "both", "majority", "third", "quarter", "two-thirds", "others"}
)


def _subject_past_aside(view: DocView, v: int) -> tuple[int, int] | None:
    """A subject the parse and the noun phrase before the verb miss: a noun with its participle
    (``those surveyed said``) or a share (``Nearly half said``). A subject before an aside
    (``Democrats — and some Republicans — say``) is :func:`_leading_subject`'s."""
    sent = view.doc.sentences[view.tokens[v].sentence]
    j = v - 1
    while j >= sent.first and view.tokens[j].upos in {"ADV", "AUX", "PART"}:
        j -= 1
    if j <= sent.first:
        return None
    if view.tokens[j].text.lower() in _QUANTITIES:
        # "Nearly half said …", "Most say …": a share of those asked
        first = j
        while first > sent.first and view.tokens[first - 1].upos in {"ADV", "NUM", "DET"}:
            first -= 1
        if first == sent.first or view.tokens[first - 1].text == ",":
            return first, j + 1
    if (
        view.tokens[j].upos == "VERB"
        and view.tokens[j].xpos in {"VBN", "VBD"}
        and view.tokens[j - 1].upos in {"NOUN", "PROPN", "PRON", "DET"}
    ):
        # "those surveyed", "voters polled": a noun and its participle
        run = nominal_run(view, range(j - 1, sent.first - 1, -1))
        if run and view.tokens[max(run)].upos in {"NOUN", "PROPN", "PRON", "DET"}:
            return min(run), j + 1
    return None


def _leading_subject(view: DocView, v: int) -> tuple[int, int] | None:
    """The noun phrase that opens ``v``'s sentence (after a fronted phrase and its comma), when
    nothing but an aside stands between it and ``v``: ``Sen. Claire McCaskill (D-Mo.), who has
    endorsed Clinton, said``, ``One in four voters in a New York Times poll last year said``."""
    sent = view.doc.sentences[view.tokens[v].sentence]
    start = sent.first
    if view.tokens[start].upos in {"ADP", "SCONJ", "ADV", "VERB"} or view.tokens[start].text.lower() in CONNECTIVES:
        comma = next((i for i in range(start, v) if view.tokens[i].text == ","), None)
        if comma is None:
            return None
        start = comma + 1
    run = nominal_run(view, range(start, v))
    if not run or min(run) != start or view.tokens[max(run)].upos not in {"NOUN", "PROPN", "PRON"}:
        return None
    rng = (start, max(run) + 1)
    between = list(range(rng[1], v))
    finite = [i for i in between if view.tokens[i].xpos in _FINITE or view.is_reporting(i)]
    if finite and not (
        between
        and view.tokens[between[0]].text in {",", "(", "—", "–"}
        and view.tokens[between[-1]].text in {",", ")", "—", "–"}
    ):
        return None
    return None if _not_a_source(view, rng) else rng


def _source(view: DocView, v: int, idxs: list[int]) -> tuple[int, int] | None:
    """The words naming who said the content ``idxs`` of verb ``v``, or None.

    The parse's subject (a relative pronoun too: "Weaver, who said …" is resolved to Weaver),
    else the noun phrase right before the verb, where English puts it (neither may be a time or
    a dateline). A speaker inside its own content is a misparse, and a participle speaks for
    the main clause's subject; failing all these, a subject past an aside, the main subject of
    a verb that shares it, or the sentence's opening phrase.
    """
    subj = view.subject_of(v)
    if (
        subj is not None
        and view.tokens[subj].head == v
        and view.tokens[subj].deprel in {"nsubj:pass", "expl"}
        and any(
            view.tokens[c].deprel == "aux:pass"
            and view.tokens[c].lemma.lower() in {"be", "get"}
            and view.tokens[c].text.lower() not in {"'s", "’s"}
            for c in view.children[v]
        )
    ):
        # "It was reported that …", "Her death was confirmed …": the passive's subject is no source
        # (but "he's said that …" is "he has said")
        return None
    rng = view.np_span(subj) if subj is not None else None
    if rng is None or _not_a_source(view, rng):
        rng = _subject_np(view, v, _sentence_tokens(view, v))
        if rng is not None and _not_a_source(view, rng):
            rng = None
    if idxs and rng is not None and (min(idxs) <= rng[0] <= max(idxs) or view.tokens[v].xpos == "VBG"):
        # "…, arguing such legislation could …", "Since announcing that …, Mr. Biden has …"
        inside = min(idxs) <= rng[0] <= max(idxs)
        rng = _main_subject(view, v, idxs) or (
            rng
            if not inside
            else _subject_np(view, v, _sentence_tokens(view, v), exclude=(view.span_of(min(idxs), max(idxs) + 1),))
        )
    if rng is None:
        rng = _subject_past_aside(view, v)
    if rng is None:
        main = _main_subject(view, v, idxs, participle=False) if idxs else None
        # "… and said their views were changed", "Declaring that …, the billionaire …": the verb
        # shares the main clause's subject; else the sentence's opening phrase, else that subject
        shares = view.tokens[v].xpos == "VBG" or any(view.tokens[k].upos == "CCONJ" for k in range(max(0, v - 3), v))
        rng = (main if shares else None) or _leading_subject(view, v) or main
    return rng


def _main_subject(view: DocView, v: int, content: list[int], *, participle: bool = True) -> tuple[int, int] | None:
    """For a participle ``v`` that opens or follows its sentence's main clause (or, without
    ``participle``, any verb of it), the main clause's subject, outside the content; else None."""
    t = view.tokens[v]
    sent = view.doc.sentences[t.sentence]
    if participle and t.xpos != "VBG" or v > sent.first and view.tokens[v - 1].upos == "AUX":
        return None
    lo, hi = min(content), max(content)
    root = next((i for i in range(sent.first, sent.last) if view.tokens[i].head < 0), None)
    if root is None:
        return None
    subj = next((c for c in view.children[root] if view.tokens[c].deprel in {"nsubj", "nsubj:pass"}), None)
    if subj is None or lo <= subj <= hi or subj == v:
        return None
    rng = view.np_span(subj)
    if _not_a_source(view, rng) or view.tokens[subj].text.lower() in {"it", "this", "that", "there"}:
        return None
    return rng


def _fronted(view: DocView, v: int) -> bool:
    """Whether ``v`` opens its sentence as a participle, alone or after a subordinator: ``Asked
    whether …``, ``Noting that …``, ``When asked …``, ``After saying …``."""
    sent = view.doc.sentences[view.tokens[v].sentence]
    before = [view.tokens[i] for i in range(sent.first, v)]
    return view.tokens[v].xpos in {"VBG", "VBN", "VBD"} and (
        not before or len(before) <= 2 and all(t.upos in {"SCONJ", "ADV", "AUX"} for t in before)
    )


def _before_main_clause(view: DocView, v: int, idxs: list[int]) -> list[int]:
    """The content of a fronted participle, up to the comma where the main clause begins:
    ``Asked if there had been any fraud, Michael Briggs, Sanders's spokesman, suggested …``."""
    end = _sentence_end(view, v)
    for pos, k in enumerate(idxs):
        if view.tokens[k].text != "," or pos < 2:
            continue
        verb = next((m for m in range(k + 1, min(end, k + 16)) if view.tokens[m].upos in {"VERB", "AUX"}), None)
        if (
            verb is not None
            and verb > k + 1
            and (view.tokens[verb].xpos in _FINITE or view.is_reporting(verb))
            and all(
                view.tokens[m].upos in {"PROPN", "NOUN", "DET", "ADJ", "PUNCT", "PART", "PRON", "NUM"}
                for m in range(k + 1, verb)
            )
        ):
            return idxs[:pos]
    return idxs


def _unnamed_asker(view: DocView, v: int) -> bool:
    """``Asked whether he would run, Biden said …``: a question put by someone the text does not
    name; the question is a report with no source."""
    t = view.tokens[v]
    sent = view.doc.sentences[t.sentence]
    before = [view.tokens[i].text.lower() for i in range(sent.first, v)]
    # the tagger may call a sentence-opening "Asked" a past tense; the shape decides
    # ("… and when asked who …", "Trump, when asked about …": the same, inside a sentence)
    return (
        t.text.lower() == "asked"
        and t.xpos in {"VBN", "VBD"}
        and (
            not before
            or before == ["after"]
            or before[-1] in {"when", "if", "once"}
            or before[-2:] in (["after", "being"], ["when", "being"])
        )
    )


def _reports_nothing(view: DocView, v: int) -> bool:
    """Tells whether the verb of saying ``v`` is used in a way that reports nothing."""
    t = view.tokens[v]
    lemma = t.lemma.lower()
    kids = [view.tokens[c] for c in view.children[v]]
    if any(k.text.lower() == "without" for k in kids):
        return True  # "without disclosing any details"
    if any(k.deprel == "mark" and k.text.lower() == "than" for k in kids):
        return True  # "higher than previous studies have suggested"
    if v > 0 and view.tokens[v - 1].text.lower() in {"so", "so-"}:
        return True  # "the so called Durand line" names a thing
    nxt = view.tokens[v + 1].text.lower() if v + 1 < len(view.tokens) else ""
    after_comma = v > 0 and view.tokens[v - 1].text == ","
    naming = t.deprel == "acl" and nxt not in {"for", "on", "upon", "out"} and not after_comma
    if lemma == "call" and (naming or any(k.deprel == "obj" and k.lemma.lower() == "shot" for k in kids)):
        # "a group called Ginbot 7", "a man calling himself Paul", "calling the shots" (but "Brian
        # Fallon, a spokesman, called on the senator to …" is a report the parser took for a participle)
        return True
    # "pointed to the report", "points out that …" are reports; "pointed at the door" is not
    return lemma == "point" and nxt not in {"out", "to"} and not any(k.text.lower() in {"out", "to"} for k in kids)


_LABEL_TAGS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON", "X"})


def _colon_labels(view: DocView) -> list[tuple[list[int], tuple[int, int], int]]:
    """``Bernie Sanders: ‘Of Course’ Clinton Is Qualified``, ``TAPPER: And the wall?``: a paragraph
    that opens with a source's name and a colon reports what follows it, to the paragraph's end.

    Returns (content tokens, source range, colon token) for each.
    """
    out = []
    for para in view.paragraphs:
        first = view.token_at(para.start)
        if first < 0 or view.tokens[first].span.start < para.start:
            first += 1
        colon = next(
            (
                i
                for i in range(first, min(first + 8, len(view.tokens)))
                if view.tokens[i].text == ":" and view.tokens[i].span.start < para.end
            ),
            None,
        )
        if colon is None or colon == first:
            continue
        label = list(range(first, colon))
        words = [view.tokens[i] for i in label if view.tokens[i].upos != "PUNCT"]
        if (
            not words
            or any(w.text.lower() in LABEL_WORDS or w.upos == "NUM" for w in words)
            or not all(
                w.upos in _LABEL_TAGS or w.text.lower() in {"at", "of", "&"} or w.text[:1].isupper() for w in words
            )
            or not any(w.text[:1].isupper() for w in words)
        ):
            continue
        line_end = view.text.find("\n", view.tokens[colon].span.end)
        stop = min(para.end, line_end if line_end >= 0 else para.end)
        content = [i for i in range(colon + 1, len(view.tokens)) if view.tokens[i].span.end <= stop]
        # a clause of its own (not a list of names), and not one that reports someone else's words
        has_verb = any(view.tokens[i].upos in {"VERB", "AUX"} for i in content)
        # a headline ("Lynch: No outside influence on FBI probe") need not have a verb
        headline = para.start == view.paragraphs[0].start or _title_case(view, view.tokens[colon].sentence)
        if all(view.tokens[i].upos in {"PROPN", "PUNCT", "CCONJ"} for i in content):
            headline = False  # "Iowa: Tim Albrecht, Brad Anderson, …" is a list of names
        # (a transcript's speaker in capitals says all that follows: "TAPPER: Trump released a video
        # on Friday talking about …")
        transcript = len(words) <= 3 and all(
            w.text.isupper() and len(w.text) > 1 and w.text.lower() not in {"of", "the", "and"} for w in words
        )
        if (
            len(content) >= MIN_CONTENT_WORDS
            and (has_verb or headline)
            and (transcript or not any(view.is_reporting(i) for i in content))
        ):
            out.append((content, (first, colon), colon))
    return out


def _nominal_source(view: DocView, n: int) -> tuple[int, int] | None:
    """Who made the call, claim or pledge headed by noun ``n``: its possessor (``Trump's claim``,
    ``his call``), the ``from``/``by`` phrase after it, or the subject of a light verb taking it."""
    for c in view.children[n]:
        t = view.tokens[c]
        if t.deprel == "nmod:poss" and c < n:
            return view.np_span(c)
        if t.deprel == "nmod" and c > n and _case(view, c) in {"from", "by"}:
            return view.np_span(c)
    head = view.tokens[n].head
    if head >= 0 and view.tokens[n].deprel in {"obj", "obl"} and view.tokens[head].lemma.lower() in LIGHT_VERBS:
        subj = view.subject_of(head)
        if subj is not None:
            return view.np_span(subj)
    return None


def _nominal_reports(view: DocView) -> list[tuple[list[int], tuple[int, int], int]]:
    """``his call for Emanuel to resign``, ``Trump's claim that he won``, ``her pledge to serve``:
    nouns of saying with a source, and what they report. Returns (content, source, cue) for each."""
    out = []
    for t in view.tokens:
        n = t.index
        openers = NOMINAL_CUES.get(t.lemma.lower())
        if openers is None or t.upos != "NOUN" or n + 2 >= len(view.tokens):
            continue
        nxt = view.tokens[n + 1]
        if nxt.text.lower() not in openers or nxt.sentence != t.sentence:
            continue
        src = _nominal_source(view, n)
        if src is None:
            continue
        # "to" opens an infinitive ("pledge to serve") and stays, as do that and whether (as after a
        # verb); the prepositions go
        start = n + 1 if nxt.text.lower() in {"to", "whether", "that"} else n + 2
        # the noun's own phrase: "Ryan's endorsement of Trump is only a matter of time"
        content = _right_content(view, n, start)
        if nxt.text.lower() in {"of", "about", "on"}:
            phrase = view.subtree(n)
            content = [i for i in content if i in phrase]
        if len(content) >= MIN_CONTENT_WORDS:
            out.append((content, src, n))
    return out


def find_indirect(view: DocView, drafts: list[Draft], quoted: list[Quoted]) -> list[Draft]:
    """Adds indirect and mixed quotations to the direct ``drafts``; returns all, in text order.

    Args:
        view: The annotated article.
        drafts: Direct quotes found so far.
        quoted: Every quoted passage, scare quotes included (they make a quote mixed).
    """
    text = view.text
    view = _retagged(view)
    quoted_spans = [s for q in quoted for s in q.spans]
    candidates: list[tuple[list[int], tuple[int, int] | None, int, str]] = []
    # the verbs that attribute a direct quote before them, and whether their subject follows them
    attributing = {
        d.cue[0]: d.subject is not None and d.subject[0] > d.cue[0]
        for d in drafts
        if d.cue is not None and d.rule == "cue-after"
    }
    for v in range(len(view.tokens)):
        if not view.is_reporting(v):
            continue
        if any(s.contains(view.tokens[v].span) for s in quoted_spans):
            continue
        if _reports_nothing(view, v):
            continue
        passive = _passive(view, v)
        if passive is not None:
            candidates.append(passive)
            continue
        found = _content(view, v)
        if found is None:
            continue
        idxs, name, subj_rng = found
        rule = rule_of(name).label
        if (
            v in attributing
            and idxs
            and min(idxs) > v
            and (
                # “…,” said X, who …: what follows an inverted attribution is no content; nor, after
                # “…,” Trump said, is what follows a comma, a preposition or a participle
                attributing[v]
                or view.tokens[v + 1].text in {",", "—", "–"}
                or view.tokens[v + 1].upos == "ADP"
                or view.tokens[min(idxs)].xpos == "VBG"
            )
        ):
            continue
        if _fronted(view, v):
            # "Asked if there had been any fraud, Michael Briggs said …": the question ends where
            # the main clause begins
            idxs = _before_main_clause(view, v, idxs)
        if _unnamed_asker(view, v):
            # "when asked who would win, the senator laughed": the senator was asked; the asker is
            # named only by "by" ("Asked by Matt Lauer whether …")
            agent = (
                nominal_run(view, range(v + 2, _sentence_end(view, v)))
                if (v + 1 < len(view.tokens) and view.tokens[v + 1].text.lower() == "by")
                else []
            )
            subj_rng = (min(agent), max(agent) + 1) if agent else None
        elif subj_rng is None:
            subj_rng = _source(view, v, idxs)
            clause = any(
                view.tokens[i].xpos in _FINITE or view.tokens[i].text.lower() in {"that", "whether"} for i in idxs
            )
            imperative = view.tokens[v].xpos == "VB" and not any(
                view.tokens[k].upos in {"AUX", "PART"} for k in range(max(0, v - 2), v)
            )
            if subj_rng is None and (imperative or not (rule in {"frame", "object"} or rule == "ccomp" and clause)):
                # with no source found, a report still stands (its speaker unknown) when it is a
                # clause, an object or a frame of a verb of saying; not a guess at a trailing one, nor
                # the reader's ("please note that …")
                continue
        candidates.append((idxs, subj_rng, v, name))
    for idxs, src_rng, cue in _according_to(view):
        candidates.append((idxs, src_rng, cue, "according-to.phrase"))
    for idxs, src_rng, cue in _colon_labels(view):
        candidates.append((idxs, src_rng, cue, "colon.label"))
    for idxs, src_rng, cue in _nominal_reports(view):
        candidates.append((idxs, src_rng, cue, "nominal.noun"))

    out = list(drafts)
    # a report inside another's content (X said Y told him Z) is a report of its own, and its cue
    # and source stay part of the outer content; the cue and source of any other report never do
    reach = [(min(c[0]), max(c[0])) if c[0] else (-1, -1) for c in candidates]
    frames = [{*range(*rng), v} if rng else {v} for _, rng, v, _ in candidates]

    def cue_in(k: int, m: int) -> bool:
        """Candidate k's cue stands in m's content."""
        return reach[m][0] <= candidates[k][2] <= reach[m][1]

    depth = [
        sum(m != k and cue_in(k, m) and not cue_in(m, k) for m in range(len(candidates)))
        for k in range(len(candidates))
    ]
    # outer reports first: where an inner one says the same, the outer one keeps it
    for k in sorted(range(len(candidates)), key=lambda k: (depth[k], k)):
        idxs, subj_rng, v, name = candidates[k]
        rule = rule_of(name).label
        if depth[k] and rule not in _NESTABLE:
            continue  # "X said Pakistan maintains these ties": an object inside a report is no report
        outside = set().union(*(f for m, f in enumerate(frames) if m != k and not cue_in(m, k)))
        kept = [i for i in idxs if i not in outside]
        parts = [_trim(view, r) for r in _runs(kept)] if rule in _MULTIPART else [_trim(view, _longest_run(kept))]
        parts = [r for r in parts if r]
        if not parts:
            continue
        part_spans = [Span(view.tokens[r[0]].span.start, view.tokens[r[-1]].span.end) for r in parts]
        span = Span(part_spans[0].start, part_spans[-1].end)
        quoted_inside = any(span.overlaps(s) for s in quoted_spans)
        # "called Trump “unhinged”", "declined to comment": quoted words, or the object of a few
        # verbs, make even a short content a report
        short_ok = (
            quoted_inside
            or (rule in {"object", "frame"} and reporting_lemma(view.tokens[v]) in _SHORT_OBJECT_CUES)
            or (rule == "passive" and subj_rng is not None)
            or (
                # "denied it happened", "a finish that he said defied expectations": a clause of two words
                rule in {"ccomp", "relative"} and any(view.tokens[i].xpos in _FINITE for r in parts for i in r)
            )
        )
        # ("That's according to …" stands for what was just said)
        alone = rule == "according-to" and span.of(text).lower() in _DEMONSTRATIVES
        if not alone and len(span.of(text).split()) < (2 if short_ok else MIN_CONTENT_WORDS) or span.end <= span.start:
            continue
        content = set().union(*(_letters(text, p) for p in part_spans))
        if not content:
            continue
        # what direct quotes already say
        overlapping = [d for d in out if d.kind == "direct" and any(s.overlaps(span) for s in d.spans)]
        covered = set().union(*(_letters(text, s) for d in overlapping for s in d.spans)) if overlapping else set()
        # ("said the Romney campaign would “do daily requests …”": words of the writer's before the
        # quote make the whole clause one mixed quote)
        lead = text[span.start : min(d.span.start for d in overlapping)].split() if overlapping else []
        lead = [w for w in lead if w.lower() not in _KEPT_OPENERS and any(c.isalnum() for c in w)]
        if overlapping and len(covered & content) >= 0.6 * len(content) and len(lead) < 2:
            # the content is a direct quote: give it this cue's source if it has none
            for d in overlapping:
                if d.subject is None or d.rule == "continuation":
                    out[out.index(d)] = attrs.evolve(d, subject=subj_rng, cue=(v, v + 1), rule_name=name)
            continue
        if any(
            d.kind != "direct"
            and d.span.overlaps(span)
            and len(same := _letters(text, d.span) & content) >= 0.5 * len(content)
            and len(same) >= 0.5 * len(_letters(text, d.span))
            for d in out
        ):
            continue  # another verb already reported this content
        kind = "indirect"
        spans = part_spans
        if overlapping:
            kind = "mixed"
            start = min(span.start, *(d.span.start for d in overlapping))
            end = max(span.end, *(d.span.end for d in overlapping))
            spans = [Span(start, end)]
            for d in overlapping:
                out.remove(d)
        elif quoted_inside:
            kind = "mixed"
        out.append(Draft(kind=kind, spans=spans, cue=(v, v + 1), subject=subj_rng, rule_name=name))
    out = [_with_lead_in(view, d, out) for d in out]
    out.sort(key=lambda d: d.span.start)
    return out


def _with_lead_in(view: DocView, d: Draft, drafts: list[Draft]) -> Draft:
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
    while mark > sent.first and _opens_quote(view.tokens[mark - 1].text):
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
