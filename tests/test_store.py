"""The quote store: incremental ingest, stable ids, search, digest, export, and what survives a
killed run or a reader beside a writer. No models: the sample annotations stand in for stanza."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from workers import DATES, dated_samples

from quotes import extract_many
from quotes.corpus.batch import AnnotatorSpec
from quotes.digests.building import build
from quotes.errors import InputError, StoreError
from quotes.nlp.samples import SampleAnnotator, sample_texts
from quotes.store import Store, assign_ids

ROOT = Path(__file__).resolve().parent.parent
SPEC = AnnotatorSpec(factory=SampleAnnotator)
articles = dated_samples


def content(store: Store) -> tuple[object, object]:
    """What a store holds, ids aside: entities by their names and mentions, quotes by their
    article, place and fields, each with its speaker's name."""
    entities = sorted(
        (e.name, e.kind, tuple(sorted(e.aliases)), tuple(sorted((m.doc, m.span.start) for m in e.mentions)))
        for e in store.entities()
    )
    hits = store.search(limit=None)
    quotes = sorted(
        (
            h.doc,
            h.quote.spans[0].start,
            h.quote.kind,
            h.quote.text,
            h.quote.speaker.name if h.quote.speaker else None,
            h.quote.confidence,
        )
        for h in hits
    )
    return entities, quotes


@pytest.fixture
def full(tmp_path):
    with Store(tmp_path / "full.db") as s:
        s.ingest(articles(), annotator=SPEC)
        yield s


def test_ingest_then_the_same_again_changes_nothing(tmp_path):
    with Store(tmp_path / "q.db") as store:
        first = store.ingest(articles(), annotator=SPEC)
        before = content(store)
        again = store.ingest(articles(), annotator=SPEC)
        assert (first.added, first.resolved) == (5, True)
        assert (again.added, again.replaced, again.unchanged, again.resolved) == (0, 0, 5, False)
        assert content(store) == before
        assert store.stats()["quotes"] == sum(
            len(a.quotes) for a in extract_many(articles(), annotator=SampleAnnotator()).articles
        )


def test_a_changed_article_replaces_its_own_quotes(tmp_path):
    texts = sorted(sample_texts().values())
    with Store(tmp_path / "q.db") as store:
        store.ingest([("a", texts[0]), ("b", texts[1])], annotator=SPEC)
        report = store.ingest([("a", texts[2]), ("b", texts[1])], annotator=SPEC)
        assert (report.added, report.replaced, report.unchanged) == (0, 1, 1)
        now = {h.doc: set() for h in store.search(limit=None)}
        for h in store.search(limit=None):
            now[h.doc].add(h.quote.text)
    alone = extract_many([("a", texts[2])], annotator=SampleAnnotator()).articles[0]
    assert now["a"] == {q.text for q in alone.quotes}


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_two_halves_make_what_one_ingest_makes(full, tmp_path, order):
    """Entities and quotes are the same whether the corpus comes at once or in two halves,
    either half first."""
    arts = articles()
    halves = [arts[:2], arts[2:]] if order == "forward" else [arts[2:], arts[:2]]
    with Store(tmp_path / "halves.db") as store:
        for half in halves:
            store.ingest(half, annotator=SPEC)
        assert content(store) == content(full)


def test_ids_stay_and_merged_ids_still_resolve(tmp_path):
    arts = articles()
    with Store(tmp_path / "q.db") as store:
        store.ingest(arts[:1], annotator=SPEC)
        before = {h.quote.spans[0].start: h.quote.speaker.id for h in store.search(limit=None) if h.quote.speaker}
        names = {e.id: e.name for e in store.entities()}
        store.ingest(arts[1:], annotator=SPEC)
        after = {
            h.quote.spans[0].start: h.quote.speaker.id
            for h in store.search(limit=None)
            if h.doc == arts[0].id and h.quote.speaker
        }
        current = {e.id for e in store.entities()}
        for start, old in before.items():
            assert store.resolve_id(old) in current
            assert after[start] == store.resolve_id(old)
        # Kerry was "John F Kerry" of the first article; still the same id, now with more names
        kerry = next(i for i, n in names.items() if "Kerry" in n)
        assert kerry in current


