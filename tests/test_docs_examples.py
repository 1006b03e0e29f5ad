"""The examples of README.md and docs/tutorial.md run, and print what they show (they cannot drift).

``pycon`` blocks run as doctests (from the repository's root, as a reader would run them);
``console`` blocks run each ``$ quotes ...`` line through the command line, in a scratch
folder that holds the repository's ``seeds/`` and ``tests/fixtures/``, and compare what it
prints with the lines shown under it (``...`` stands for any text, as in doctests).
"""

from __future__ import annotations

import doctest
import io
import os
import re
import shlex

import pytest
from conftest import ROOT, model_dir_or_skip

pytestmark = pytest.mark.stanza

DOCS = [ROOT / "README.md", ROOT / "docs" / "tutorial.md"]
_BLOCK = re.compile(r"^```(pycon|console)\n(.*?)^```", re.S | re.M)


def _blocks(kind: str) -> list[tuple[str, int, str]]:
    out = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for m in _BLOCK.finditer(text):
            if m.group(1) == kind:
                out.append((path.name, text[: m.start()].count("\n") + 1, m.group(2)))
    return out


def _commands(block: str) -> list[tuple[str, str]]:
    """Each ``$ command`` line of a console block with the output lines shown under it."""
    found: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            found.append((line[2:], []))
        elif found:
            found[-1][1].append(line)
    return [(cmd, "\n".join(lines).strip("\n")) for cmd, lines in found]


def test_the_docs_have_examples():
    """README and tutorial hold runnable examples of both kinds (the checks below are not empty)."""
    assert len(_blocks("pycon")) >= 4 and len(_blocks("console")) >= 3
    assert sum(len(_commands(b)) for _, _, b in _blocks("console")) >= 11


@pytest.mark.parametrize("doc", DOCS, ids=[d.name for d in DOCS])
def test_python_examples(doc, monkeypatch):
    """The Python examples of a page, run in order in one namespace, print what the page shows."""
    model_dir_or_skip()
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    blocks = [(line, block) for name, line, block in _blocks("pycon") if name == doc.name]
    assert blocks
    for line, block in blocks:
        test = doctest.DocTestParser().get_doctest(block, namespace, f"{doc.name}:{line}", doc.name, line)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        out = io.StringIO()
        result = runner.run(test, out=out.write, clear_globs=False)
        assert result.failed == 0, out.getvalue()
        namespace = test.globs


_CONSOLE = [(name, line, _commands(block)) for name, line, block in _blocks("console")]


@pytest.mark.parametrize("name, line, commands", _CONSOLE, ids=[f"{c[0]}:{c[1]}" for c in _CONSOLE])
def test_commands(name, line, commands, tmp_path, monkeypatch, capsys):
    """Each command of a block of the docs succeeds, in order in one folder (a store that one
    command writes, the next reads), and prints what the docs show under it."""
    from quotes.cli.commands import main

    for folder in ("seeds", "tests"):
        (tmp_path / folder).symlink_to(ROOT / folder)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QUOTES_STANZA_DIR", os.fspath(model_dir_or_skip()))
    for command, shown in commands:
        argv = shlex.split(command.split("  #")[0])
        assert argv[0] == "quotes"
        status = main(argv[1:])
        captured = capsys.readouterr()
        out = captured.out
        assert status == 0, f"{name}:{line}: {command}: {captured.err[-2000:]}"
        writes = ("-o", "--output", "--db") if argv[1] == "ingest" else ("-o", "--output")
        written = [a for a in writes if a in argv]
        if written:
            assert (tmp_path / argv[argv.index(written[0]) + 1]).stat().st_size > 0
        else:
            assert out.strip(), f"{command} printed nothing"
        if shown:
            checker = doctest.OutputChecker()
            head = "\n".join(out.splitlines()[: len(shown.splitlines())]) + "\n"
            ok = checker.check_output(shown + "\n", head, doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            assert ok, f"{name}:{line}: {command} printed\n{out[:2000]}"
