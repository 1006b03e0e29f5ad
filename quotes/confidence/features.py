"""The features a quote's confidence is estimated from (:mod:`quotes.confidence.scorer`).

:func:`features` describes one quote: the rule that found it, its cue, the content's length and
shape, how its speaker was found, and what the parse said (:attr:`~quotes.model.Quote.evidence`).
:func:`article_features` describes its place among the other quotes of its article. Names with
a ``=`` are one-hot; the others are numbers.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from quotes.find.rules.registry import label_confidence
from quotes.lexicon import PERSONAL_PRONOUNS
from quotes.model import Quote

_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")
_QUOTE_MARKS = '"“”„«»'
_RELATIVE = ("who", "which", "whom", "whose")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MINOR = frozenset("a an the of and or in on to for at by with from as".split())


def _cue_key(q: Quote) -> str:
    if q.cue is None:
        return "none"
    return " ".join(q.cue.text.lower().split())


def _mention_kind(q: Quote) -> str:
    """How the speaker was named at the quote: a name, a pronoun, a description, or not at all."""
    m = q.speaker_mention
    if m is None:
        return "none"
    words = m.text.lower().split()
    if len(words) == 1 and (words[0] in PERSONAL_PRONOUNS or words[0] in _RELATIVE):
        return "pronoun"
    if q.speaker is None:
        return "unresolved"
    names = {w.lower().strip(".,") for n in (q.speaker.name, *q.speaker.aliases) for w in n.split()}
    if q.speaker.kind == "person" and words and words[-1].strip(".,'’s") in names:
        return "name"
    return "description"


def _gap(q: Quote) -> float:
    """Characters between the cue and the nearest part of the content (0 with no cue)."""
    if q.cue is None:
        return 0.0
    c = q.cue.span
    return float(min(max(0, s.start - c.end, c.start - s.end) for s in q.spans))


_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")


def _mention_features(q: Quote) -> dict[str, float]:
    """Where the words naming the speaker stand, against the cue and the content."""
    m = q.speaker_mention
    if m is None:
        return {}
    words = m.text.split()
    f = {"mention_words": math.log1p(len(words)), "mention_capital": float(m.text[:1].isupper())}
    if q.cue is not None:
        f["log_mention_cue_gap"] = math.log1p(max(0, q.cue.span.start - m.span.end, m.span.start - q.cue.span.end))
        f["mention_after_cue"] = float(m.span.start > q.cue.span.start)
    f["mention_in_content"] = float(any(s.start <= m.span.start < s.end for s in q.spans))
    return f


def features(q: Quote) -> dict[str, float]:
    """The features of one quote (a name → value; names with a ``=`` are one-hot).

    >>> from quotes.model import Quote, Span
    >>> f = features(Quote(kind="indirect", spans=[Span(0, 20)], text="that taxes would rise", rule="ccomp",
    ...                    rule_name="ccomp.that-clause"))
    >>> f["rule_name=ccomp.that-clause"], f["starts_that"], f["speaker=none"]
    (1.0, 1.0, 1.0)
    """
    text = q.text.strip()
    words = text.split()
    n = len(words)
    cue_at = "none" if q.cue is None else ("before" if q.cue.span.start < q.spans[0].start else "after")
    first = words[0].lower() if words else ""
    cue, mention = _cue_key(q), _mention_kind(q)
    speaker = q.speaker.kind if q.speaker else "none"
    f: dict[str, float] = {
        f"rule={q.rule}": 1.0,
        f"rule_name={q.rule_name}": 1.0,
        f"kind={q.kind}": 1.0,
        f"cue={cue}": 1.0,
        f"cue_at={cue_at}": 1.0,
        f"speaker={speaker}": 1.0,
        f"mention={mention}": 1.0,
        f"kind={q.kind}|mention={mention}": 1.0,
        "prior": label_confidence(q.rule) if q.rule else 0.3,
        "log_words": math.log1p(n),
        "words<=3": float(n <= 3),
        "words>=40": float(n >= 40),
        "starts_that": float(first == "that"),
        "starts_to": float(first == "to"),
        "starts_wh": float(first in {"what", "why", "how", "whether", "if", "when", "where"}),
        "has_marks": float(any(c in text for c in _QUOTE_MARKS)),
        "ends_sentence": float(text[-1:] in ".!?" or text[-2:-1] in ".!?"),
        "ends_comma": float(text[-1:] == ","),
        "sentence_break": float(bool(_SENTENCE_BREAK.search(text))),
        "has_which": float(", which" in text or ", who " in text),
        "log_gap": math.log1p(_gap(q)),
        "parts>1": float(len(q.spans) > 1),
        "unbalanced": float(q.unbalanced),
        "comments": float(q.section == "comments"),
        f"rule={q.rule}|mention={mention}": 1.0,
        f"rule={q.rule}|speaker={speaker}": 1.0,
        f"cue={cue}|kind={q.kind}": 1.0,
        "first_person": float(q.kind != "direct" and bool(_FIRST_PERSON.search(text))),
        **_title_features(text),
        **_mention_features(q),
        **q.evidence,
    }
    return f


def _title_features(text: str) -> dict[str, float]:
    """How much of the content is capitalized like a title ("Those Guys Have All the Fun")."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _MINOR]
    if not words:
        return {}
    capital = sum(w[0].isupper() for w in words)
    return {"title_share": capital / len(words), "title_case": float(len(words) >= 2 and capital == len(words))}