def test_assign_ids_merge_split_and_new():
    """The older id survives a merge, the other redirects; a split keeps the id where most
    mentions go and records the other; a new entity avoids ids used before."""
    stored = {("a", 0, 1): "p:kerry", ("b", 0, 1): "p:john-kerry", ("c", 0, 1): "p:clinton", ("c", 5, 6): "p:clinton"}
    seq = {"p:kerry": 1, "p:john-kerry": 0, "p:clinton": 2}
    plan = assign_ids(
        [
            ("p:john-f-kerry", [("a", 0, 1), ("b", 0, 1)]),  # the two Kerrys merge
            ("p:hillary-clinton", [("c", 0, 1), ("c", 5, 6), ("d", 0, 1)]),
            ("p:bill-clinton", [("c", 9, 10)]),  # new: no stored mention
            ("p:clinton", [("e", 0, 1)]),  # its resolver id is taken: a new one
        ],
        stored,
        seq=seq,
        used=set(seq),
    )
    assert plan.ids == ["p:john-kerry", "p:clinton", "p:bill-clinton", "p:clinton-2"]
    assert plan.redirects == [("p:kerry", "p:john-kerry")]
    split = assign_ids(
        [("x", [("c", 0, 1), ("c", 5, 6)]), ("y", [("c", 9, 10)])],
        {**stored, ("c", 9, 10): "p:clinton"},
        seq=seq,
        used=set(seq),
    )
    assert split.ids == ["p:clinton", "y"] and split.splits == [("p:clinton", "y")]


def test_search_filters(full):
    kerry = full.search("homework", speaker="Kerry")
    assert kerry and all("Kerry" in h.quote.speaker.name for h in kerry)
    assert all("homework" in h.quote.text.lower() for h in kerry)
    assert full.search("homework", speaker="US Secretary of State John F Kerry") == kerry  # any alias
    assert full.search('"specific homework"')  # a phrase
    assert not full.search('"homework specific"')
    direct = full.search(kind="direct", limit=None)
    assert direct and {h.quote.kind for h in direct} == {"direct"}
    people = full.search(kind="person", limit=None)
    assert {h.quote.speaker.kind for h in people} == {"person"}
    ranged = full.search(since="2013-11-01", until="2013-12-04", limit=None)
    assert ranged and {h.meta.date.isoformat() for h in ranged} <= set(DATES[1:4])
    assert {h.meta.source for h in full.search(source="ap", limit=None)} == {"AP"}
    sure = full.search(min_confidence=0.9, limit=None)
    assert sure and min(h.quote.confidence for h in sure) >= 0.9
    row = full.search("homework", limit=1)[0].to_dict()
    assert {"doc", "kind", "text", "spans", "cue", "speaker", "speaker_mention", "confidence", "entity"} <= set(row)
    with pytest.raises(InputError, match="not a valid query"):
        full.search('"unclosed')
    with pytest.raises(InputError, match="not a date"):
        full.search(since="last week")


def test_digest_from_the_store_is_the_digest_of_the_files(full):
    files = extract_many(articles(), annotator=SampleAnnotator())
    assert full.digest().to_markdown() == build(files).to_markdown()
    # one speaker's digest: the same statements; its articles are those the speaker is quoted in
    karzai, from_files = full.digest(speakers=["Karzai"]), build(files, speakers=["Karzai"])
    assert karzai.speakers == from_files.speakers
    assert {a.doc for a in karzai.articles} == {d for s in from_files.speakers for d in s.docs}
    some = {a.id for a in articles()[1:4]}
    ranged = full.digest(since="2013-11-01", until="2013-12-04")
    assert {a.doc for a in ranged.articles} == some


def test_another_schema_version_is_refused(tmp_path):
    path = tmp_path / "q.db"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreError, match="schema version 99"):
        Store(path)
    (tmp_path / "x.db").write_text("not a database at all, just some text" * 50)
    with pytest.raises(StoreError, match="x.db"):
        Store(tmp_path / "x.db")


