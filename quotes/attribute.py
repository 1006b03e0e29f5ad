"""Attributing quotes: the cue verb and the words naming the source, by a sequence of rules.

Each rule is tried from most to least precise, and the one that fires is recorded on the
quote (:attr:`~quotes.model.Quote.rule`):

``cue-after``
    a verb of saying right after the quote, with its subject (``“…,” Kerry said``,
    ``“…,” said Kerry``, ``“…,” the official added``);
``cue-before``
    a verb of saying right before it (``Kerry said: “…”``, ``…, adding: “…”``);
``parse``
    the dependency parse: the quote sits in a clause governed by a verb of saying;
``colon-intro``
    the paragraph before ends with a colon after a verb of saying;
``continuation``
    no cue of its own: the quote goes on from the previous quote's speaker in the same or
    the previous paragraph.

The words found (``Kerry``, ``he``, ``the official``) become the quote's speaker mention;
:mod:`quotes.coref` resolves them to entities.
"""

from __future__ import annotations

import attrs

from quotes._doc import DocView, classify_np, nominal_run
from quotes.detect import Quoted
from quotes.lexicon import QUOTE_MARKS, is_time_word
from quotes.lexicon.verbs import allows
from quotes.model import Span
from quotes.rules import rule as _rule

MIN_WORDS_ALONE = 8
"""A quoted passage this long is a quotation even with no cue; shorter ones need a cue."""
MIN_WORDS_WITH_CUE = 3
"""A quoted passage with a cue needs this many words; shorter ones are scare quotes."""


@attrs.frozen(kw_only=True)
class Draft:
    """A quote before its speaker is resolved to an entity."""

    kind: str
    spans: tuple[Span, ...] = attrs.field(converter=tuple[Span, ...])
    cue: tuple[int, int] | None = None
    """Token range of the cue."""
    subject: tuple[int, int] | None = None
    """Token range of the words naming the source."""
    rule_name: str = attrs.field(default="none", validator=lambda _s, _a, v: _rule(v))
    """The rule that found it (:mod:`quotes.rules`): an unknown name is an error."""
    unbalanced: bool = False

    @property
    def rule(self) -> str:
        """The public label of its rule."""
        return _rule(self.rule_name).label

    @property
    def span(self) -> Span:
        return Span(self.spans[0].start, self.spans[-1].end)


def _words(view: DocView, spans: tuple[Span, ...]) -> int:
    return sum(len(s.of(view.text).split()) for s in spans)


def _is_mark(view: DocView, i: int) -> bool:
    return all(c in QUOTE_MARKS for c in view.tokens[i].text)


def _after(view: DocView, q: Quoted, limit: int = 25) -> list[int]:
    """Tokens after the quote's closing mark in its paragraph, up to the end of the clause."""
    end = q.outer.end
    para = view.paragraphs[view.paragraph_of(q.spans[-1].start)]
    i = view.token_at(end)
    if i < 0 or view.tokens[i].span.start < end:
        i += 1
    out: list[int] = []
    while i < len(view.tokens) and len(out) < limit:
        t = view.tokens[i]
        if t.span.start >= para.end:
            break
        if _is_mark(view, i) and out:
            break
        if not out and (t.text in {",", "—", "–", "-", "--"} or _is_mark(view, i)):
            i += 1
            continue
        out.append(i)
        if t.text in {".", "!", "?", ";"}:
            break
        i += 1
    return out


def _before(view: DocView, q: Quoted, limit: int = 25) -> list[int]:
    """Tokens before the quote's opening mark in its sentence (nearest last)."""
    start = q.outer.start
    i = view.token_at(start - 1)
    if i < 0:
        return []
    while i >= 0 and view.tokens[i].span.end > start:
        i -= 1
    out: list[int] = []
    para = view.paragraphs[view.paragraph_of(q.spans[0].start)]
    while i >= 0 and len(out) < limit:
        t = view.tokens[i]
        if t.span.end <= para.start or (_is_mark(view, i) and out) or t.text in {".", "!", "?"} and out:
            break
        out.append(i)
        i -= 1
    return out[::-1]


