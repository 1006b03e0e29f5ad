"""Other bounds a reported content could have: the rules' span, and the same span cut short.

The rules end a reported content where the parse says the clause ends, and that is where most
of their errors are: a content that runs on into ``, which …``, into ``and`` and a new clause, an
adverbial clause, or the next sentence. For each indirect or mixed quote, :func:`candidates`
proposes the rules' span and one cut of each kind (the content up to the first place the kind
matches, when at least three words are left); :class:`quotes.confidence.scorer.Model` scores them and
keeps the rules' span unless another scores better.

A direct quotation's continuation (a quote with no cue that goes on with the previous quote's
speaker, :func:`continues`) is another candidate: :func:`joined` makes the two one quote, which
annotators often mark as one attribution; the model's join scorer (over :func:`join_features`)
decides.

>>> from quotes.model import Quote, Span
>>> text = "He said the plan would fail, which angered his aides."
>>> q = Quote(kind="indirect", spans=[Span(8, 52)], text=text[8:52], rule="ccomp", rule_name="ccomp.clause")
>>> [(c.name, c.spans[-1].of(text)) for c in candidates(text, q)]
[('rules', 'the plan would fail, which angered his aides'), ('relative', 'the plan would fail')]
"""

from __future__ import annotations

import math
import re

import attrs

from quotes.model import Quote, Span

_SUBJECT = r"(?:he|she|they|it|we|i|you|there|this|that|[A-Z][\w'’.-]*)\b"
CUTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("relative", re.compile(r",\s+(?:which|who|whom|whose|where)\b")),
    ("clause", re.compile(r",?\s+(?:and|but|so)\s+(?=" + _SUBJECT + r")")),
    (
        "adverbial",
        re.compile(
            r",\s+(?:while|although|though|as|because|after|before|since|when|if|even as|even though|"
            r"despite|unless|until|whereas)\b",
            re.IGNORECASE,
        ),
    ),
    ("according", re.compile(r",?\s+according to\b")),
    ("sentence", re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")),
    ("dash", re.compile(r"\s+(?:—|–|--)\s+")),
    ("said", re.compile(r",\s+(?:he|she|they|it|we|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:said|says|added)\b")),
)
"""Each kind of cut: the content ends before the first match of its pattern."""

_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])[.!?][\"”’']?(?=\s|$)|\n")
_ABBREV_GUARD = 400

_TRAILING = " \t\r\n,;:—–-"


@attrs.frozen
class Candidate:
    """One proposed content: ``rules`` (the rules' own span) or the kind of cut that made it."""

    name: str
    spans: tuple[Span, ...]


def candidates(text: str, q: Quote) -> list[Candidate]:
    """The rules' content first, then each kind of cut of its last part that leaves three words or more.

    A direct quote keeps its quotation marks' bounds (no cuts)."""
    out = [Candidate("rules", tuple(q.spans))]
    if q.kind == "direct" or not q.spans:
        return out
    last = q.spans[-1]
    body = last.of(text)
    seen = {tuple(q.spans)}
    for name, pattern in CUTS:
        m = pattern.search(body)
        if m is None:
            continue
        end = last.start + m.start()
        while end > last.start and text[end - 1] in _TRAILING:
            end -= 1
        spans = (*q.spans[:-1], Span(last.start, end))
        if len(" ".join(s.of(text) for s in spans).split()) < 3 or spans in seen:
            continue
        seen.add(spans)
        out.append(Candidate(name, spans))
    m = _SENTENCE_END.search(text, last.end, last.end + _ABBREV_GUARD)
    if m is not None and m.start() > last.end:
        end = m.start() if m.group() == "\n" else m.start()
        while end > last.end and text[end - 1] in _TRAILING:
            end -= 1
        spans = (*q.spans[:-1], Span(last.start, end))
        if end > last.end and text[last.end : end].strip(_TRAILING) and spans not in seen:
            out.append(Candidate("to-sentence-end", spans))
    return out


def with_spans(text: str, q: Quote, spans: tuple[Span, ...]) -> Quote:
    """``q`` with another content (its text follows)."""
    if spans == tuple(q.spans):
        return q
    return attrs.evolve(q, spans=spans, text=" ".join(s.of(text) for s in spans))


