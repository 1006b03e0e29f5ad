"""Reading a corpus: files, folders, JSON Lines with metadata, standard input, and bad input."""

from __future__ import annotations

import datetime
import io
import json

import pytest

from quotes.corpus.reader import decode, read_articles
from quotes.errors import InputError


def _collect(paths, **kw):
    errors: list[str] = []
    arts = list(read_articles([str(p) for p in paths], errors=lambda e: errors.append(str(e)), **kw))
    return arts, errors


def test_folder_is_read_recursively_in_order_with_glob(tmp_path):
    """A folder gives every matching file below it, sorted; --glob picks other files."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text("C", encoding="utf-8")
    (tmp_path / "notes.md").write_text("M", encoding="utf-8")
    arts, errors = _collect([tmp_path])
    assert [a.text for a in arts] == ["A", "B", "C"] and errors == []
    assert arts[0].id == str(tmp_path / "a.txt")
    assert [a.text for a in _collect([tmp_path], glob="*.md")[0]] == ["M"]


def test_empty_folder_is_an_error(tmp_path):
    """A folder with no matching file is reported, not silently empty."""
    arts, errors = _collect([tmp_path])
    assert arts == [] and "no file matching '*.txt'" in errors[0]


def test_jsonl_articles_with_metadata_and_bad_lines(tmp_path):
    """JSON Lines give one article a line with title, date, outlet and URL; bad lines are named and skipped."""
    p = tmp_path / "news.jsonl"
    lines = [
        json.dumps(
            {
                "id": "r1",
                "text": "Kerry said so.",
                "title": "Talks",
                "date": "2013-12-04T10:00:00Z",
                "source": "Reuters",
                "url": "https://example.org/r1",
            }
        ),
        "",
        "{not json",
        json.dumps({"id": "r2"}),
        json.dumps({"id": "r3", "text": "x", "date": "last Tuesday"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "r1", "text": "the same id again"}),
        json.dumps({"id": 7, "text": "numeric ids are fine"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, errors = _collect([p])
    assert [a.id for a in arts] == ["r1", "7"]
    m = arts[0].meta
    assert (m.title, m.date, m.source, m.url) == (
        "Talks",
        datetime.date(2013, 12, 4),
        "Reuters",
        "https://example.org/r1",
    )
    assert [e.split(":")[1] for e in errors[:4]] == ["3", "4", "5", "6"]
    assert "not JSON" in errors[0] and "'text' must be a string" in errors[1]
    assert "ISO 8601" in errors[2] and "JSON object" in errors[3]
    assert "r1" in errors[4] and "unique" in errors[4]


def test_bad_files_are_reported_and_the_rest_read(tmp_path):
    """A missing file, a file in another encoding and a binary file are each named; the good one is read."""
    good = tmp_path / "good.txt"
    good.write_text("fine", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01")
    arts, errors = _collect([tmp_path / "missing.txt", latin, binary, good])
    assert [a.text for a in arts] == ["fine"]
    assert len(errors) == 3
    assert "missing.txt: cannot read" in errors[0]
    assert "latin.txt: not UTF-8 text" in errors[1] and "--encoding" in errors[1]
    assert "bin.txt: binary data" in errors[2]


def test_without_a_callback_the_first_error_is_raised(tmp_path):
    """With no errors callback, reading raises the InputError."""
    with pytest.raises(InputError, match="missing.txt"):
        list(read_articles([str(tmp_path / "missing.txt")]))


def test_explicit_encoding_and_stdin(tmp_path):
    """--encoding reads Latin-1 or cp1252 as asked; '-' reads standard input."""
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 \x93quoted\x94".encode("latin-1"))
    (art,), _ = _collect([latin], encoding="cp1252")
    assert art.text == "café “quoted”"
    (art,) = list(read_articles(["-"], stdin=io.BytesIO("“Hi,” he said.".encode())))
    assert (art.id, art.text) == ("-", "“Hi,” he said.")


def test_offsets_index_the_file_as_python_reads_it(tmp_path):
    """As ``read_text`` reads it: a byte order mark stays U+FEFF at offset 0, CRLF and CR are newlines."""
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffKerry said.\r\nHe left.\rOld Mac.\n".encode())
    assert decode(f.read_bytes(), "a.txt") == f.read_text(encoding="utf-8") == "\ufeffKerry said.\nHe left.\nOld Mac.\n"
    j = tmp_path / "bom.jsonl"
    j.write_bytes('\ufeff{"id": "a", "text": "x\u2028y"}\n'.encode())
    (art,), errors = _collect([j])
    assert errors == [] and art.text == "x\u2028y"
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"x", "a.txt", "klingon")