def _np_before(view: DocView, left: list[int]) -> tuple[int, int] | None:
    """The noun phrase that ends ``left`` (nearest last), looking past one apposition:
    in ``her adviser, Jake Sullivan,`` the apposition, in ``Kerry, who was there,`` Kerry."""
    left = [i for i in left if view.tokens[i].upos not in {"AUX", "ADV", "PART"} or view.tokens[i].text in {"'s", "’s"}]
    run = sorted(nominal_run(view, reversed(left)))
    while run and view.tokens[run[-1]].upos not in {"NOUN", "PROPN", "PRON", "NUM"}:
        run.pop()  # "the bombing and later": the phrase ends at its head
    if run:
        return run[0], run[-1] + 1
    if left and view.tokens[left[-1]].text == ",":
        commas = [k for k, i in enumerate(left[:-1]) if view.tokens[i].text == ","]
        if commas:
            inner = left[commas[-1] + 1 : -1]
            run = nominal_run(view, inner)
            if run and len(run) == len(inner):
                return run[0], run[-1] + 1
            run = nominal_run(view, reversed(left[: commas[-1]]))
            if run:
                return min(run), max(run) + 1
    return None


_PRONOMINAL = frozenset({"another", "one", "others", "some", "many", "several", "both", "all", "most", "few"})
_TIME_ADVERBS = frozenset({"later", "then", "also", "again", "once", "finally", "still", "earlier"})


def _adjacent_np(view: DocView, verb: int) -> tuple[int, int] | None:
    """The noun phrase right before ``verb`` in its sentence (auxiliaries and adverbs between):
    in English the subject stands there, whatever a weak parser says."""
    sent = view.doc.sentences[view.tokens[verb].sentence]
    j = verb - 1
    while j >= sent.first and (
        view.tokens[j].upos in {"AUX", "ADV", "PART"}
        and view.tokens[j].text not in {"'s", "’s"}
        or view.tokens[j].text == ")"
        or is_time_word(view.tokens[j].text)
        and j - 1 >= sent.first
        and view.tokens[j - 1].text.lower() in {"last", "this", "next", "on", "earlier"}
    ):
        if view.tokens[j].text == ")":
            # "Paul Ryan (R-WI) said": step over the parenthesis
            while j >= sent.first and view.tokens[j].text != "(":
                j -= 1
        elif is_time_word(view.tokens[j].text):
            j -= 1  # "Feinstein last week said", "Police had last month charged": over the time too
        j -= 1
    run = nominal_run(view, range(j, sent.first - 1, -1))
    if not run or view.tokens[max(run)].upos not in {"NOUN", "PROPN", "PRON", "NUM"}:
        return None
    first = min(run)
    if (
        first > sent.first
        and view.tokens[first - 1].upos in {"ADP", "VERB", "AUX", "PART"}
        and (view.tokens[first - 1].text.lower() not in {"as", "when", "while", "because"})
    ):
        # an object ("to discuss internal strategy") is no subject; in "an official who spoke
        # to discuss internal strategy said", the noun before the relative pronoun is
        rel = next(
            (
                k
                for k in range(first - 1, sent.first, -1)
                if view.tokens[k].text.lower() in {"who", "that", "which"} and view.tokens[k].upos == "PRON"
            ),
            None,
        )
        if rel is None:
            return None
        k = rel - 1
        while k >= sent.first and view.tokens[k].text == ",":
            k -= 1
        head = nominal_run(view, range(k, sent.first - 1, -1))
        return (min(head), max(head) + 1) if head else None
    return first, max(run) + 1


