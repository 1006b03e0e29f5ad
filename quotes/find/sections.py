"""Where an article ends and its reader comments begin.

Pages saved from news sites often carry the readers' comments after the article. What a
reader writes there is not the article's reporting, so its quotes are left out (or marked
``section="comments"`` on request). The comments begin at the first line that is one of
these markers, alone on its line (case, surrounding spaces and a final colon or full stop
do not matter):

- a heading: ``Comments``, ``Comments (10)``, ``COMMENTS (10)``, ``10 Comments``,
  ``Reader comments``, ``Readers' comments``, ``Show comments``, ``View comments``,
  ``Join the discussion``, ``Join the conversation``;
- a prompt: ``Leave a comment``, ``Leave a reply``, ``Add a comment``, ``Post a comment``,
  ``Write a comment``, ``Add your comment``;
- a moderation notice: a line that begins ``Comments are moderated``, ``Comments are
  closed``, ``Comments on this article``, ``Comments have been closed``, ``We welcome
  comments``, or ``You must be logged in to post a comment``.

A marker in the article's first line is never taken (an article can be about comments).

>>> text = "Kerry said talks went well.\\nCOMMENTS (10)\\nJohn said it was a disgrace."
>>> text[comments_start(text):]
'COMMENTS (10)\\nJohn said it was a disgrace.'
>>> comments_start("No comments here.") is None
True
"""

from __future__ import annotations

import re

_HEADING = (
    r"(?:\d+\s+)?(?:readers?'?\s+|show\s+|view\s+|see\s+)?comments?(?:\s*\(\s*\d+\s*\))?"
    r"|join\s+the\s+(?:discussion|conversation)"
    r"|(?:leave|add|post|write)\s+(?:a|your)\s+(?:comment|reply)"
)
_NOTICE = (
    r"comments\s+(?:are|have\s+been)\s+(?:moderated|closed)|comments\s+on\s+this\s+(?:article|story)"
    r"|we\s+welcome\s+comments|you\s+must\s+be\s+logged\s+in\s+to\s+(?:post\s+)?(?:a\s+)?comment"
)
_MARKER = re.compile(
    rf"^[ \t\u00a0]*(?:(?:{_HEADING})[ \t\u00a0]*[:.]?[ \t\u00a0]*$|(?:{_NOTICE})\b[^\n]*$)",
    re.IGNORECASE | re.MULTILINE,
)


def comments_start(text: str) -> int | None:
    """Returns the offset of the first reader-comments marker line, or None where there is none."""
    first_break = text.find("\n")
    if first_break < 0:
        return None
    m = _MARKER.search(text, first_break + 1)
    if m is None:
        return None
    start = m.start()
    while start < len(text) and text[start] in " \t\u00a0":
        start += 1
    return start
