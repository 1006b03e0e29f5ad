"""Records: span invariants, and importing without loading torch."""

from __future__ import annotations

import subprocess
import sys

import attrs
import pytest

from quotes.model import Quote, Span


def test_span_validates():
    """A span never starts below zero or ends before it starts."""
    with pytest.raises(ValueError, match="-1"):
        Span(-1, 2)
    with pytest.raises(ValueError, match="end"):
        Span(5, 2)


def test_records_are_frozen():
    """Records are immutable values."""
    q = Quote(kind="direct", spans=[Span(0, 2)], text="hi")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.text = "ho"  # type: ignore[misc]
    assert q == Quote(kind="direct", spans=(Span(0, 2),), text="hi")
    assert q.span == Span(0, 2)


def test_import_does_not_load_stanza():
    """`import quotes` stays light: neither stanza nor torch is imported."""
    code = "import sys, quotes; print('stanza' in sys.modules, 'torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