def subject_np(
    view: DocView,
    verb: int,
    window: list[int] | None = None,
    *,
    inverted: bool = False,
    exclude: tuple[Span, ...] = (),
) -> tuple[int, int] | None:
    """The subject phrase of ``verb``.

    A participle (``saying``) or a verb conjoined to another (``… and later said``) takes the
    subject of the finite verb before it. The subject is the noun phrase right before the verb
    when there is one, else the parse's (never inside ``exclude``, the quote itself), else the
    noun phrase before the verb in ``window`` (or, with ``inverted``, after it: ``said Kerry``).
    """

    def outside(i: int | None) -> int | None:
        if i is None or any(s.contains(view.tokens[i].span) for s in exclude):
            return None
        return i

    sent = view.doc.sentences[view.tokens[verb].sentence]
    j = verb - 1
    while j >= sent.first and (view.tokens[j].upos in {"ADV", "AUX"} or view.tokens[j].text.lower() in _TIME_ADVERBS):
        j -= 1
    coordinated = j >= sent.first and view.tokens[j].upos == "CCONJ"
    target = verb
    if view.tokens[verb].xpos == "VBG" or coordinated:
        prior = [
            i
            for i in range(sent.first, j if coordinated else verb)
            if view.tokens[i].upos == "VERB" and outside(i) is not None
        ]
        reporting = [i for i in prior if view.is_reporting(i)]
        head = view.tokens[verb].head
        if coordinated and view.tokens[verb].deprel == "conj" and 0 <= head < verb and view.tokens[head].upos == "VERB":
            target = head  # "… brought up the bombing and later said": the verb it joins
        elif coordinated and reporting:
            target = reporting[-1]  # "De Blasio said the move was made … and said"
        elif coordinated and prior:
            target = prior[-1]
        elif reporting:
            target = reporting[-1]  # "…, Spicer said, adding": the report it goes on from
        elif prior:
            # "Christie bristled at the suggestion …, saying": the main clause's verb
            target = min(prior, key=lambda i: (view.depth(i), i))
    adjacent = _adjacent_np(view, target)
    if adjacent is not None and outside(adjacent[0]) is not None:
        return adjacent
    subj = outside(view.subject_of(target))
    if subj is not None and view.tokens[subj].upos not in {"NOUN", "PROPN", "PRON", "NUM", "DET", "X"}:
        subj = None  # a parser's slip ("Later" as a subject): fall back to the words before the verb
    if subj is not None and subj < target or (subj is not None and target == verb):
        return view.np_span(subj)
    if window is None:
        return None
    pos = window.index(verb) if verb in window else -1
    if pos > 0:
        found = _np_before(view, window[:pos])
        if found:
            return found
    if pos >= 0 and inverted:
        run = nominal_run(view, window[pos + 1 :])
        if run:
            return run[0], run[-1] + 1
    return None


def _valid_subject(view: DocView, rng: tuple[int, int] | None) -> bool:
    if rng is None:
        return False
    # any noun phrase next to a cue names the source, known kind or not ("the narrator")
    return any(view.tokens[i].upos in {"PROPN", "PRON", "NOUN", "NUM"} for i in range(*rng)) or (
        rng[1] - rng[0] == 1 and view.tokens[rng[0]].text.lower() in _PRONOMINAL
    )