def candidate_features(text: str, q: Quote, c: Candidate) -> dict[str, float]:
    """What the bounds scorer sees of one candidate: the kind of cut, with the rule and the share kept.

    >>> from quotes.model import Quote, Span
    >>> text = "He said the plan would fail, which angered his aides."
    >>> q = Quote(kind="indirect", spans=[Span(8, 52)], text=text[8:52], rule="ccomp", rule_name="ccomp.clause")
    >>> f = candidate_features(text, q, candidates(text, q)[1])
    >>> f["cut=relative"], f["cut=relative|rule=ccomp"], round(f["kept_share"], 2)
    (1.0, 1.0, 0.5)
    """
    whole = len(q.text.split())
    kept = len(" ".join(s.of(text) for s in c.spans).split())
    after = text[c.spans[-1].end : c.spans[-1].end + 40].lstrip(_TRAILING).split()
    return {
        f"cut={c.name}": 1.0,
        f"cut={c.name}|rule={q.rule}": 1.0,
        f"cut={c.name}|rule_name={q.rule_name}": 1.0,
        f"cut={c.name}|kind={q.kind}": 1.0,
        f"cut={c.name}|next={after[0].lower() if after else ''}": 1.0,
        "kept_share": kept / whole if whole else 1.0,
        "log_kept": math.log1p(kept),
        "log_removed": math.log1p(max(0, whole - kept)),
        f"rules_words>=25|cut={c.name}": float(whole >= 25),
    }


# --- joining a direct quotation's continuation to the quote it continues ---------------------


def continues(prev: Quote, q: Quote) -> bool:
    """Whether ``q`` is a continuation of ``prev`` (a quote with no cue of its own that goes on
    with ``prev``'s speaker, rule ``continuation``) that could be joined to it."""
    return (
        q.rule_name == "continuation"
        and q.cue is None
        and q.speaker_mention == prev.speaker_mention
        and prev.spans[-1].end <= q.spans[0].start
    )


def joined(text: str, prev: Quote, q: Quote) -> Quote:
    """``prev`` and its continuation ``q`` as one quote: ``prev``'s cue and speaker, both contents
    (direct if both are, else mixed).

    >>> from quotes.model import Mention, Quote, Span
    >>> text = '"We will win," Lee said. "Wait and see."'
    >>> lee = Mention("Lee", Span(15, 18))
    >>> a = Quote(kind="direct", spans=[Span(1, 12)], text="We will win", cue=Mention("said", Span(19, 23)),
    ...           speaker_mention=lee, rule="cue-after", rule_name="cue-after.subject")
    >>> b = Quote(kind="direct", spans=[Span(26, 38)], text="Wait and see", speaker_mention=lee,
    ...           rule="continuation", rule_name="continuation")
    >>> j = joined(text, a, b)
    >>> j.text, j.kind, j.rule_name
    ('We will win Wait and see', 'direct', 'cue-after.subject')
    """
    spans = (*prev.spans, *q.spans)
    context = None
    if prev.context is not None and q.context is not None:
        context = Span(min(prev.context.start, q.context.start), max(prev.context.end, q.context.end))
    return attrs.evolve(
        prev,
        kind=prev.kind if prev.kind == q.kind else "mixed",
        spans=spans,
        text=" ".join(s.of(text) for s in spans),
        unbalanced=prev.unbalanced or q.unbalanced,
        context=context or prev.context,
    )


def join_features(text: str, prev: Quote, q: Quote) -> dict[str, float]:
    """What the join scorer sees of a quote and its continuation: their kinds and rules, their
    lengths, and what lies between them (the cue, a paragraph break).

    >>> from quotes.model import Quote, Span
    >>> text = 'He said the plan works.\\n"It does."'
    >>> a = Quote(kind="indirect", spans=[Span(8, 22)], text="the plan works", rule="ccomp", rule_name="ccomp.clause")
    >>> b = Quote(kind="direct", spans=[Span(25, 33)], text="It does.", rule="continuation", rule_name="continuation")
    >>> f = join_features(text, a, b)
    >>> f["prev=indirect"], f["paragraphs"], f["cue_between"]
    (1.0, 1.0, 0.0)
    """
    between = text[prev.spans[-1].end : q.spans[0].start]
    words_prev, words_q = len(prev.text.split()), len(q.text.split())
    cue_between = prev.cue is not None and prev.spans[-1].end <= prev.cue.span.start < q.spans[0].start
    line_start = text.rfind("\n", 0, q.spans[0].start) + 1
    cue_at = "none" if prev.cue is None else "before" if prev.cue.span.start < prev.spans[0].start else "after"
    return {
        f"prev={prev.kind}": 1.0,
        f"prev_rule={prev.rule}": 1.0,
        f"prev_rule_name={prev.rule_name}": 1.0,
        f"prev_cue_at={cue_at}": 1.0,
        f"kind={q.kind}": 1.0,
        "prev_continues": float(prev.rule_name == "continuation" or len(prev.spans) > 1),
        "log_words_prev": math.log1p(words_prev),
        "log_words": math.log1p(words_q),
        "share": words_q / (words_prev + words_q) if words_prev + words_q else 0.0,
        "log_between": math.log1p(len(between.strip())),
        "paragraphs": float(between.count("\n") > 0),
        "cue_between": float(cue_between),
        "starts_line": float(not text[line_start : q.spans[0].start].strip(" \t\"“‘'")),
        "unbalanced": float(q.unbalanced or prev.unbalanced),
    }
