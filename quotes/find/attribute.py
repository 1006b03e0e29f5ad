"""Direct quotes and their speakers: quoted passages joined across their attributions, the direct
rules (:mod:`quotes.find.rules.direct`) tried in the registry's order, and speakers carried over to
quotes with no cue of their own (``continuation``, ``preceding-subject``).

The words found (``Kerry``, ``he``, ``the official``) become the quote's speaker mention;
:mod:`quotes.speakers.coref` resolves them to entities.
"""

from __future__ import annotations

import attrs

from quotes.find.marks import Quoted
from quotes.find.rules.direct import DIRECT_FINDERS, Attribution, cue_after, cue_before, is_mark
from quotes.find.rules.registry import ORDER
from quotes.find.rules.registry import rule as _rule
from quotes.find.rules.subjects import valid_subject
from quotes.lexicon.verbs import allows
from quotes.model import Span
from quotes.nlp.doc import DocView, classify_np

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
    """The rule that found it (:mod:`quotes.find.rules.registry`): an unknown name is an error."""
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
    :func:`quotes.find.indirect.find_indirect` makes them part of a mixed quote where they sit in one.
    """
    drafts: list[Draft] = []
    for first, members in _merge_split(view, quoted):
        spans = tuple(s for m in members for s in m.spans)
        name, found = _first_attribution(view, first, members)
        if not _long_enough(view, name, found, _words(view, spans), first, members):
            continue
        drafts.append(
            Draft(
                kind="direct",
                spans=spans,
                cue=(found.cue, found.cue + 1) if found else None,
                subject=found.source if found else None,
                rule_name=name,
                unbalanced=any(m.unbalanced for m in members),
            )
        )
    return drafts


def _first_attribution(view: DocView, first: Quoted, members: list[Quoted]) -> tuple[str, Attribution | None]:
    """The first direct rule that attributes the passage (its name and what it found), a quote in
    parts cued after its first part or before its last, or ``none``."""
    for r in ORDER:
        find = DIRECT_FINDERS.get(r.name) if r.stage == "direct" else None
        found = find(view, first) if find is not None else None
        if found is not None:
            return r.name, found if valid_subject(view, found.source) else attrs.evolve(found, source=None)
    if len(members) > 1:
        found = cue_after(view, first) or cue_before(view, members[-1])
        if found is not None:
            return "cue-after.multi-part", found
    return "none", None


def _long_enough(
    view: DocView, name: str, found: Attribution | None, words: int, first: Quoted, members: list[Quoted]
) -> bool:
    """Whether the passage is a quote: eight words with no cue; with one, three words, or fewer
    when it opens its sentence before ``he said`` or answers right after ``said,`` (``“Absolutely,”
    he said.``); and eight when a parse or any verb before it governs it (else it reads as a
    phrase: a scare quote)."""
    if found is None:
        return words >= MIN_WORDS_ALONE
    if words < MIN_WORDS_WITH_CUE and not (
        name.startswith("cue-after")
        and _opens_sentence(view, first)
        or name == "cue-before"
        and _said_right_before(view, found.cue, first, members[-1])
    ):
        return False
    return not (
        words < MIN_WORDS_ALONE
        and (
            name == "parse"
            or name == "cue-before"
            and not view.is_reporting(found.cue)
            and not allows(view.tokens[found.cue].lemma.lower(), "intro")
        )
    )


def _preceding_subject(view: DocView, d: Draft, prev: Draft | None) -> tuple[int, int] | None:
    """The subject of the sentence just before an uncued quote, when it comes after the last quote.

    ``Quintanilla seemed taken aback and mentioned … "Does that not …"``: the person the
    prose just spoke of, named as the subject of its main clause, says the quote.
    """
    first = view.token_at(d.span.start - 1)
    while first >= 0 and is_mark(view, first):
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