def cue_after(view: DocView, q: Quoted) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """``“…,” Kerry said`` / ``“…,” said Kerry`` / ``“…,” Ryan, the convention chair, said``.

    Between the quote and the verb there may stand only the source's noun phrase, an
    apposition or relative clause set off by commas, auxiliaries and adverbs.
    """
    window = _after(view, q)
    k = next(
        (
            k
            for k, i in enumerate(window)
            if view.is_reporting(i)
            or (
                # "” Bozell answers." : a reporting word closing the attribution is its verb, whatever its tag
                (view.is_reporting(i, any_tag=True) or allows(view.tokens[i].lemma.lower(), "intro"))
                and 0 < k <= 6
                and (k + 1 == len(window) or view.tokens[window[k + 1]].upos in {"PUNCT", "ADP", "ADV"})
            )
        ),
        None,
    )
    if k is None:
        return None
    verb = window[k]
    if q.spans[-1].of(view.text).rstrip()[-1:] in {".", "?", "!"}:
        # after a finished sentence, "He also said Trump's plan won't work" is a new report, not
        # this quote's attribution: a clause follows its verb before any comma
        tail = []
        for i in window[k + 1 :]:
            if view.tokens[i].text in {",", ".", ";", ":"}:
                break
            tail.append(i)
        if any(view.tokens[i].upos in {"VERB", "AUX"} for i in tail):
            return None
    before = window[:k]
    while (
        before
        and view.tokens[before[-1]].upos in {"AUX", "ADV", "PART"}
        and (view.tokens[before[-1]].text not in {"'s", "’s"})
    ):
        before = before[:-1]
    if not before:
        # inverted: said Kerry, said the official, who ...
        after = window[k + 1 :]
        run = nominal_run(view, after)
        if not run and len(after) > 1 and view.tokens[after[0]].upos in {"VERB", "ADJ"}:
            # "said retired neurosurgeon Ben Carson": a participle may open the phrase
            rest = nominal_run(view, after[1:])
            run = [after[0], *rest] if rest else []
        subj = (run[0], run[-1] + 1) if run else subject_np(view, verb, exclude=q.spans)
        if subj is not None and not (window[0] <= subj[0] and subj[1] - 1 <= window[-1]):
            subj = None
        return (verb, verb + 1), subj
    run = nominal_run(view, before)
    if not run:
        return None
    if len(run) < len(before):
        # an apposition: NP , … , said — the part after the noun phrase is set off by commas
        rest = before[len(run) :]
        if not (view.tokens[rest[0]].text == "," and view.tokens[rest[-1]].text == "," and len(rest) > 2):
            return None
    head = view.subject_of(verb)
    if head is not None and run[0] <= head <= run[-1]:
        return (verb, verb + 1), view.np_span(head, limit=view.span_of(run[0], run[-1] + 1))
    return (verb, verb + 1), (run[0], run[-1] + 1)


def cue_before(view: DocView, q: Quoted) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """``Kerry said: “…”`` / ``…, adding: “…”``: the nearest verb of saying before the quote."""
    window = _before(view, q)
    if not window:
        return None
    last = view.tokens[window[-1]]
    if last.upos == "VERB" and not view.is_reporting(window[-1]):
        # the quote is the verb's object: He offered “my thoughts and prayers …”
        return (window[-1], window[-1] + 1), subject_np(view, window[-1], window, exclude=q.spans)
    if last.text not in {":", ",", "that"} and not view.is_reporting(window[-1]):
        return None
    for i in reversed(window[-8:]):
        if view.is_reporting(i) or (
            allows(view.tokens[i].lemma.lower(), "intro")
            and i >= window[-1] - 3
            and last.text in {":", ","}
            # a noun after its determiner ("a blunt message:") is no verb
            and not (view.tokens[i].upos == "NOUN" and i > 0 and view.tokens[i - 1].upos in {"DET", "ADJ"})
        ):
            # "Said Comey, “…”": a capitalised verb opens its sentence and has its subject after it
            sent_first = view.doc.sentences[view.tokens[i].sentence].first
            inverted = i == sent_first or view.tokens[i].text[:1].isupper()
            subj = subject_np(view, i, window, exclude=q.spans, inverted=inverted)
            return (i, i + 1), subj
    return None


def cue_colon(view: DocView, q: Quoted) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """A colon introduces the quote in its sentence: ``Wallnau continues: “…”``, ``Bush: “…”``.

    The colon is the cue; the source is the subject of the clause before it, or, in a
    transcript, the name that stands alone before the colon.
    """
    window = _before(view, q)
    if not window or view.tokens[window[-1]].text not in {":", "—", "–"}:
        return None
    colon = window[-1]
    return _colon_source(view, colon, window[:-1])


