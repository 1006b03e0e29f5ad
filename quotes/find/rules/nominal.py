"""Reports with no verb of saying (according to, speaker labels, nouns of saying), and verbs
of saying the tagger took for nouns."""

from __future__ import annotations

import attrs

from quotes.find.rules.bounds import MIN_CONTENT_WORDS, case_word, right_content, title_case
from quotes.find.rules.context import Match, finds_phrases
from quotes.lexicon import (
    LABEL_WORDS,
    NOMINAL_CUES,
)
from quotes.lexicon.verbs import allows
from quotes.nlp.doc import DocView, nominal_run, reporting_lemma

DEMONSTRATIVES = frozenset({"that", "this"})


@finds_phrases("according-to.phrase")
def according_to(view: DocView) -> list[Match]:
    """``according to X``: the content, the source and the cue ``according`` of each.

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
            and view.tokens[sent.first].text.lower() in DEMONSTRATIVES
            and (view.tokens[i - 1].text.lower() in {"'s", "’s", "is", "was"})
        ):
            content = [sent.first]  # "That's according to early exit polls.": what the last sentence said
        else:
            continue
        out.append(Match(content=content, rule_name="according-to.phrase", cue=i, source=src_rng))
    return out


VERB_AFTER = frozenset({"that", "whether", ",", ".", ":", "“", '"', "‘", "''", "``"})


def verb_tagged_noun(view: DocView, v: int) -> bool:
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
        return t.text[:1].isupper() and title_case(view, t.sentence)
    if before_that or nxt.text.lower() in VERB_AFTER:
        return True
    if nxt.text.lower() == "to":
        return allows(reporting_lemma(t), "infinitive")  # "Sanders vows to press on"
    if nxt.text.lower() in {"for", "on"} and reporting_lemma(t) == "call" and prev.upos in {"PROPN", "PRON"}:
        # "Trump calls for bringing back surveillance …" (not "phone calls for …", "amid BLM calls for …")
        return v < 2 or view.tokens[v - 2].upos != "ADP"
    if nxt.upos in {"DET", "PRON", "PROPN", "NUM"} or nxt.upos in {"NOUN", "ADJ"} and not nxt.text.endswith("s"):
        # "Trump reports investments in …", "The Washington Times reports Beck will endorse …"
        return True
    # a headline in title case: "Hillary Clinton Says EgyptAir Crash Seems Like An ‘Act Of Terrorism’"
    return t.text[:1].isupper() and title_case(view, t.sentence)


def retagged(view: DocView) -> DocView:
    """The view with verbs of saying that the tagger took for nouns tagged as verbs (the parse
    is left as it is)."""
    fixed = [v for v in range(len(view.tokens)) if verb_tagged_noun(view, v)]
    if not fixed:
        return view
    tokens = list(view.tokens)
    for v in fixed:
        lemma = reporting_lemma(tokens[v]) or tokens[v].lemma
        tokens[v] = attrs.evolve(tokens[v], upos="VERB", xpos="VBZ", lemma=lemma)
    return DocView(attrs.evolve(view.doc, tokens=tokens))


LABEL_TAGS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON", "X"})


@finds_phrases("colon.label")
def colon_labels(view: DocView) -> list[Match]:
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
                w.upos in LABEL_TAGS or w.text.lower() in {"at", "of", "&"} or w.text[:1].isupper() for w in words
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
        headline = para.start == view.paragraphs[0].start or title_case(view, view.tokens[colon].sentence)
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
            out.append(Match(content=content, rule_name="colon.label", cue=colon, source=(first, colon)))
    return out


def nominal_source(view: DocView, n: int) -> tuple[int, int] | None:
    """Who made the call, claim or pledge headed by noun ``n``: its possessor (``Trump's claim``,
    ``his call``), the ``from``/``by`` phrase after it, or the subject of a light verb taking it."""
    for c in view.children[n]:
        t = view.tokens[c]
        if t.deprel == "nmod:poss" and c < n:
            return view.np_span(c)
        if t.deprel == "nmod" and c > n and case_word(view, c) in {"from", "by"}:
            return view.np_span(c)
    head = view.tokens[n].head
    if head >= 0 and view.tokens[n].deprel in {"obj", "obl"} and allows(view.tokens[head].lemma.lower(), "light"):
        subj = view.subject_of(head)
        if subj is not None:
            return view.np_span(subj)
    return None


@finds_phrases("nominal.noun")
def nominal_reports(view: DocView) -> list[Match]:
    """``his call for Emanuel to resign``, ``Trump's claim that he won``, ``her pledge to serve``:
    nouns of saying with a source, and what they report."""
    out = []
    for t in view.tokens:
        n = t.index
        openers = NOMINAL_CUES.get(t.lemma.lower())
        if openers is None or t.upos != "NOUN" or n + 2 >= len(view.tokens):
            continue
        nxt = view.tokens[n + 1]
        if nxt.text.lower() not in openers or nxt.sentence != t.sentence:
            continue
        src = nominal_source(view, n)
        if src is None:
            continue
        # "to" opens an infinitive ("pledge to serve") and stays, as do that and whether (as after a
        # verb); the prepositions go
        start = n + 1 if nxt.text.lower() in {"to", "whether", "that"} else n + 2
        # the noun's own phrase: "Ryan's endorsement of Trump is only a matter of time"
        content = right_content(view, n, start)
        if nxt.text.lower() in {"of", "about", "on"}:
            phrase = view.subtree(n)
            content = [i for i in content if i in phrase]
        if len(content) >= MIN_CONTENT_WORDS:
            out.append(Match(content=content, rule_name="nominal.noun", cue=n, source=src))
    return out
