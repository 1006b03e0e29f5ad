"""How a quote reads when it is shown: the form a digest prints (:attr:`quotes.model.Quote.display`).

A reader takes what stands in quotation marks for the speaker's own words, so only those are
shown in marks:

- a **direct** quotation is shown in quotation marks: ``“We made progress”``; one that stands
  inside its sentence's own words keeps the words it needs to read as a statement (``said
  on CNN that Bush “has to bring his mother out …”``);
- an **indirect** report is shown as reported speech, with its cue and without marks:
  ``said that Pakistan is crucial …`` (a content that came before its cue gets a ``that``:
  ``said that their talks lasted about three hours``); a report whose content is the object or predicate of
  its verb keeps the verb, so it reads as a statement: ``called it an important meeting``,
  ``described the talks as candid but constructive``;
- a **mixed** quote is shown like an indirect one, keeping the marks of the words it quotes:
  ``said talks would continue … “some very specific homework to do.”`` (a part that stood in
  marks on its own keeps them).

Parts of one quote that the text separates (by its attribution, ``he said``) are joined with a
visible break (an ellipsis between spaces, :data:`BREAK`), never run together as one sentence;
parts that only a paragraph break or a quotation mark separates are joined with a space. The
marks of the shown text always pair up: an opening mark whose partner lies outside the content
gets one at the end, a closing mark whose partner lies outside gets one at the start.

>>> from quotes.model import Mention, Quote, Span
>>> text = "Karzai called it an important meeting and said he was glad."
>>> q = Quote(kind="indirect", spans=[Span(14, 37)], text=text[14:37], cue=Mention("called", Span(7, 13)))
>>> display_form(text, q)
'called it an important meeting'
>>> text = '"We are ready," he said. "We will win."'
>>> q = Quote(kind="direct", spans=[Span(1, 14), Span(26, 38)], text="We are ready, We will win.")
>>> display_form(text, q)
'“We are ready … We will win.”'
"""

from __future__ import annotations

import re

from quotes.model import Quote, Span

BREAK = " … "
"""What stands between two parts of a quote that the text separates."""

MAX_LEAD = 80
"""The most characters between a cue and the content after it that are shown with the content
(``told journalists that``, ``called``); past that, or across a sentence end, the cue alone is
shown, then a break."""

_PAIRS = {"“": "”", "«": "»", "„": "“", "‹": "›"}
_CLOSERS = {"”": "“", "»": "«", "›": "‹"}
_QUOTE_CHARS = '"“”„«»‹›'
_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*[A-Z]|\n\s*\n")

_CLOSED_CLASS = frozenset(
    """a an the this that these those it its it's they their them there he his him she her we our
    us you your i'm some all both each every many most no none one several such what which who
    whose whom when where while if as but and or so yet because although though""".split()
)
"""Words that begin a content with a capital only because they begin its sentence: shown in lower
case after the cue (``said their talks lasted …``). Any other word keeps its case (a name,
``Secretary``, ``I``)."""


