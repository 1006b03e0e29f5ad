"""Quotation marks, by what they do: open, close, or either by context."""

from __future__ import annotations

DOUBLE_OPEN = frozenset("“„«‟〝")
"""Marks that open a double quotation."""
DOUBLE_CLOSE = frozenset("”»〞")
"""Marks that close a double quotation."""
DOUBLE_AMBIGUOUS = frozenset('"＂')
"""Marks that open or close, by context."""
SINGLE_OPEN = frozenset("‘‹")
SINGLE_CLOSE = frozenset("’›")
SINGLE_AMBIGUOUS = frozenset("'")
QUOTE_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_AMBIGUOUS | SINGLE_OPEN | SINGLE_CLOSE | SINGLE_AMBIGUOUS