def _colon_source(view: DocView, colon: int, head: list[int]) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The source of a colon-introduced quote, from the words ``head`` before the colon."""
    if not head:
        return None
    # a transcript label: "Bush:", "- Philip Bump:", "Continued Stone:"
    run = nominal_run(view, reversed(head))
    dash = next((k for k, i in enumerate(sorted(run, reverse=True)) if view.tokens[i].text in {"-", "—", "–"}), None)
    if dash is not None:
        run = sorted(run, reverse=True)[:dash]  # a spaced dash ends the label
    if run and len(run) <= 5 and any(view.tokens[i].upos == "PROPN" for i in run):
        first = min(run)
        pos = head.index(first)
        prev = view.tokens[head[pos - 1]] if pos > 0 else None
        if prev is None or prev.text in {"-", "—", "–", ".", ":"} or (prev.upos == "VERB" and pos == 1):
            return (colon, colon + 1), (first, max(run) + 1)
    verbs = [i for i in head if view.tokens[i].upos == "VERB"]
    if not verbs:
        return None
    # the clause's main verb: the one nearest the root of the parse
    main = min(verbs, key=lambda i: (view.depth(i), -i))
    subj = view.subject_of(main)
    if subj is not None and subj < main and view.tokens[subj].upos in {"NOUN", "PROPN", "PRON", "NUM"}:
        return (colon, colon + 1), view.np_span(subj)
    found = _np_before(view, head[: head.index(main)])
    return ((colon, colon + 1), found) if found else None


def cue_parse(view: DocView, q: Quoted) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """A verb of saying outside the quote whose clause holds the quote, in the parse."""
    inside: set[int] = set()
    for s in q.spans:
        inside.update(view.tokens_in(s))
    if not inside:
        return None
    for i in sorted(inside):
        h = view.tokens[i].head
        steps = 0
        while h >= 0 and h not in inside and steps < 4:
            if view.is_reporting(h):
                return (h, h + 1), subject_np(view, h, exclude=q.spans)
            t = view.tokens[h]
            # climb through the clauses that embed the quote (wanted to have a “…”)
            if t.upos in {"VERB", "AUX"} and t.deprel not in {"ccomp", "xcomp", "conj"}:
                break
            h = t.head
            steps += 1
    # a cue attached below the quote's own clause (parataxis)
    for i in sorted(inside):
        for c in view.children[i]:
            if c not in inside and view.tokens[c].deprel in {"parataxis"} and view.is_reporting(c):
                return (c, c + 1), subject_np(view, c, exclude=q.spans)
    return None


def cue_colon_intro(view: DocView, q: Quoted) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The paragraph before the quote ends with a colon after a verb of saying."""
    p = view.paragraph_of(q.spans[0].start)
    if p == 0 or q.spans[0].start - view.paragraphs[p].start > 1:
        return None
    prev = view.paragraphs[p - 1]
    if not view.text[prev.start : prev.end].rstrip().endswith(":"):
        return None
    idxs = view.tokens_in(prev)
    for i in reversed(idxs[-15:]):
        if view.is_reporting(i):
            return (i, i + 1), subject_np(view, i, idxs)
    if idxs and view.tokens[idxs[-1]].text == ":":
        sent = view.tokens[idxs[-1]].sentence
        return _colon_source(view, idxs[-1], [i for i in idxs[:-1] if view.tokens[i].sentence == sent])
    return None


def _attribution_sentence(view: DocView, gap_idx: list[int], gap_text: str) -> bool:
    """``“…,” said Doug Schoen, a former adviser and pollster. “…”``: the gap between two
    quotes is the first one's attribution, one sentence that begins with its cue and ends
    where the next quote opens; the quote goes on past it."""
    if not gap_idx or gap_text[-1:] not in {".", ":"} or len(gap_idx) > 40:
        return False
    words = [i for i in gap_idx if view.tokens[i].upos != "PUNCT"]
    if not any(view.is_reporting(i) for i in words[:5]):
        return False
    # "…,” she said, adding that …. “…”, "…,” he told Reuters when asked if …. “…”: a report
    # hanging on the attribution does not end the quote; a second attribution ("Jones said:") does
    first = next(i for i in words[:5] if view.is_reporting(i))
    later = [i for i in words if i > first and view.is_reporting(i)]
    return not later or gap_text[-1:] == "." and all(view.tokens[i].xpos in {"VBG", "VBN"} for i in later)


