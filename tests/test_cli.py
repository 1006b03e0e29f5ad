"""The command line: JSON fields, stdin, and bad input that never loses the rest."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from quotes.cli import main

FIELDS = {"doc", "kind", "text", "spans", "cue", "speaker", "speaker_mention", "confidence"}


def test_usage_error_exits_2(capsys):
    """An unknown command is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_missing_models_message(tmp_path, monkeypatch, capsys):
    """With no models and downloads off, the error names where it looked and how to get them."""
    monkeypatch.setenv("QUOTES_DOWNLOAD", "0")
    f = tmp_path / "a.txt"
    f.write_text('"We will win this fight together," he said.', encoding="utf-8")
    code = main(["--model-dir", str(tmp_path / "nowhere"), "extract", str(f)])
    err = capsys.readouterr().err
    assert code == 1
    assert "nowhere" in err and "quotes download" in err


@pytest.mark.stanza
def test_extract_jsonl_fields_and_bad_files(tmp_path, annotator, monkeypatch, capsys):
    """Each quote line has the contract's fields; unreadable files are reported, the rest still come out."""
    monkeypatch.setenv("QUOTES_STANZA_DIR", str(annotator.model_dir))
    good = tmp_path / "good.txt"
    good.write_text("“We made progress in this dialogue today,” Kerry said.", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 \xab oui \xbb".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    code = main(["extract", str(missing), str(latin), str(good), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "missing.txt" in err and "latin.txt" in err and "UTF-8" in err
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines and all(set(r) >= FIELDS for r in lines)
    r = lines[0]
    assert r["doc"] == str(good) and r["kind"] == "direct" and r["speaker"]["name"] == "Kerry"
    text = good.read_text(encoding="utf-8")
    assert text[r["spans"][0][0]:r["spans"][0][1]] == r["text"]
    assert set(r["speaker"]) == {"id", "name", "kind", "aliases"}


@pytest.mark.stanza
def test_stdin_and_entities(annotator, tmp_path):
    """`-` reads standard input; `entities` writes one entity a line with its mentions."""
    env_cmd = [sys.executable, "-m", "quotes", "--model-dir", str(annotator.model_dir)]
    text = "Secretary of State John Kerry arrived. “We made progress in the talks today,” Kerry said."
    out = subprocess.run([*env_cmd, "extract", "-", "--format", "jsonl"], input=text, capture_output=True,
                         text=True, check=True).stdout
    assert json.loads(out.splitlines()[0])["doc"] == "-"
    f = tmp_path / "k.txt"
    f.write_text(text, encoding="utf-8")
    run = subprocess.run([*env_cmd, "entities", str(f), "--format", "jsonl"],
                         capture_output=True, text=True, check=True)
    ents = [json.loads(line) for line in run.stdout.splitlines()]
    kerry = [e for e in ents if e["name"] == "John Kerry"]
    assert len(kerry) == 1 and {"id", "name", "kind", "aliases", "mentions"} <= set(kerry[0])
    assert {m["text"] for m in kerry[0]["mentions"]} >= {"Kerry"}
