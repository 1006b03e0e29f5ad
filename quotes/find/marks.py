"""Finding quoted text from quotation marks. Needs no NLP: text in, :class:`Quoted` out.

The finder pairs double quotation marks within a paragraph, straight or curly, guessing the
role of a straight mark from its neighbours. Single marks inside a double quotation are
nested quotes or apostrophes and are left alone; in a paragraph with no double marks, single
marks are paired as primary quotes (British style), apostrophes excepted. A quotation that
runs over several paragraphs follows the news convention: each paragraph opens with a mark
and only the last closes. A mark with no partner gives a quote flagged ``unbalanced`` that
ends at its paragraph's end, and never costs the article its other quotes. A straight double
mark after a digit, with no quotation open, is an inch mark (``6'2"``), not a quotation mark.

>>> t = '“It’s fair,” Kerry said, “that we made progress.”'
>>> [[s.of(t) for s in q.spans] for q in find_quoted(t)]
[['It’s fair,'], ['that we made progress.']]
"""

from __future__ import annotations

import attrs

from quotes.lexicon import (
    DOUBLE_AMBIGUOUS,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    SINGLE_AMBIGUOUS,
    SINGLE_CLOSE,
    SINGLE_OPEN,
)
from quotes.model import Span
from quotes.nlp.text import mask_markup, paragraphs

_OPEN, _CLOSE, _EITHER = "open", "close", "either"
_OPEN_BEFORE = set("([{—–-/:;,") | {"\u2014"}
_CLOSE_AFTER = set(".,;:!?)]}—–-’'…") | {"\u2014"}


@attrs.frozen(kw_only=True)
class Quoted:
    """Text between quotation marks: its parts (several when it runs over paragraphs)."""

    spans: tuple[Span, ...] = attrs.field(converter=tuple[Span, ...])
    """Content parts without the marks, one per paragraph."""
    unbalanced: bool = False
    """True where one of its marks had no partner."""
    single: bool = False
    """True where single marks delimit it."""
    opened_at: int = -1
    """Offset of the opening mark; -1 where there is none."""
    closed_at: int = -1
    """Offset of the closing mark; -1 where there is none."""

    @property
    def span(self) -> Span:
        """From the first part's start to the last part's end."""
        return Span(self.spans[0].start, self.spans[-1].end)

    @property
    def outer(self) -> Span:
        """The span with the marks around it (where there are marks)."""
        start = self.opened_at if self.opened_at >= 0 else self.spans[0].start
        end = self.closed_at + 1 if self.closed_at >= 0 else self.spans[-1].end
        return Span(start, max(start, end))


_INNER_SPACE = " \u00a0\u202f\u2009"
"""The spaces French typography sets inside guillemets (« Oui »): a space, no-break or thin."""


def _role(text: str, pos: int, para: Span, opens: frozenset[str], closes: frozenset[str]) -> str:
    prev = text[pos - 1] if pos > para.start else " "
    nxt = text[pos + 1] if pos + 1 < para.end else " "
    if text[pos] == "«" and nxt in _INNER_SPACE and (prev.isspace() or prev in _OPEN_BEFORE) and pos + 2 < para.end:
        nxt = text[pos + 2]  # « Nous …: the space inside the mark is the convention's
    elif (
        text[pos] == "»"
        and prev in _INNER_SPACE
        and not nxt.isalnum()
        and pos - 2 >= para.start
        and not text[pos - 2].isspace()
    ):
        prev = text[pos - 2]  # … gagner »
    can_open = (prev.isspace() or prev in _OPEN_BEFORE or prev in DOUBLE_OPEN) and not nxt.isspace()
    can_close = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER or nxt in DOUBLE_CLOSE)
    ch = text[pos]
    if ch in opens:
        return _CLOSE if (can_close and not can_open) else _OPEN
    if ch in closes:
        return _OPEN if (can_open and not can_close and prev.isspace()) else _CLOSE
    if can_open and not can_close:
        return _OPEN
    if can_close and not can_open:
        return _CLOSE
    return _EITHER


def _trim(span: Span, text: str) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _single_marks(text: str, para: Span) -> list[tuple[int, str]]:
    """Single marks that open or close a quotation, apostrophes left out."""
    out: list[tuple[int, str]] = []
    for pos in range(para.start, para.end):
        ch = text[pos]
        if ch not in SINGLE_OPEN and ch not in SINGLE_CLOSE and ch not in SINGLE_AMBIGUOUS:
            continue
        prev = text[pos - 1] if pos > para.start else " "
        nxt = text[pos + 1] if pos + 1 < para.end else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # it’s, don't
        if (ch in SINGLE_OPEN or ch in SINGLE_AMBIGUOUS) and (prev.isspace() or prev in "([—–-") and nxt.isalnum():
            out.append((pos, _OPEN))
        elif (
            (ch in SINGLE_CLOSE or ch in SINGLE_AMBIGUOUS)
            and not prev.isspace()
            and (nxt.isspace() and prev in ".,!?" or nxt in ".,;:!?)—–" or pos + 1 >= para.end)
        ):
            out.append((pos, _CLOSE))
    return out


