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
from quotes.attribute import Draft
from quotes.detect import Quoted
from quotes.lexicon import (
    CONTENTLESS_OBJECTS,
    NOT_TOPIC_HEADS,
    REPORTING_VERBS,
    TIME_WORDS,
    WEEKDAYS,
    is_time_word,
)
from quotes.model import Span, Token
from quotes.rules import rule as rule_of
from quotes.rules.bounds import (
    FINITE_TAGS,
    KEPT_OPENERS,
    MIN_CONTENT_WORDS,
    case_word,
    is_opening_mark,
    letter_offsets,
    longest_run,
    right_content,
    sentence_end,
    title_case,
    token_runs,
    trim_edges,
)
from quotes.rules.nominal import DEMONSTRATIVES, INFINITIVE_CUES, according_to, colon_labels, nominal_reports, retagged
from quotes.rules.sources import before_main_clause, find_source, is_fronted, reports_nothing, unnamed_asker

CONTENT_RELS = frozenset({"ccomp", "parataxis"})
"""Relations from a verb of saying to its content clause."""
FRAME_RELS = frozenset({"obj", "xcomp", "obl", "ccomp", "advcl", "iobj"})
"""Relations whose phrases make up the content of a verb with an object frame."""


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
        if tj.xpos in FINITE_TAGS and not view.is_reporting(j):
            return k
    return None


