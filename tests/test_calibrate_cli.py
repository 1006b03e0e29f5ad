"""``quotes calibrate`` and ``quotes evaluate`` end to end on a tiny brat corpus (needs the models)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.cli.commands import main
from quotes.confidence.scorer import Model

BRAT = Path(__file__).parent / "fixtures" / "brat"


@pytest.mark.stanza
def test_calibrate_writes_parameters_that_extract_then_uses(tmp_path, annotator, monkeypatch, capsys):
    monkeypatch.setenv("QUOTES_STANZA_DIR", str(annotator.model_dir))
    params = tmp_path / "params.json"
    assert main(["calibrate", str(BRAT), "-o", str(params), "--quiet", "--cache", str(tmp_path / "c")]) == 0
    err = capsys.readouterr().err
    assert "5-fold cross-validation by article" in err and f"parameters written to {params}" in err
    model = Model.load(params)
    assert model.meta["cross_validation"]["articles"] == 5 and 0.0 < model.score({}) < 1.0
    assert model.bias != 0.0 or model.weights  # something was fitted
    # the rules find most of this easy corpus
    assert main(["evaluate", str(BRAT), "--json", "--quiet", "--cache", str(tmp_path / "c")]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["recall_speech"] >= 0.7 and figures["articles"] == 5
    # extract with the new parameters: every confidence is the new model's
    text = BRAT / "text" / "senate.txt"
    assert main(["--params", str(params), "extract", str(text), "--format", "jsonl", "--quiet"]) == 0
    quotes = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert quotes and all(0.0 <= q["confidence"] <= 1.0 for q in quotes)


def test_a_bad_parameter_file_is_reported_by_the_command(tmp_path, capsys):
    params = tmp_path / "params.json"
    params.write_text("{}", encoding="utf-8")
    assert main(["--params", str(params), "digest", str(BRAT / "text" / "senate.txt"), "--quiet"]) == 1
    assert f"{params}: not a parameter file" in capsys.readouterr().err