def find_quoted(text: str) -> list[Quoted]:
    """Returns the quoted passages of ``text``, in order.

    Args:
        text: An article. HTML tags and entities (``&quot;``) are read through.

    Returns:
        One :class:`Quoted` per quotation, its spans pointing into ``text``.
    """
    scan = _Scan(clean=mask_markup(text))
    for para in paragraphs(scan.clean):
        scan.paragraph(para)
    if scan.carry:
        scan.out.append(Quoted(spans=scan.carry, unbalanced=True, opened_at=scan.carry_open))
    return scan.out


@attrs.define
class _Scan:
    """The state of :func:`find_quoted` as it reads the paragraphs in order."""

    clean: str
    """The text with markup masked."""
    out: list[Quoted] = attrs.Factory(list)
    carry: list[Span] | None = None
    """A quotation still open at the end of the previous paragraph."""
    carry_straight: bool = False
    carry_open: int = -1
    quote_open: int = -1
    parts: list[Span] = attrs.Factory(list)
    """The parts of the quotation open in this paragraph, before the current one."""
    open_at: int | None = None
    single: bool = False
    """This paragraph's quotations are in single marks (it has no double ones)."""

    def paragraph(self, para: Span) -> None:
        clean = self.clean
        marks = [
            (pos, _role(clean, pos, para, DOUBLE_OPEN, DOUBLE_CLOSE))
            for pos in range(para.start, para.end)
            if clean[pos] in DOUBLE_OPEN or clean[pos] in DOUBLE_CLOSE or clean[pos] in DOUBLE_AMBIGUOUS
        ]
        self.single = False
        if not marks:
            marks = _single_marks(clean, para)
            self.single = True
        self.parts, self.open_at = [], None
        for pos, role in marks[self._resume(marks, para) :]:
            self._mark(pos, role, para)
        if self.open_at is not None and not self.single:
            self.carry_straight = clean[self.open_at] in DOUBLE_AMBIGUOUS
            self.carry_open = self.quote_open
            span = _trim(Span(self.open_at + 1, para.end), clean)
            self.carry = [*self.parts, span] if len(span) else (self.parts or None)

    def _resume(self, marks: list[tuple[int, str]], para: Span) -> int:
        """Goes on with the quotation carried from the previous paragraph when this one opens
        with the same mark (the news convention: “ after “, „ after „, « after «), else closes
        it unbalanced, so no quotation runs on through another convention's mark; returns how
        many of the marks that used."""
        if self.carry is None:
            return 0
        used = 0
        if (
            marks
            and marks[0][0] == para.start
            and marks[0][1] != _CLOSE
            and ((self.clean[marks[0][0]] in DOUBLE_AMBIGUOUS) == self.carry_straight)
            and (self.carry_open < 0 or self.clean[marks[0][0]] == self.clean[self.carry_open])
        ):
            self.parts, self.open_at, used = self.carry, marks[0][0], 1
            self.quote_open = self.carry_open
        else:
            self.out.append(Quoted(spans=self.carry, unbalanced=True, opened_at=self.carry_open))
        self.carry = None
        return used

    def _mark(self, pos: int, role: str, para: Span) -> None:
        clean, single = self.clean, self.single
        if self.open_at is None and clean[pos] == '"' and pos > para.start and clean[pos - 1].isdigit():
            return  # an inch mark (6'2", 12" by 8"), not a quotation mark
        if self.open_at is None:
            if role == _CLOSE:
                if single:
                    return
                # a closing mark with no opener: the quote may start the paragraph
                if not self.out or self.out[-1].span.end < para.start:
                    span = _trim(Span(para.start, pos), clean)
                    if len(clean[span.start : span.end].split()) >= 3:
                        self.out.append(Quoted(spans=[span], unbalanced=True, single=single, closed_at=pos))
                return
            self.open_at = self.quote_open = pos
        elif role == _OPEN and not single:
            # a second opener: the first never closed
            span = _trim(Span(self.open_at + 1, pos), clean)
            if len(span):
                self.out.append(
                    Quoted(spans=[*self.parts, span], unbalanced=True, single=single, opened_at=self.quote_open)
                )
            self.parts, self.open_at = [], pos
            self.quote_open = pos
        elif role == _OPEN:
            self.open_at = self.quote_open = pos
        else:
            span = _trim(Span(self.open_at + 1, pos), clean)
            if len(span):
                self.out.append(
                    Quoted(spans=[*self.parts, span], single=single, opened_at=self.quote_open, closed_at=pos)
                )
            self.parts, self.open_at = [], None
