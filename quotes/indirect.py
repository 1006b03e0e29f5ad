"""Indirect and mixed quotations: the content of a verb of saying, not in quotation marks.

Placeholder-free for now: this stage keeps the direct quotes as they are until the
indirect rules land (see the issue on indirect quotations).
"""

from __future__ import annotations

from quotes._doc import DocView
from quotes.attribute import Draft
from quotes.detect import Quoted


def find_indirect(view: DocView, drafts: list[Draft], quoted: list[Quoted]) -> list[Draft]:
    """Adds indirect and mixed quotations to ``drafts``; returns all, in text order."""
    return sorted(drafts, key=lambda d: d.span.start)