def _after_colon(view: DocView, v: int) -> list[int]:
    """``He said:`` and a passage not in quotation marks, on the same line (``a blunt answer:
    Republican intellectuals loathe the rabble``) or as the next paragraph (a block quote)."""
    end = sentence_end(view, v)
    colon = next((k for k in range(v + 1, min(end, v + 10)) if view.tokens[k].text == ":"), None)
    if colon is None or any(
        view.tokens[k].upos in {"VERB", "AUX"} or view.tokens[k].text in {",", ";"} for k in range(v + 1, colon)
    ):
        return []
    k = colon + 1
    if k >= len(view.tokens) or is_opening_mark(view.tokens[k].text) or view.tokens[k].text == "<":
        return []  # a direct quote (found as one) or a tweet's markup
    here = view.paragraph_of(view.tokens[colon].span.start)
    para = view.paragraph_of(view.tokens[k].span.start)
    if para == here:
        content = list(range(k, sentence_end(view, k)))
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
        return right_content(view, v, v + 1)
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
    return right_content(view, v, v + 1)


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
    end = sentence_end(view, v)
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

    if t.text[:1].isupper() and v > sent.first and title_case(view, t.sentence) and "ccomp" in frames:
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
        return right_content(view, v, start), "ccomp.that-clause", None
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
        return [rel, *right_content(view, v, v + 1)], "relative.pronoun", (subj_run[0], subj_run[-1] + 1)
    if (
        verb_next
        and subj_run
        and rel >= sent.first
        and view.tokens[rel].upos == "NOUN"
        and (
            view.tokens[v + 1].xpos in FINITE_TAGS
            and all(view.tokens[i].upos in {"PRON", "DET", "NOUN", "PROPN", "ADJ"} for i in subj_run)
        )
    ):
        # "a decision they say allowed terrorist activity to multiply": a relative clause with
        # no pronoun; what was said is about the noun it hangs on
        antecedent = nominal_run(view, range(rel, sent.first - 1, -1))
        return (
            [*sorted(antecedent), *right_content(view, v, v + 1)],
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
        left, right = list(range(line, min(run) - 1)), right_content(view, v, v + 2)
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
            and (not is_opening_mark(tail[0].text) or all(x.upos == "PUNCT" for x in tail))
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
            return right_content(view, v, v + 1), "frame.as-of", None
    nxt_word = view.tokens[v + 1].text.lower() if v + 1 < end else ""
    if (
        lemma == "call"
        and nxt_word in {"for", "on", "upon"}
        or lemma in {"ask", "plead", "appeal"}
        and nxt_word == "for"
    ):
        # "called for a special prosecutor to investigate …", "called on Congress to act",
        # "asked for $1.9 billion to fight Zika"
        return right_content(view, v, v + 2), "object.call-for", None
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
                or (view.tokens[c].deprel == "obl" and case_word(view, c) == "as")
                for c in right
            )
        ):
            return right_content(view, v, min(right[0], *view.subtree(right[0]))), "frame.object-complement", None
    if lemma == "call":
        # "called out his rival for …"; any other call with no name given is a phone call or a summons
        if v + 2 < end and view.tokens[v + 1].text.lower() == "out":
            return right_content(view, v, v + 2), "object.call-out", None
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
        return right_content(view, v, start), "ccomp.dependent", None
    if rest:
        # said talks would continue: a clause right after the verb (subject, then a verb soon)
        nxt = rest[0]
        relative = v >= 2 and view.tokens[v - 2].text.lower() in {"which", "that", "who"}
        if relative and nxt.upos in {"VERB", "AUX"}:
            return right_content(view, v, v + 1), "relative.after-pronoun", None
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
                and (view.tokens[verb_at].xpos in FINITE_TAGS)
            ):
                return right_content(view, v, k), "ccomp.told-person", None
        verb = next((k for k, t in enumerate(rest[1:7], 1) if t.upos in {"AUX", "VERB"}), None)
        if (
            nxt.upos in {"PROPN", "NOUN", "PRON", "DET", "NUM", "ADJ"}
            and verb is not None
            and (lemma not in _ADDRESSEE_VERBS)
        ):
            # "said talks would continue" (the phrase's own verb follows it), else an object and
            # what hangs on it: "announced a series of steps to tighten sales"
            finite = rest[verb - 1].text.lower() != "to" and rest[verb].xpos != "VBG"
            return right_content(view, v, v + 1), "ccomp.subject-verb" if finite else "object.noun-infinitive", None
        if (
            lemma in _CLAUSE_VERBS
            and nxt.upos in {"PROPN", "NOUN", "PRON", "DET", "NUM", "ADJ"}
            and (nxt.text.lower().rstrip(".") not in TIME_WORDS | _VAGUE_OBJECTS)
        ):
            # "Doyle said each year of education yields a 10% bump": a clause whose verb the
            # tagger missed; what follows "said" is still what was said
            content = right_content(view, v, v + 1)
            if len([i for i in content if view.tokens[i].upos != "PUNCT"]) >= 4:
                return content, "ccomp.untagged-verb", None
        if lemma in _CLAUSE_VERBS and t.upos == "VERB":
            opens = _clause_after(view, v, end)
            if opens is not None:
                return right_content(view, v, opens), "ccomp.clause-after", None
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
                or (view.tokens[c].deprel == "obl" and case_word(view, c) in _OBJECT_CASES)
                or (
                    # "urged people not to “choose …”", "promised Sunday at a rally to end …", however
                    # the parser attached the infinitive
                    (lemma in _ADDRESSEE_VERBS or lemma in INFINITIVE_CUES)
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
            return right_content(view, v, start), "object.object", None
    return None


_OBJECT_CASES = frozenset({"to", "for", "of", "about", "against", "on", "with"})
"""Prepositions whose phrase is what a verb of saying is about: ``responded to the report``,
``called for a ban``, ``accused him of lying``; not ``reported from Los Angeles``."""


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
        return right_content(view, v, k + 1)
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
            return right_content(view, v, start)
    return []


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
    agent = next(
        (c for c in kids if view.tokens[c].deprel in {"obl:agent", "obl"} and case_word(view, c) == "by"), None
    )
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


def find_indirect(view: DocView, drafts: list[Draft], quoted: list[Quoted]) -> list[Draft]:
    """Adds indirect and mixed quotations to the direct ``drafts``; returns all, in text order.

    Args:
        view: The annotated article.
        drafts: Direct quotes found so far.
        quoted: Every quoted passage, scare quotes included (they make a quote mixed).
    """
    text = view.text
    view = retagged(view)
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
        if reports_nothing(view, v):
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
        if is_fronted(view, v):
            # "Asked if there had been any fraud, Michael Briggs said …": the question ends where
            # the main clause begins
            idxs = before_main_clause(view, v, idxs)
        if unnamed_asker(view, v):
            # "when asked who would win, the senator laughed": the senator was asked; the asker is
            # named only by "by" ("Asked by Matt Lauer whether …")
            agent = (
                nominal_run(view, range(v + 2, sentence_end(view, v)))
                if (v + 1 < len(view.tokens) and view.tokens[v + 1].text.lower() == "by")
                else []
            )
            subj_rng = (min(agent), max(agent) + 1) if agent else None
        elif subj_rng is None:
            subj_rng = find_source(view, v, idxs)
            clause = any(
                view.tokens[i].xpos in FINITE_TAGS or view.tokens[i].text.lower() in {"that", "whether"} for i in idxs
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
    for idxs, src_rng, cue in according_to(view):
        candidates.append((idxs, src_rng, cue, "according-to.phrase"))
    for idxs, src_rng, cue in colon_labels(view):
        candidates.append((idxs, src_rng, cue, "colon.label"))
    for idxs, src_rng, cue in nominal_reports(view):
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
        parts = (
            [trim_edges(view, r) for r in token_runs(kept)]
            if rule in _MULTIPART
            else [trim_edges(view, longest_run(kept))]
        )
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
                rule in {"ccomp", "relative"} and any(view.tokens[i].xpos in FINITE_TAGS for r in parts for i in r)
            )
        )
        # ("That's according to …" stands for what was just said)
        alone = rule == "according-to" and span.of(text).lower() in DEMONSTRATIVES
        if not alone and len(span.of(text).split()) < (2 if short_ok else MIN_CONTENT_WORDS) or span.end <= span.start:
            continue
        content = set().union(*(letter_offsets(text, p) for p in part_spans))
        if not content:
            continue
        # what direct quotes already say
        overlapping = [d for d in out if d.kind == "direct" and any(s.overlaps(span) for s in d.spans)]
        covered = (
            set().union(*(letter_offsets(text, s) for d in overlapping for s in d.spans)) if overlapping else set()
        )
        # ("said the Romney campaign would “do daily requests …”": words of the writer's before the
        # quote make the whole clause one mixed quote)
        lead = text[span.start : min(d.span.start for d in overlapping)].split() if overlapping else []
        lead = [w for w in lead if w.lower() not in KEPT_OPENERS and any(c.isalnum() for c in w)]
        if overlapping and len(covered & content) >= 0.6 * len(content) and len(lead) < 2:
            # the content is a direct quote: give it this cue's source if it has none
            for d in overlapping:
                if d.subject is None or d.rule == "continuation":
                    out[out.index(d)] = attrs.evolve(d, subject=subj_rng, cue=(v, v + 1), rule_name=name)
            continue
        if any(
            d.kind != "direct"
            and d.span.overlaps(span)
            and len(same := letter_offsets(text, d.span) & content) >= 0.5 * len(content)
            and len(same) >= 0.5 * len(letter_offsets(text, d.span))
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