def _said_right_before(view: DocView, cue: int, first: Quoted, last: Quoted) -> bool:
    """``Priebus said, “Probably.”``, ``a man yelled “Stay there!”``: a short quote right after its
    verb of saying (a comma or colon between) that ends its sentence is an answer, not a scare quote."""
    between = view.text[view.tokens[cue].span.end : first.outer.start]
    after = view.text[last.outer.end : last.outer.end + 3].lstrip(" ")
    closes = last.spans[-1].of(view.text).rstrip()[-1:] in {".", "!", "?"} or after[:1] in {".", "!", "?", "\n", ""}
    return view.is_reporting(cue) and between.strip() in {"", ",", ":"} and closes


def _opens_sentence(view: DocView, q: Quoted) -> bool:
    """Tells whether the quote's opening mark begins a paragraph or follows a sentence's end."""
    before = view.text[: q.outer.start].rstrip()
    return (
        not before
        or before[-1] in ".!?:\n\"”'’"
        or view.paragraph_of(q.outer.start) != view.paragraph_of(len(before) - 1)
    )


def _merge_split(view: DocView, quoted: list[Quoted]) -> list[tuple[Quoted, list[Quoted]]]:
    """Joins quotes split by their attribution (``“…,” Kerry said, “…”``), or standing back to
    back in one paragraph (``“…” “…”``), into one."""
    groups: list[tuple[Quoted, list[Quoted]]] = []
    for q in quoted:
        if groups:
            head, members = groups[-1]
            prev = members[-1]
            gap = Span(prev.outer.end, q.outer.start) if prev.outer.end <= q.outer.start else None
            same_para = view.paragraph_of(prev.spans[-1].start) == view.paragraph_of(q.spans[0].start)
            if gap is not None and same_para and not prev.unbalanced:
                # the halves of a doubled mark ('') may stand at the gap's edges
                gap_text = gap.of(view.text).strip().strip("'`").strip()
                gap_idx = view.tokens_in(gap)
                if not any(c.isalnum() for c in gap_text):
                    # “…” “…”: back-to-back quotes of one paragraph are one quote in parts
                    members.append(q)
                    continue
                # after a full stop the next quote goes on only if it has no attribution of its own
                own_cue = gap_text[-1:] in {".", ";"} and cue_after(view, q) is not None
                # "…," she said, adding: "…" / "…," she said, but despite …, "…": the next quote
                # has a cue or a clause of its own
                bare_attribution = (
                    0 < len(gap_text.split()) <= 10
                    and gap_text[-1:] in {",", ":", ".", "—", ";"}
                    and sum(view.is_reporting(i) for i in gap_idx) == 1
                    and not any(view.tokens[i].upos in {"SCONJ", "CCONJ"} for i in gap_idx)
                )
                if not own_cue and (bare_attribution or _attribution_sentence(view, gap_idx, gap_text)):
                    members.append(q)
                    continue
        groups.append((q, [q]))
    return groups