def test_provenance_and_reprocess(full):
    rows = full.provenance()
    assert len(rows) == 5 and all(r["library_version"] and r["params"] for r in rows)
    full._db.execute("UPDATE articles SET library_version = '0.0.1' WHERE id = ?", (rows[0]["id"],))
    assert full.ingest(articles(), annotator=SPEC).replaced == 0
    report = full.ingest(articles(), annotator=SPEC, reprocess=True)
    assert (report.replaced, report.unchanged) == (1, 4)


def test_a_result_this_version_cannot_read_asks_for_reprocess(full):
    """A stored per-article result another version wrote (here: damaged) is reported with the
    article and what to do, and the store is left as it was."""
    before = content(full)
    doc = full.provenance()[0]["id"]
    full._db.execute("UPDATE articles SET result = x'00', params = 'other' WHERE id = ?", (doc,))
    with pytest.raises(StoreError, match="--reprocess"):
        full.resolve()
    assert content(full) == before


def test_export_jsonl_and_parquet(full, tmp_path):
    import io

    out = io.StringIO()
    n = full.export_jsonl(out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == len(rows) == full.stats()["quotes"]
    assert all(r["entity"] is None or r["entity"]["id"] == r["speaker"]["id"] for r in rows)
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet export needs pyarrow (the parquet extra)")
    counts = full.export_parquet(tmp_path / "pq")
    assert pq.read_table(tmp_path / "pq" / "quotes.parquet").num_rows == counts["quotes"] == n


# A run of `quotes ingest` in another process, over the samples, slowly (a batch a second).
WRITER = textwrap.dedent(
    """
    import sys, time
    sys.path[:0] = [{root!r}, {tests!r}]
    from quotes.corpus.batch import AnnotatorSpec
    from quotes.store import Store
    from workers import SlowSamples, dated_samples
    with Store(sys.argv[1]) as store:
        store.ingest(dated_samples(), annotator=AnnotatorSpec(factory=SlowSamples), batch_size=1)
    """
).format(root=str(ROOT), tests=str(ROOT / "tests"))


def _writer(path: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def _count(path: Path, table: str) -> int:
    try:
        with sqlite3.connect(path, timeout=30) as db:
            return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
    except sqlite3.OperationalError:
        return 0


@pytest.mark.parametrize("after", [1, 3, 5])
def test_a_killed_ingest_is_finished_by_the_next(full, tmp_path, after):
    """kill -9 once ``after`` articles are in (5: during the speakers' resolution or just
    after), then ingest again: the store is what one clean run makes, no quote twice or lost."""
    path = tmp_path / "killed.db"
    proc = _writer(path)
    deadline = time.time() + 120
    while _count(path, "articles") < after and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(path) as store:  # consistent as it was left: every quote's article is there, none twice
        db = store._db
        assert (
            db.execute("SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
            == 0
        )
        assert (
            db.execute(
                "SELECT count(*) FROM (SELECT article_id, idx FROM quotes GROUP BY 1, 2 HAVING count(*) > 1)"
            ).fetchone()[0]
            == 0
        )
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store.ingest(articles(), annotator=SPEC)
        assert content(store) == content(full)


def test_readers_work_while_an_ingest_writes(full, tmp_path):
    """Search and digest from another connection while an ingest writes: never an error, and
    each read sees whole articles (all of an article's quotes or none)."""
    path = tmp_path / "busy.db"
    Store(path).close()
    proc = _writer(path)
    expected: dict[str, int] = {}
    for h in full.search(limit=None):
        expected[h.doc] = expected.get(h.doc, 0) + 1
    reads = 0
    try:
        while proc.poll() is None:
            with Store(path) as reader:
                reader.search("talks", limit=None)
                reader.digest(min_confidence=0.0)
                # whole articles only: each article's quotes are numbered 0..n-1, none missing
                rows = reader._db.execute("SELECT count(*), max(idx) FROM quotes GROUP BY article_id").fetchall()
                assert all(n == top + 1 for n, top in rows)
                reads += 1
            time.sleep(0.1)
    finally:
        proc.wait()
    assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
    assert reads >= 3
    with Store(path) as reader:
        final: dict[str, int] = {}
        for h in reader.search(limit=None):
            final[h.doc] = final.get(h.doc, 0) + 1
    assert final == expected
