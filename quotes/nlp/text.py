"""Text helpers shared by the stages: paragraphs, markup masking (offsets never move) and the
folded form words and names are compared in."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from quotes.model import Span

_BLANK_LINE = re.compile(r"\r?\n[ \t\u00a0]*\r?\n")
_TAG = re.compile(r"<[A-Za-z/!][^<>]{0,500}>")
_ENTITY = re.compile(r"&(#\d{1,6}|#x[0-9a-fA-F]{1,5}|[A-Za-z]{2,8});")
_ENTITY_CHARS = {
    "quot": '"',
    "ldquo": "“",
    "rdquo": "”",
    "lsquo": "‘",
    "rsquo": "’",
    "apos": "'",
    "amp": "&",
    "nbsp": " ",
    "mdash": "—",
    "ndash": "–",
    "hellip": "…",
}


_DOUBLED = re.compile(r"''|``")


def _plain_mark(text: str, pos: int) -> str:
    """A doubled mark as one plain mark, kept next to the words it quotes."""
    opening = pos == 0 or text[pos - 1].isspace() or text[pos - 1] in "([{—–-"
    return ' "' if opening else '" '


def mask_markup(text: str) -> str:
    """Returns ``text`` with HTML tags blanked, entities decoded and doubled marks made plain,
    at the same length.

    Each tag becomes spaces; each entity becomes its character followed by spaces; the
    two-character quotation marks of some newswires (````like this''``) become ``"`` and a
    space. Every offset into the result is an offset into ``text``.

    >>> mask_markup('<p>He said &quot;no&quot;.</p>')
    '   He said "     no"     .    '
    >>> mask_markup("''We won,'' he said.")
    ' "We won,"  he said.'
    """
    if "''" in text or "``" in text:
        text = _DOUBLED.sub(lambda m: _plain_mark(text, m.start()), text)
    if "<" not in text and "&" not in text:
        return text

    def blank(m: re.Match[str]) -> str:
        return " " * (m.end() - m.start())

    def entity(m: re.Match[str]) -> str:
        name = m.group(1)
        if name.startswith("#x"):
            ch = chr(int(name[2:], 16))
        elif name.startswith("#"):
            ch = chr(int(name[1:]))
        else:
            ch = _ENTITY_CHARS.get(name.lower(), "")
            if not ch:
                return m.group(0)
        return ch + " " * (m.end() - m.start() - 1)

    return _ENTITY.sub(entity, _TAG.sub(blank, text))


def paragraphs(text: str) -> list[Span]:
    """Splits ``text`` into paragraphs: blank-line separated blocks, or lines if it has none.

    Leading and trailing white space is left out of each span; empty paragraphs are dropped.

    >>> t = "One.\\n\\nTwo\\nlines."
    >>> [s.of(t) for s in paragraphs(t)]
    ['One.', 'Two\\nlines.']
    >>> u = "a\\nb"
    >>> [s.of(u) for s in paragraphs(u)]
    ['a', 'b']
    """
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\r?\n")
    out: list[Span] = []
    pos = 0
    for m in [*splitter.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Span(pos + lead, pos + lead + len(stripped)))
        if m:
            pos = m.end()
    return out


_SENTENCE_CLOSERS = frozenset(".!?:\"”’'»)]")


def ends_sentence_at_line_break(text: str, start: int, end: int) -> bool:
    """Whether the white space ``text[start:end]`` between two words is a line break that ends a
    sentence: a new line after closing punctuation and before a capital, a digit or an opening
    quotation mark. Hard-wrapped lines break mid-sentence, after words, and are left alone.

    >>> t = 'it was "willy-nilly."\\n"I doubt it," he said.'
    >>> ends_sentence_at_line_break(t, 21, 22)
    True
    >>> u = "a wrapped\\nline"
    >>> ends_sentence_at_line_break(u, 9, 10)
    False
    """
    if "\n" not in text[start:end] or start == 0 or end >= len(text):
        return False
    before, after = text[start - 1], text[end]
    return before in _SENTENCE_CLOSERS and (after.isupper() or after.isdigit() or after in "\"“‘'«([")


@lru_cache(maxsize=262144)
def fold(s: str) -> str:
    """Lower-cases, strips diacritics and dots: the form names are compared in.

    >>> fold("Bismillāh Moḥammadi Jr.")
    'bismillah mohammadi jr'
    """
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace(".", "").casefold()
    return re.sub(r"\s+", " ", s).strip()
