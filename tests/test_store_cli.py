"""``quotes ingest``, ``search``, ``export`` and ``digest --db``, on the sample articles (their
frozen annotations stand in for stanza: no models needed)."""

from __future__ import annotations

import json

import pytest

import quotes.corpus.mapping
from quotes.cli.commands import main
from quotes.corpus.batch import AnnotatorSpec
from quotes.nlp.samples import SampleAnnotator, sample_texts


@pytest.fixture
def samples(tmp_path, monkeypatch):
    """The sample articles as JSON Lines with dates and outlets, and the CLI annotating with
    their frozen annotations."""
    monkeypatch.setattr(quotes.corpus.mapping, "AnnotatorSpec", lambda **_: AnnotatorSpec(factory=SampleAnnotator))
    rows = [
        {"id": doc, "text": text, "date": f"2013-{8 + i:02d}-01", "source": "AP" if i % 2 else "Reuters"}
        for i, (doc, text) in enumerate(sorted(sample_texts().items()))
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_ingest_search_export_digest(samples, tmp_path, capsys):
    db = str(tmp_path / "q.db")
    assert main(["ingest", str(samples), "--db", db, "-q"]) == 0
    assert "5 articles added" in capsys.readouterr().err
    assert main(["ingest", str(samples), "--db", db, "-q"]) == 0
    assert "0 articles added, 0 replaced, 5 unchanged" in capsys.readouterr().err

    assert main(["search", "--db", db, "homework", "--speaker", "Kerry", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(r["entity"]["name"] == "John F Kerry" and "homework" in r["text"] for r in rows)
    assert main(["search", "--db", db, "--since", "2013-11-01", "--kind", "direct"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table and all(line.split("\t")[0] >= "2013-11-01" and line.split("\t")[3] == "direct" for line in table)

    assert main(["export", "--db", db, "-o", str(tmp_path / "all.jsonl")]) == 0
    exported = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert main(["search", "--db", db, "--limit", "0", "--format", "jsonl"]) == 0
    assert len(exported) == len(capsys.readouterr().out.splitlines())

    assert main(["digest", "--db", db]) == 0
    from_db = capsys.readouterr().out
    assert main(["digest", str(samples), "-q"]) == 0
    assert from_db == capsys.readouterr().out
    assert main(["digest", "--db", db, "--since", "2013-13-01"]) == 1
    assert "not a date" in capsys.readouterr().err


def test_store_errors_name_the_file(samples, tmp_path, capsys):
    assert main(["search", "--db", str(tmp_path / "none.db"), "x"]) == 1
    assert "none.db: no such store" in capsys.readouterr().err
    bad = tmp_path / "bad.db"
    bad.write_text("hello " * 200)
    assert main(["search", "--db", str(bad), "x"]) == 1
    assert "bad.db: not a quotes store" in capsys.readouterr().err
    assert main(["digest"]) == 1
    assert "give the articles to read" in capsys.readouterr().err
    db = str(tmp_path / "q.db")
    assert main(["ingest", str(samples), str(tmp_path / "missing.txt"), "--db", db, "-q"]) == 1
    err = capsys.readouterr().err
    assert "missing.txt" in err and "5 articles added" in err  # the others still go in
    assert main(["search", "--db", db, '"unclosed']) == 1
    assert "not a valid query" in capsys.readouterr().err
