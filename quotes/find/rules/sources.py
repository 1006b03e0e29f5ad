"""Sources of indirect quotes: the words naming who said it, found from the verb of saying."""

from __future__ import annotations

from quotes.find.rules.bounds import FINITE_TAGS, sentence_end, sentence_tokens
from quotes.find.rules.subjects import subject_np
from quotes.lexicon import (
    ADVERBIAL_PHRASES,
    CONNECTIVES,
    is_time_word,
)
from quotes.nlp.doc import DocView, nominal_run


def not_a_source(view: DocView, rng: tuple[int, int]) -> bool:
    """A parser's slip for a subject: a time (``last month``, ``Thursday``), a dateline
    (``WASHINGTON (AP) —``) or the noun of an adverbial phrase (``in turn``, ``for example``)."""
    toks = view.tokens[rng[0] : rng[1]]
    if all(t.text.lower() in CONNECTIVES or t.upos == "PUNCT" for t in toks):
        return True  # "Meanwhile", "Indeed"
    before = view.tokens[rng[0] - 1].text.lower() if rng[0] > 0 else ""
    if f"{before} {' '.join(t.text.lower() for t in toks)}" in ADVERBIAL_PHRASES:
        return True  # "Pakistan has in turn accused": an adverb's noun, not a source
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


QUANTITY_WORDS = frozenset(
    {"half", "most", "many", "some", "few", "all", "both", "majority", "third", "quarter", "two-thirds", "others"}
)


def subject_past_aside(view: DocView, v: int) -> tuple[int, int] | None:
    """A subject the parse and the noun phrase before the verb miss: a noun with its participle
    (``those surveyed said``) or a share (``Nearly half said``). A subject before an aside
    (``Democrats — and some Republicans — say``) is :func:`leading_subject`'s."""
    sent = view.doc.sentences[view.tokens[v].sentence]
    j = v - 1
    while j >= sent.first and view.tokens[j].upos in {"ADV", "AUX", "PART"}:
        j -= 1
    if j <= sent.first:
        return None
    if view.tokens[j].text.lower() in QUANTITY_WORDS:
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


def leading_subject(view: DocView, v: int) -> tuple[int, int] | None:
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
    finite = [i for i in between if view.tokens[i].xpos in FINITE_TAGS or view.is_reporting(i)]
    if finite and not (
        between
        and view.tokens[between[0]].text in {",", "(", "—", "–"}
        and view.tokens[between[-1]].text in {",", ")", "—", "–"}
    ):
        return None
    return None if not_a_source(view, rng) else rng


def find_source(view: DocView, v: int, idxs: list[int]) -> tuple[int, int] | None:
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
    if rng is None or not_a_source(view, rng):
        rng = subject_np(view, v, sentence_tokens(view, v))
        if rng is not None and not_a_source(view, rng):
            rng = None
    if idxs and rng is not None and (min(idxs) <= rng[0] <= max(idxs) or view.tokens[v].xpos == "VBG"):
        # "…, arguing such legislation could …", "Since announcing that …, Mr. Biden has …"
        inside = min(idxs) <= rng[0] <= max(idxs)
        rng = main_subject(view, v, idxs) or (
            rng
            if not inside
            else subject_np(view, v, sentence_tokens(view, v), exclude=(view.span_of(min(idxs), max(idxs) + 1),))
        )
    if rng is None:
        rng = subject_past_aside(view, v)
    if rng is None:
        main = main_subject(view, v, idxs, participle=False) if idxs else None
        # "… and said their views were changed", "Declaring that …, the billionaire …": the verb
        # shares the main clause's subject; else the sentence's opening phrase, else that subject
        shares = view.tokens[v].xpos == "VBG" or any(view.tokens[k].upos == "CCONJ" for k in range(max(0, v - 3), v))
        rng = (main if shares else None) or leading_subject(view, v) or main
    return rng


def main_subject(view: DocView, v: int, content: list[int], *, participle: bool = True) -> tuple[int, int] | None:
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
    if not_a_source(view, rng) or view.tokens[subj].text.lower() in {"it", "this", "that", "there"}:
        return None
    return rng


def is_fronted(view: DocView, v: int) -> bool:
    """Whether ``v`` opens its sentence as a participle, alone or after a subordinator: ``Asked
    whether …``, ``Noting that …``, ``When asked …``, ``After saying …``."""
    sent = view.doc.sentences[view.tokens[v].sentence]
    before = [view.tokens[i] for i in range(sent.first, v)]
    return view.tokens[v].xpos in {"VBG", "VBN", "VBD"} and (
        not before or len(before) <= 2 and all(t.upos in {"SCONJ", "ADV", "AUX"} for t in before)
    )


def before_main_clause(view: DocView, v: int, idxs: list[int]) -> list[int]:
    """The content of a fronted participle, up to the comma where the main clause begins:
    ``Asked if there had been any fraud, Michael Briggs, Sanders's spokesman, suggested …``."""
    end = sentence_end(view, v)
    for pos, k in enumerate(idxs):
        if view.tokens[k].text != "," or pos < 2:
            continue
        verb = next((m for m in range(k + 1, min(end, k + 16)) if view.tokens[m].upos in {"VERB", "AUX"}), None)
        if (
            verb is not None
            and verb > k + 1
            and (view.tokens[verb].xpos in FINITE_TAGS or view.is_reporting(verb))
            and all(
                view.tokens[m].upos in {"PROPN", "NOUN", "DET", "ADJ", "PUNCT", "PART", "PRON", "NUM"}
                for m in range(k + 1, verb)
            )
        ):
            return idxs[:pos]
    return idxs


def unnamed_asker(view: DocView, v: int) -> bool:
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


def reports_nothing(view: DocView, v: int) -> bool:
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
