"""Reading a corpus: text files, folders of them, standard input and JSON Lines of articles.

One reader serves every command. A path names

- a file: its text is one article, whose identifier is the path as given;
- a file whose name ends in ``.jsonl``: one article a line, as a JSON object
  ``{"id", "text", "title"?, "date"?, "source"?, "url"?}`` (the way scraped corpora come;
  ``date`` is ISO 8601, ``source`` the outlet);
- a folder: every file below it whose name matches ``glob`` (``*.txt`` by default), in
  sorted order, read as above;
- ``-``: standard input, one article.

Something that cannot be read (a missing file, bytes that are not text in the encoding, a
JSON line that is not an article, an identifier seen before) is an :class:`InputError`
naming the file (and line); with an ``errors`` callback it is reported there and the reading
goes on, so one bad file never costs the others.

>>> import json, tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as d:
...     p = pathlib.Path(d, "news.jsonl")
...     _ = p.write_text(json.dumps({"id": "r1", "text": "Kerry said so.", "source": "Reuters"}) + "\\n")
...     [(a.id, a.meta.source) for a in read_articles([str(p)])]
[('r1', 'Reuters')]
"""

from __future__ import annotations

import json
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from quotes.errors import EmptyInputWarning, InputError
from quotes.model import ArticleText, Metadata

_META = ("title", "date", "source", "url")


def decode(data: bytes, where: str, encoding: str = "utf-8") -> str:
    """Decodes one input's bytes exactly as ``Path(path).read_text(encoding)`` does.

    That is: decoded with Python's codec, a UTF-8 byte order mark kept (as U+FEFF at offset
    0), and line ends ``\\r\\n`` and ``\\r`` read as ``\\n`` (Python's universal newlines).
    The offsets of every record then index the text as Python (and ``score.py``) reads the
    file, and :func:`quotes.extract` on that string gives the same offsets.

    Raises:
        InputError: The bytes are not text in ``encoding``, or hold NUL bytes (binary data).

    >>> decode(b"\\xef\\xbb\\xbfKerry", "a.txt")
    '\\ufeffKerry'
    >>> decode("caf\\xe9\\r\\n".encode("cp1252"), "a.txt", "cp1252")
    'café\\n'
    """
    utf8 = encoding.lower().replace("_", "-") in {"utf-8", "utf8"}
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if utf8 else encoding
        raise InputError(
            f"{where}: not {name} text ({exc.reason} at byte {exc.start}); give the right --encoding"
        ) from exc
    except LookupError as exc:
        raise InputError(f"{where}: unknown encoding {encoding!r}") from exc
    if "\x00" in text:
        raise InputError(f"{where}: binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_bytes(path: str, stdin: BinaryIO | None) -> bytes:
    try:
        if path == "-":
            return (stdin or sys.stdin.buffer).read()
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _record(obj: Any, where: str) -> ArticleText:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object with 'id' and 'text', got {type(obj).__name__}")
    text, ident = obj.get("text"), obj.get("id")
    if not isinstance(text, str):
        raise InputError(f"{where}: 'text' must be a string, got {text!r:.40}")
    if not isinstance(ident, (str, int)) or isinstance(ident, bool) or str(ident).strip() == "":
        raise InputError(f"{where}: 'id' must be a non-empty string, got {ident!r:.40}")
    try:
        meta = Metadata(**{k: obj.get(k) for k in _META})
    except (TypeError, ValueError) as exc:
        raise InputError(f"{where}: {exc}") from exc
    _warn_if_empty(text, where)
    return ArticleText(id=str(ident), text=text, meta=meta)


def _warn_if_empty(text: str, where: str) -> None:
    if not text.strip():
        warnings.warn(f"{where}: no text (an empty article: no quotes can come of it)", EmptyInputWarning, stacklevel=3)


def json_lines(text: str, path: str) -> Iterator[tuple[str, Any] | InputError]:
    """``(where, value)`` for each JSON line of ``text`` (``where`` is ``path:line``), or an
    :class:`InputError` naming the line for one that is not JSON; blank lines are skipped.

    >>> [x if isinstance(x, tuple) else str(x) for x in json_lines('{"a": 1}\\n\\nx', "f.jsonl")]
    [('f.jsonl:1', {'a': 1}), 'f.jsonl:3: not JSON (Expecting value; column 1)']
    """
    # only "\n" ends a line: U+2028 and the like may stand raw inside a JSON string
    for n, line in enumerate(text.removeprefix("\ufeff").split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: not JSON ({exc.msg}; column {exc.colno})")


def read_json_lines(path: str, *, encoding: str = "utf-8") -> Iterator[tuple[str, Any] | InputError]:
    """:func:`json_lines` of a file (``-``: standard input).

    Raises:
        InputError: the file cannot be read or is not text in ``encoding``.
    """
    return json_lines(decode(_read_bytes(path, None), path, encoding), path)


def _jsonl(text: str, path: str) -> Iterator[ArticleText | InputError]:
    for item in json_lines(text, path):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield _record(item[1], item[0])
        except InputError as exc:
            yield exc


def _expand(path: str, glob: str) -> list[str]:
    if path != "-" and Path(path).is_dir():
        return [str(p) for p in sorted(Path(path).rglob(glob)) if p.is_file()]
    return [path]


def _one_path(path: str, encoding: str, stdin: BinaryIO | None) -> Iterator[ArticleText | InputError]:
    try:
        text = decode(_read_bytes(path, stdin), path, encoding)
    except InputError as exc:
        yield exc
        return
    if path.endswith(".jsonl"):
        yield from _jsonl(text, path)
    else:
        _warn_if_empty(text, path)
        yield ArticleText(id=path, text=text)


def read_articles(
    paths: Iterable[str],
    *,
    glob: str = "*.txt",
    encoding: str = "utf-8",
    errors: Callable[[InputError], None] | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[ArticleText]:
    """Reads articles lazily from files, folders, JSON Lines files and ``-`` (standard input).

    Args:
        paths: What to read (see the module's description).
        glob: Which files of a folder to read, matched below it at any depth.
        encoding: The files' encoding (``utf-8`` by default; ``latin-1``, ``cp1252``, ...).
            It is never guessed.
        errors: Called with each :class:`InputError`; the reading then goes on. Without it
            the first error is raised.
        stdin: Where ``-`` reads from (standard input by default).

    Yields:
        One :class:`~quotes.model.ArticleText` an article, in the order given.

    Raises:
        InputError: Something could not be read, and ``errors`` is None.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> row = '{"id": "a1", "text": "Kerry said talks went well.", "date": "2013-10-12", "source": "AP"}'
    >>> _ = (folder / "news.jsonl").write_text(row + "\\nnot json\\n", encoding="utf-8")
    >>> problems = []
    >>> arts = read_articles([folder], glob="*.jsonl", errors=problems.append)
    >>> [(a.id, str(a.meta.date), a.meta.source) for a in arts]
    [('a1', '2013-10-12', 'AP')]
    >>> str(problems[0]).endswith("news.jsonl:2: not JSON (Expecting value; column 1)")
    True
    """
    seen: set[str] = set()
    for given in paths:
        files = _expand(given, glob)
        found: Iterable[ArticleText | InputError] = (
            (x for p in files for x in _one_path(p, encoding, stdin))
            if files
            else [InputError(f"{given}: no file matching {glob!r} in this folder")]
        )
        for item in found:
            if isinstance(item, ArticleText) and item.id in seen:
                item = InputError(f"{item.id}: an article with this identifier was read already; ids must be unique")
            if isinstance(item, InputError):
                if errors is None:
                    raise item
                errors(item)
                continue
            seen.add(item.id)
            yield item
