"""Other bounds a reported content could have: the rules' span, and the same span cut short.

The rules end a reported content where the parse says the clause ends, and that is where most
of their errors are: a content that runs on into ``, which …``, into ``and`` and a new clause, an
adverbial clause, or the next sentence. For each indirect or mixed quote, :func:`candidates`
proposes the rules' span and one cut of each kind (the content up to the first place the kind
matches, when at least three words are left); :class:`quotes.confidence.Model` scores them and
keeps the rules' span unless another scores better.

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