def attribute_direct(view: DocView, quoted: list[Quoted]) -> list[Draft]:
    """Turns quoted passages into direct-quote drafts with their cue and subject.

    Short passages with no cue (scare quotes such as "zero option") are left out here;
    :func:`quotes.indirect.find_indirect` makes them part of a mixed quote where they sit in one.
    """
    drafts: list[Draft] = []
    for first, members in _merge_split(view, quoted):
        spans = tuple(s for m in members for s in m.spans)
        unbalanced = any(m.unbalanced for m in members)
        found = None
        rule = "none"
        for name, fn, q in (
            ("cue-after", cue_after, first),
            ("cue-before", cue_before, first),
            ("parse", cue_parse, first),
            ("colon", cue_colon, first),
            ("colon-intro", cue_colon_intro, first),
        ):
            found = fn(view, q)
            if found is not None and (found[1] is None or not _valid_subject(view, found[1])):
                found = (found[0], None) if found is not None else None
            if found is not None:
                rule = name
                break
        if found is None and len(members) > 1:
            found = cue_after(view, first) or cue_before(view, members[-1])
            rule = "cue-after.multi-part" if found else "none"
        words = _words(view, spans)
        if found is None and words < MIN_WORDS_ALONE:
            continue
        if (
            found is not None
            and words < MIN_WORDS_WITH_CUE
            and not (
                rule.startswith("cue-after")
                and _opens_sentence(view, first)
                or rule == "cue-before"
                and _said_right_before(view, found[0][0], first, members[-1])
            )
        ):
            # (“Absolutely,” he said. opens its sentence: a short answer, not a scare quote)
            continue
        if (
            found is not None
            and words < MIN_WORDS_ALONE
            and (
                rule == "parse"
                or rule == "cue-before"
                and not view.is_reporting(found[0][0])
                and not allows(view.tokens[found[0][0]].lemma.lower(), "intro")
            )
        ):
            # a short passage governed by a cue, or the object of any verb, reads as a phrase
            continue
        drafts.append(
            Draft(
                kind="direct",
                spans=spans,
                cue=found[0] if found else None,
                subject=found[1] if found else None,
                rule_name=rule if found else "none",
                unbalanced=unbalanced,
            )
        )
    return drafts


def _preceding_subject(view: DocView, d: Draft, prev: Draft | None) -> tuple[int, int] | None:
    """The subject of the sentence just before an uncued quote, when it comes after the last quote.

    ``Quintanilla seemed taken aback and mentioned … "Does that not …"``: the person the
    prose just spoke of, named as the subject of its main clause, says the quote.
    """
    first = view.token_at(d.span.start - 1)
    while first >= 0 and _is_mark(view, first):
        first -= 1
    if first < 0:
        return None
    sent = view.tokens[first].sentence
    para = view.paragraph_of(d.span.start)
    s = view.doc.sentences[sent]
    if view.paragraph_of(s.span.start) < para - 1 or (prev is not None and prev.span.end > s.span.start):
        return None
    # the subject of the sentence's root verb, a name or a source noun, not a pronoun
    for i in range(s.first, s.last):
        t = view.tokens[i]
        if (
            t.deprel in {"nsubj", "nsubj:pass"}
            and t.head >= 0
            and view.tokens[t.head].head < 0
            and (t.upos in {"NOUN", "PROPN"})
        ):
            rng = view.np_span(i)
            if classify_np(view, *rng) in {"person", "anonymous", "group"}:
                return rng
            return None
    return None


def continue_speakers(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """Quotes with no cue continue the previous quote's source in the same or next paragraph.

    Runs after every quote, direct and indirect, is found: a direct quote right after
    ``…, the official added.`` continues the official.
    """
    out: list[Draft] = []
    for d in drafts:
        if d.subject is None and d.kind == "direct":
            found = _preceding_subject(view, d, out[-1] if out else None)
            if found is not None:
                d = attrs.evolve(d, subject=found, rule_name="preceding-subject")
        if d.subject is None and out:
            prev = out[-1]
            gap_paras = view.paragraph_of(d.span.start) - view.paragraph_of(prev.span.end)
            if prev.subject is not None and gap_paras <= 1 and d.cue is None:
                between = Span(prev.span.end, d.span.start)
                own = set(range(*prev.cue)) if prev.cue else set()
                # no other source may be named in between
                if not any(view.is_reporting(i) for i in view.tokens_in(between) if i not in own):
                    d = attrs.evolve(d, subject=prev.subject, rule_name="continuation")
        out.append(d)
    return out