def _flat(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


def _adjacent(text: str, a: Span, b: Span) -> bool:
    """Whether only spaces, line breaks and quotation marks stand between two parts."""
    return text[a.end : b.start].strip(" \t\r\n\u00a0" + _QUOTE_CHARS + "‘’'") == ""


def _in_marks(text: str, s: Span) -> bool:
    """Whether a part stands right inside quotation marks in the text (a mixed quote's quoted words)."""
    before = text[max(0, s.start - 40) : s.start].rstrip(" \u00a0")  # a window: never a copy of the article
    after = text[s.end : s.end + 40].lstrip(" \u00a0")
    return before[-1:] in ("“", "„", "«", '"') and after[:1] in ("”", "“", "»", '"')


def _joined(text: str, spans: tuple[Span, ...], direct: bool) -> str:
    out = ""
    for i, s in enumerate(spans):
        part = _flat(text[s.start : s.end])
        if not direct and len(spans) > 1 and _in_marks(text, s):
            part = f"“{_trim_end(part)}”"
        elif not direct:
            part = balance(part)  # a mark the bounds cut is paired within its part
        if i == 0:
            out = part
        elif _adjacent(text, spans[i - 1], s):
            out = f"{out} {part}"
        else:
            out = out.rstrip(",;:") if direct else _trim_end(out)
            out = f"{out}{BREAK}{part}"
    return out


def _trim_end(s: str) -> str:
    """Drops a trailing comma, semicolon or colon, also one just inside a closing mark."""
    s = s.rstrip()
    if len(s) >= 2 and s[-1] in '"”' and s[-2] in ",;:":
        return s[:-2] + s[-1]
    return s.rstrip(",;:").rstrip()


def _straight_opens(s: str, i: int) -> bool:
    before = s[i - 1] if i > 0 else " "
    return before.isspace() or before in "([{—–-/“«„‘"


def balance(s: str) -> str:
    """The text with its double quotation marks paired: partners added at the ends where missing.

    >>> balance("that he believed “we made progress")
    'that he believed “we made progress”'
    >>> balance('we made progress,” he said')
    '“we made progress,” he said'
    >>> balance('boots on the ground."')
    '“boots on the ground."'
    >>> balance('a "strategic dialogue" on security')
    'a "strategic dialogue" on security'
    >>> balance('they want "sovereignty')
    'they want "sovereignty"'
    >>> balance('called it “highly significant."')
    'called it “highly significant."'
    """
    stack: list[str] = []
    stray: list[str] = []  # closers with no opener, in order
    for i, c in enumerate(s):
        if c == '"':
            if stack and (stack[-1] == '"' or not _straight_opens(s, i)):
                stack.pop()  # its partner, or an open mark of another convention (“significant.")
            elif _straight_opens(s, i):
                stack.append(c)
            else:
                stray.append("“")  # a straight closer with no opener: a curly opener pairs with it
        elif c == "“" and stack and stack[-1] == "„":
            stack.pop()
        elif c in _PAIRS:
            stack.append(c)
        elif c in _CLOSERS:
            if stack:  # its partner, or an opener of another convention: paired all the same
                stack.pop()
            else:
                stray.append(_CLOSERS[c])
    closing = "".join('"' if c == '"' else _PAIRS[c] for c in reversed(stack))
    return "".join(reversed(stray)) + s + closing


def paired(s: str) -> bool:
    """Whether every quotation mark of ``s`` has its partner: curly, low-9 and guillemet marks
    nest; a straight mark closes an open straight one, else one of another convention when it
    does not stand where a quotation opens (“highly significant."), else it opens.

    >>> paired("said “we won”"), paired('“a "b" c”'), paired("that he believed “we made progress")
    (True, True, False)
    >>> paired('called it “highly significant."'), paired('won”')
    (True, False)
    """
    stack: list[str] = []
    for i, c in enumerate(s):
        if c == '"':
            if stack and stack[-1] == '"' or stack and not _straight_opens(s, i):
                stack.pop()
            else:
                stack.append(c)
        elif c == "“" and stack and stack[-1] == "„":
            stack.pop()
        elif c in _PAIRS:
            stack.append(c)
        elif c in _CLOSERS:
            if not stack:
                return False
            stack.pop()
    return not stack


_RELATIVE = frozenset({"which", "who", "that", "whom"})

_OWN_LEAD = frozenset("that whether if how why what when where who to".split())
"""First words after which no ``that`` is added: the content already says how it hangs on the cue."""


def _after_cue(s: str) -> str:
    """A content that came before its cue, as it reads after it: ``that`` added unless it has a
    lead of its own, a first word in lower case where it is capital only as the sentence's first.

    >>> _after_cue("Their talks lasted three hours"), _after_cue("Kerry will meet Karzai")
    ('that their talks lasted three hours', 'that Kerry will meet Karzai')
    >>> _after_cue("whether the deal holds")
    'whether the deal holds'
    """
    word = s.split(" ", 1)[0]
    if word.lower() in _CLOSED_CLASS and word[:1].isupper() and (len(word) == 1 or not word[1:].isupper()):
        s = s[:1].lower() + s[1:]
    if word.lower().strip('“"') in _OWN_LEAD:
        return s
    return f"that {s}"


def display_form(text: str, q: Quote) -> str:
    """How ``q`` reads when shown: a direct quote in marks, a report with its cue (see above).

    Args:
        text: The article's text, which the quote's spans index.
        q: The quote.
    """
    if not q.spans:
        return q.text
    if q.kind == "direct":
        quoted = "“" + balance(_trim_end(_joined(text, q.spans, direct=True))) + "”"
        lead = _partial_lead(text, q)
        return f"{lead} {quoted}" if lead else quoted
    body = _trim_end(_joined(text, q.spans, direct=False))
    cue = q.cue
    if cue is None or not any(c.isalpha() for c in cue.text):
        return balance(body)  # no cue, or a colon or dash: the words alone ("De Blasio: Trust Bratton …")
    first = q.spans[0]
    if cue.span.end <= first.start:
        gap = text[cue.span.start : first.start]
        if len(gap) <= MAX_LEAD and not _SENTENCE_END.search(gap) and not any(c in _QUOTE_CHARS for c in gap):
            return balance(f"{_flat(gap)} {body}")
        return balance(f"{_flat(cue.text)}{BREAK}{body}")
    if cue.text.lower().startswith("according"):
        return balance(body)
    if len(q.spans) > 1 and first.end <= cue.span.start and _flat(text[first.start : first.end]).lower() in _RELATIVE:
        # "which the campaign says includes ...": the relative clause as written
        return balance(_trim_end(_flat(text[first.start : q.spans[-1].end])))
    return balance(f"{_flat(cue.text)} {_after_cue(body)}")


def _partial_lead(text: str, q: Quote) -> str:
    """For a quotation that stands inside its sentence's own words (``Trump said on CNN that Bush
    “has to bring his mother out …”``, ``Clinton “caused tremendous havoc,” he said``), the
    words before its opening mark that it needs to read as a statement: from the cue before it,
    else from the sentence's start; empty where the quotation opens its sentence, follows a
    colon or a comma, or the words before it are too many."""
    mark = q.spans[0].start - 1
    if mark < 0 or text[mark] not in _QUOTE_CHARS:
        return ""
    before = text[max(0, mark - 40) : mark].rstrip(" \u00a0")
    if not before or not (before[-1].isalnum() or before[-1] in "’'"):
        return ""  # the quotation opens its sentence, or follows a colon, a comma or a dash
    if q.cue is not None and q.cue.span.end <= mark:
        start = q.cue.span.start
    elif q.context is not None and q.context.start < mark:
        start = q.context.start
    else:
        return ""
    lead = text[start:mark]
    if len(lead) > MAX_LEAD or _SENTENCE_END.search(lead) or any(c in _QUOTE_CHARS for c in lead):
        return ""
    return _flat(lead)


def shown(q: Quote) -> str:
    """The quote's display form, or, for a quote read from JSON written before it had one, a form
    made from its text alone (:func:`from_text`)."""
    return q.display or from_text(q.text, q.kind)


def from_text(content: str, kind: str) -> str:
    """A display form made from a content alone, without the article: a direct quote in marks, any
    other as it is, marks paired.

    >>> from_text("We will win,", "direct")
    '“We will win”'
    """
    body = _trim_end(_flat(content))
    return f"“{balance(body)}”" if kind == "direct" else balance(body)


__all__ = ["BREAK", "MAX_LEAD", "balance", "display_form", "from_text", "paired", "shown"]
