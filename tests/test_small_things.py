"""What a newcomer meets first: counts that agree in number, a word about an empty file, clear JSON errors."""

from __future__ import annotations

import warnings

import pytest

from quotes.cli.commands import main
from quotes.corpus.reader import read_articles
from quotes.digests.render import _count
from quotes.errors import EmptyInputWarning, QuotesWarning


@pytest.mark.parametrize(
    "n, expected", [(0, "0 articles"), (1, "1 article"), (2, "2 articles"), (1200, "1,200 articles")]
)
def test_counts_agree_in_number(n, expected):
    """'1 article', never '1 articles'."""
    assert _count(n, "article") == expected


def test_an_empty_file_is_read_with_a_warning(tmp_path):
    """An empty file is read (no quote comes of it) and a warning names it."""
    f = tmp_path / "empty.txt"
    f.write_text("  \n", encoding="utf-8")
    with pytest.warns(EmptyInputWarning, match="empty.txt: no text"):
        articles = list(read_articles([str(f)]))
    assert [a.text for a in articles] == ["  \n"]
    assert issubclass(EmptyInputWarning, QuotesWarning)


def test_the_cli_prints_the_warning_and_succeeds(tmp_path, capsys, monkeypatch):
    """The command line says 'quotes: warning: ...' for an empty file, and exits 0."""
    from quotes.model import Document

    class Blank:
        def annotate(self, texts):
            return [Document(text=t, tokens=(), sentences=()) for t in texts]

    monkeypatch.setattr("quotes.corpus.batch.default_annotator", lambda **_: Blank())
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the CLI shows its own warnings whatever the filters
        assert main(["extract", str(tmp_path / "empty.txt"), "--format", "jsonl"]) == 0
    err = capsys.readouterr().err
    assert "quotes: warning: " in err and "empty.txt: no text" in err


def test_a_json_error_reads_once(tmp_path):
    """A JSON error's message does not say 'at at' (Python's 'starting at' then our column)."""
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "a", "text": "open\n', encoding="utf-8")
    problems: list[Exception] = []
    list(read_articles([str(f)], errors=problems.append))
    assert len(problems) == 1 and "at at" not in str(problems[0]) and "column" in str(problems[0])
