"""The command line: JSON fields, stdin, and bad input that never loses the rest."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from quotes.cli.commands import main

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
    assert text[r["spans"][0][0] : r["spans"][0][1]] == r["text"]
    assert set(r["speaker"]) == {"id", "name", "kind", "aliases"}


@pytest.mark.stanza
def test_stdin_and_entities(annotator, tmp_path):
    """`-` reads standard input; `entities` writes one entity a line with its mentions."""
    env_cmd = [sys.executable, "-m", "quotes", "--model-dir", str(annotator.model_dir)]
    text = "Secretary of State John Kerry arrived. “We made progress in the talks today,” Kerry said."
    out = subprocess.run(
        [*env_cmd, "extract", "-", "--format", "jsonl"], input=text, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out.splitlines()[0])["doc"] == "-"
    f = tmp_path / "k.txt"
    f.write_text(text, encoding="utf-8")
    run = subprocess.run(
        [*env_cmd, "entities", str(f), "--format", "jsonl"], capture_output=True, text=True, check=True
    )
    ents = [json.loads(line) for line in run.stdout.splitlines()]
    kerry = [e for e in ents if e["name"] == "John Kerry"]
    assert len(kerry) == 1 and {"id", "name", "kind", "aliases", "mentions"} <= set(kerry[0])
    assert {m["text"] for m in kerry[0]["mentions"]} >= {"Kerry"}


@pytest.fixture()
def small_corpus(tmp_path):
    """Two short articles as JSON Lines with metadata, and one folder of text files."""
    rows = [
        {
            "id": "a1",
            "title": "Talks in Kabul",
            "date": "2013-10-12",
            "source": "Wire",
            "text": "Secretary of State John Kerry arrived in Kabul. “We made progress in the talks today,” "
            "Kerry said.",
        },
        {
            "id": "a2",
            "title": "Kerry again",
            "date": "2013-10-13",
            "source": "Daily",
            "text": "“We made progress in the talks today,” John Kerry said on Saturday.",
        },
    ]
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return jsonl


@pytest.mark.stanza
def test_digest_formats_and_output(small_corpus, annotator, tmp_path, capsys):
    """Markdown by default; --output's suffix picks HTML; --format json reads back into a Digest."""
    from quotes import Digest

    md_args = ["--model-dir", str(annotator.model_dir), "digest", str(small_corpus)]
    assert main(md_args) == 0
    md = capsys.readouterr().out
    assert md.count("## ") >= 1 and "## John Kerry" in md and "Talks in Kabul" in md
    page = tmp_path / "d.html"
    assert main([*md_args, "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.lower().startswith("<!doctype html>") and 'id="filter"' in html and "<script src" not in html
    assert main([*md_args, "--format", "json"]) == 0
    digest = Digest.from_json(capsys.readouterr().out)
    kerry = digest.speakers[0]
    assert kerry.name == "John Kerry" and kerry.docs == ("a1", "a2")
    assert len(kerry.groups) == 1 and len(kerry.groups[0].occurrences) == 2
    assert str(kerry.first_date) == "2013-10-12" and str(kerry.last_date) == "2013-10-13"


@pytest.mark.stanza
def test_digest_filters_and_bad_input(small_corpus, annotator, tmp_path, capsys):
    """--speaker and --min-quotes filter; a bad file is reported, the rest still make the digest, exit 1."""
    base = ["--model-dir", str(annotator.model_dir), "digest", "--format", "json"]
    assert main([*base, str(small_corpus), "--speaker", "Kerry"]) == 0
    from quotes import Digest

    assert [s.name for s in Digest.from_json(capsys.readouterr().out).speakers] == ["John Kerry"]
    assert main([*base, str(small_corpus), "--min-quotes", "3"]) == 0
    assert Digest.from_json(capsys.readouterr().out).speakers == ()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "fine"}\nnot json\n', encoding="utf-8")
    code = main([*base, str(bad), str(small_corpus)])
    out, err = capsys.readouterr()
    assert code == 1 and f"{bad}:2" in err
    assert Digest.from_json(out).speakers[0].name == "John Kerry"


def test_digest_with_no_readable_input(tmp_path, capsys):
    """When no input can be read the error names it, exit 1, and no models are loaded (none are here)."""
    code = main(["--model-dir", str(tmp_path / "nowhere"), "digest", str(tmp_path / "none.txt")])
    err = capsys.readouterr().err
    assert code == 1 and "none.txt" in err and "nowhere" not in err


@pytest.mark.stanza
def test_offsets_index_the_text_as_python_reads_the_file(tmp_path, annotator, capsys):
    """With a byte order mark and CRLF line ends, CLI offsets index ``read_text``'s text, as the API's do."""
    import quotes

    f = tmp_path / "crlf.txt"
    f.write_bytes("\ufeffKerry arrived.\r\n\r\n“We made progress in the talks today,” Kerry said.\r\n".encode())
    assert main(["--model-dir", str(annotator.model_dir), "extract", str(f), "--format", "jsonl"]) == 0
    (rec,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    text = f.read_text(encoding="utf-8")
    ((s, e),) = rec["spans"]
    assert text[s:e] == rec["text"] == "We made progress in the talks today,"
    q = quotes.extract(text, annotator=annotator).quotes[0]
    assert [[sp.start, sp.end] for sp in q.spans] == rec["spans"]


@pytest.mark.stanza
def test_cache_option_and_environment(small_corpus, annotator, tmp_path, capsys, monkeypatch):
    """--cache DIR keeps the annotations; a re-run reads them and writes the same; $QUOTES_CACHE does the same."""
    base = ["--model-dir", str(annotator.model_dir), "extract", str(small_corpus), "--format", "jsonl"]
    assert main([*base, "--cache", str(tmp_path / "c")]) == 0
    first = capsys.readouterr().out
    assert len(list((tmp_path / "c").glob("*.json"))) == 2
    monkeypatch.setenv("QUOTES_CACHE", str(tmp_path / "c"))
    assert main(base) == 0
    assert capsys.readouterr().out == first


@pytest.mark.stanza
def test_progress_on_a_terminal_only_and_batches_change_nothing(small_corpus, annotator, capsys, monkeypatch):
    """A bar on standard error when it is a terminal (never on standard output), none with --quiet;
    --batch-size changes nothing in the output."""
    import quotes.cli.commands

    base = ["--model-dir", str(annotator.model_dir), "extract", str(small_corpus), "--format", "jsonl"]
    assert main([*base, "--batch-size", "1"]) == 0
    one, err = capsys.readouterr()
    assert "articles" not in err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr(
        quotes.cli.commands, "_progress", lambda args, real=quotes.cli.commands._progress: _no_delay(real(args))
    )
    assert main(base) == 0
    out, err = capsys.readouterr()
    assert out == one and "articles" in err and "words/s" in err
    assert main([*base, "--quiet"]) == 0
    assert "articles" not in capsys.readouterr().err


def _no_delay(bar):
    bar.delay = 0
    return bar


@pytest.mark.stanza
def test_no_resolve_writes_the_same_quotes_article_by_article(small_corpus, annotator, capsys):
    """--no-resolve: the same quotes, each article's speakers resolved within it alone."""
    base = ["--model-dir", str(annotator.model_dir), "extract", str(small_corpus), "--format", "jsonl"]
    assert main(base) == 0
    resolved = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main([*base, "--no-resolve", "--batch-size", "1"]) == 0
    alone = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["doc"], r["spans"], r["text"]) for r in alone] == [(r["doc"], r["spans"], r["text"]) for r in resolved]
    assert all(r["speaker"]["name"] in {"John Kerry", "Kerry"} for r in alone)


@pytest.mark.stanza
def test_jobs_runs_on_local_workers_and_writes_the_same(small_corpus, annotator, capsys):
    """--jobs 2: two worker processes, each with its own stanza; the same output, in input order."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    base = ["--model-dir", str(annotator.model_dir), "extract", str(small_corpus), "--format", "jsonl"]
    assert main(base) == 0
    here = capsys.readouterr().out
    assert main([*base, "--jobs", "2", "--batch-size", "1"]) == 0
    assert capsys.readouterr().out == here


def test_jobs_without_dask_says_how_to_install_it(small_corpus, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "quotes.corpus.cluster", raising=False)
    assert main(["extract", str(small_corpus), "--jobs", "2"]) == 1
    assert "pip install 'quotes[dask]'" in capsys.readouterr().err
    assert main(["extract", str(small_corpus), "--scheduler", "tcp://127.0.0.1:8786"]) == 1
    assert "--scheduler: running on several processes" in capsys.readouterr().err