def _overlaps(a: Quote, b: Quote) -> bool:
    return any(s.overlaps(t) for s in a.spans for t in b.spans)


def _previous(quotes: Sequence[Quote], i: int) -> Quote | None:
    """The quote whose content ends last before quote ``i``'s begins."""
    start = quotes[i].spans[0].start
    before = [o for o in quotes if o.spans[-1].end <= start]
    return max(before, key=lambda o: o.spans[-1].end, default=None)


def article_features(quotes: Sequence[Quote]) -> list[dict[str, float]]:
    """The features of each of an article's quotes among the others (names start ``article_``):
    how many quotes the article has, how many its speaker has and whether that speaker is the
    article's most quoted, whether its cue serves another quote too, whether its content
    overlaps another's, and the kind of the quote just before it, whether it is the same
    speaker's and how far before it ends.

    >>> from quotes.model import Quote, Span
    >>> a = Quote(kind="indirect", spans=[Span(0, 10)], text="that it is")
    >>> b = Quote(kind="direct", spans=[Span(5, 20)], text="it is, he said")
    >>> [f["article_overlaps"] for f in article_features([a, b])]
    [1.0, 1.0]
    """
    speakers = Counter(q.speaker.id for q in quotes if q.speaker is not None)
    top = max(speakers.values(), default=0)
    cues = Counter((q.cue.span.start, q.cue.span.end) for q in quotes if q.cue is not None)
    n = math.log1p(len(quotes))
    out = []
    for i, q in enumerate(quotes):
        f = {"article_log_quotes": n}
        if q.speaker is not None:
            f["article_speaker_log_quotes"] = math.log1p(speakers[q.speaker.id] - 1)
            f["article_speaker_top"] = float(speakers[q.speaker.id] == top)
        if q.cue is not None:
            f["article_cue_shared"] = float(cues[(q.cue.span.start, q.cue.span.end)] > 1)
        f["article_overlaps"] = float(any(_overlaps(q, o) for j, o in enumerate(quotes) if j != i))
        before = _previous(quotes, i)
        if before is not None:
            f[f"article_follows={before.kind}"] = 1.0
            f["article_follows_same_speaker"] = float(
                q.speaker is not None and before.speaker is not None and before.speaker.id == q.speaker.id
            )
            f["article_log_gap"] = math.log1p(max(0, q.spans[0].start - before.spans[-1].end))
        out.append(f)
    return out
