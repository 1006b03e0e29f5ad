"""The quote store: articles, quotes, mentions and entities in one SQLite file that grows with
each ingest (see docs/store.md).

>>> import tempfile, pathlib
>>> from quotes.corpus.batch import AnnotatorSpec
>>> from quotes.nlp.samples import SampleAnnotator, sample_texts
>>> path = pathlib.Path(tempfile.mkdtemp()) / "quotes.db"
>>> texts = sorted(sample_texts().items())
>>> with Store(path) as store:
...     first = store.ingest(texts[:3], annotator=AnnotatorSpec(factory=SampleAnnotator))
...     again = store.ingest(texts, annotator=AnnotatorSpec(factory=SampleAnnotator))
...     hits = store.search("homework", speaker="Kerry")
>>> (first.added, again.added, again.unchanged), {h.quote.speaker.name for h in hits}
((3, 2, 3), {'John F Kerry'})
"""

from __future__ import annotations

import datetime
import hashlib
import importlib.metadata
import json
import pickle
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from quotes.confidence.scorer import Model, check_annotator, resolve_model
from quotes.corpus.batch import DEFAULT_BATCH_SIZE, AnnotatorSpec, Progress
from quotes.corpus.mapping import map_articles
from quotes.corpus.pipeline import ArticleResult, as_article_texts, resolve_speakers, score_article
from quotes.digests.building import build
from quotes.digests.records import Digest
from quotes.digests.serialize import entity_to_dict, quote_from_dict, quote_to_dict
from quotes.errors import InputError, QuotesError, StoreError
from quotes.model import (
    QUOTE_KINDS,
    SPEAKER_KINDS,
    Article,
    ArticleText,
    Corpus,
    Entity,
    EntityMention,
    Metadata,
    Quote,
    Span,
    Speaker,
)
from quotes.nlp.annotator import Annotator
from quotes.nlp.text import fold
from quotes.store.ids import assign_ids
from quotes.store.schema import prepare


@attrs.frozen
class IngestReport:
    """What one :meth:`Store.ingest` did."""

    added: int
    """Articles new to the store."""
    replaced: int
    """Articles whose text changed (or that ``reprocess`` ran again): their quotes were replaced."""
    unchanged: int
    """Articles the store already had as they are: not read again."""
    failed: int
    """Articles that could not be annotated (reported to ``errors``)."""
    resolved: bool
    """Whether the speakers of the store were resolved again (not when nothing changed)."""
    entities: int
    """Entities in the store afterwards."""
    seconds_resolving: float
    """Time the re-resolution of speakers took."""


@attrs.frozen
class SearchHit:
    """A quote found in the store, with its article."""

    doc: str
    """The article's identifier."""
    quote: Quote
    """The quote, its speaker the entity's current name, kind and aliases."""
    meta: Metadata
    """The article's title, date, outlet and address."""

    def to_dict(self) -> dict[str, Any]:
        """The quote in ``quotes extract``'s JSON, with ``entity`` (its speaker's id, name, kind,
        aliases), ``title``, ``date`` and ``source``."""
        out = quote_to_dict(self.quote, self.doc)
        s = self.quote.speaker
        out["entity"] = None if s is None else {"id": s.id, "name": s.name, "kind": s.kind, "aliases": list(s.aliases)}
        out["title"] = self.meta.title
        out["date"] = self.meta.date.isoformat() if self.meta.date else None
        out["source"] = self.meta.source
        return out


def library_version() -> str:
    """This library's version, as the store records it."""
    try:
        return importlib.metadata.version("quotes")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover (run from a checkout)
        return "unknown"


def params_id(model: Model) -> str:
    """A short checksum of the confidence parameters, as the store records it."""
    return hashlib.sha256(model.to_json().encode("utf-8")).hexdigest()[:16]


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def _pack(result: ArticleResult) -> bytes:
    return zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), 3)


def _date(value: str | datetime.date | None, what: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise InputError(f"{what}: not a date (YYYY-MM-DD): {value!r}") from None


class Store:
    """A quote store in an SQLite file (created when missing), in WAL mode so that readers work
    while an ingest writes. Use it as a context manager, or call :meth:`close`.

    Args:
        path: The database file.
        timeout: Seconds to wait for another process's write to finish.

    Raises:
        StoreError: The file is not a store of this library, or of another schema version.
    """

    def __init__(self, path: str | Path, *, timeout: float = 60.0) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a quotes store (cannot open it: {exc})") from exc
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        prepare(self._db, str(self.path))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the database."""
        self._db.close()

    # ------------------------------------------------------------------ writing
    def _transaction(self) -> _Transaction:
        return _Transaction(self._db, self.path)

    def ingest(
        self,
        articles: Iterable[str | tuple[str, str] | ArticleText],
        *,
        annotator: Annotator | AnnotatorSpec | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        comments: bool = False,
        errors: Callable[[QuotesError], None] | None = None,
        client: Any = None,
        jobs: int | None = None,
        progress: Progress | None = None,
        params: Model | str | Path | None = None,
        reprocess: bool = False,
    ) -> IngestReport:
        """Adds articles to the store and resolves the speakers of the whole store again.

        Only articles that are new, or whose text changed (same identifier, another text), are
        annotated; each batch of them is written in one transaction. Then the speakers of every
        article are resolved together (:func:`quotes.corpus.pipeline.reduce_articles`), entity
        ids kept stable (:mod:`quotes.store.ids`), and the quotes whose speaker, bounds or
        confidence changed are rewritten, in one transaction. A run killed at any point leaves
        a consistent store; the next run finishes the work. Ingesting the same articles again
        changes nothing.

        Args:
            articles: As :func:`quotes.extract_many` takes them (e.g. :func:`quotes.read_articles`).
            annotator, batch_size, comments, errors, client, jobs, progress: As
                :func:`quotes.corpus.mapping.map_articles` takes them.
            params: The confidence model (None: ``$QUOTES_MODEL_PARAMS`` or the shipped one);
                when it differs from the one the store's quotes were scored with, they are
                scored again.
            reprocess: Annotate again the stored articles processed by another version of this
                library (see :meth:`provenance`), as well as new and changed ones.
        """
        model = resolve_model(params)
        version = library_version()
        known = {
            r[0]: (r[1], r[2])
            for r in self._db.execute("SELECT id, text_hash, library_version FROM articles").fetchall()
        }
        counts = {"added": 0, "replaced": 0, "unchanged": 0, "failed": 0}

        def wanted(items: Iterator[ArticleText]) -> Iterator[ArticleText]:
            for it in items:
                had = known.get(it.id)
                if had is not None and had[0] == _text_hash(it.text) and not (reprocess and had[1] != version):
                    counts["unchanged"] += 1
                    continue
                yield it

        def failed(exc: QuotesError) -> None:
            counts["failed"] += 1
            if errors is None:
                raise exc
            errors(exc)

        results = map_articles(
            wanted(as_article_texts(articles)),
            annotator=annotator,
            batch_size=batch_size,
            comments=comments,
            errors=failed,
            client=client,
            jobs=jobs,
            progress=progress,
        )
        batch: list[ArticleResult] = []
        for r in results:
            batch.append(r)
            if len(batch) >= batch_size:
                self._write_batch(batch, known, counts, version)
                batch = []
        if batch:
            self._write_batch(batch, known, counts, version)
        pending = self._db.execute("SELECT count(*) FROM articles WHERE quotes_hash IS NULL").fetchone()[0]
        rescore = self._db.execute(
            "SELECT count(*) FROM articles WHERE params IS NOT ? AND quotes_hash IS NOT NULL", (params_id(model),)
        ).fetchone()[0]
        seconds = 0.0
        if pending or rescore:
            seconds = self.resolve(params=model)
        with self._transaction() as db:
            db.execute(
                "INSERT INTO runs (at, library_version, params, added, replaced, unchanged, failed)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    _now(),
                    version,
                    params_id(model),
                    counts["added"],
                    counts["replaced"],
                    counts["unchanged"],
                    counts["failed"],
                ),
            )
        return IngestReport(
            added=counts["added"],
            replaced=counts["replaced"],
            unchanged=counts["unchanged"],
            failed=counts["failed"],
            resolved=bool(pending or rescore),
            entities=self._db.execute("SELECT count(*) FROM entities").fetchone()[0],
            seconds_resolving=seconds,
        )

    def _write_batch(
        self, batch: list[ArticleResult], known: dict[str, tuple[str, str]], counts: dict[str, int], version: str
    ) -> None:
        """One transaction: the batch's articles, pending resolution (their old quotes gone)."""
        with self._transaction() as db:
            seq = db.execute("SELECT coalesce(max(seq), -1) FROM articles").fetchone()[0]
            for r in batch:
                m = r.meta
                row = (
                    _text_hash(r.text),
                    r.text,
                    m.title,
                    m.date.isoformat() if m.date else None,
                    m.source,
                    m.url,
                    r.comments_start,
                    _pack(r),
                    version,
                    r.annotator,
                    _now(),
                )
                if r.doc in known:
                    db.execute("DELETE FROM quotes WHERE article_id = ?", (r.doc,))
                    db.execute(
                        "UPDATE articles SET text_hash=?, text=?, title=?, date=?, source=?, url=?, comments_start=?,"
                        " result=?, library_version=?, annotator=?, ingested_at=?, params=NULL, quotes_hash=NULL"
                        " WHERE id=?",
                        (*row, r.doc),
                    )
                    counts["replaced"] += 1
                else:
                    seq += 1
                    db.execute(
                        "INSERT INTO articles (text_hash, text, title, date, source, url, comments_start, result,"
                        " library_version, annotator, ingested_at, id, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (*row, r.doc, seq),
                    )
                    counts["added"] += 1
                known[r.doc] = (row[0], version)

    def resolve(self, *, params: Model | str | Path | None = None) -> float:
        """Resolves the speakers of every stored article together again and rewrites what
        changed, in one transaction (:meth:`ingest` calls it); returns the seconds it took."""
        import time

        started = time.perf_counter()
        model = resolve_model(params)
        pid = params_id(model)
        with self._transaction() as db:
            rows = db.execute(
                "SELECT id, result, quotes_hash, params, date, source FROM articles ORDER BY id"
            ).fetchall()
            results = [self._unpack(r[0], r[1]) for r in rows]
            check_annotator((r.annotator for r in results), model)
            entities, found = resolve_speakers(results)
            seq = {eid: n for eid, n in db.execute("SELECT id, seq FROM entities")}
            ids = self._stable_ids(db, entities, seq)
            self._write_entities(db, entities, ids, seq)
            for (doc, _, old_hash, old_params, date, source), r, quotes in zip(rows, results, found, strict=True):
                # what the scoring reads: the quotes and their speakers; the same as last time
                # (and the same parameters), the stored quotes stand
                quotes = [_with_id(q, ids) for q in quotes]
                given = hashlib.sha256(
                    json.dumps([pid, [quote_to_dict(q, doc) for q in quotes]], sort_keys=True).encode("utf-8")
                ).hexdigest()
                if given == old_hash and old_params == pid:
                    continue
                art = score_article(model, r, quotes)
                db.execute("DELETE FROM quotes WHERE article_id = ?", (doc,))
                db.executemany(
                    "INSERT INTO quotes (article_id, idx, kind, text, display, speaker_id, confidence, section,"
                    " date, source, record) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [
                        (
                            doc,
                            i,
                            q.kind,
                            q.text,
                            q.display,
                            q.speaker.id if q.speaker else None,
                            q.confidence,
                            q.section,
                            date,
                            source,
                            json.dumps(
                                {k: v for k, v in quote_to_dict(q, doc).items() if k not in {"doc", "speaker"}},
                                ensure_ascii=False,
                            ),
                        )
                        for i, q in enumerate(art.quotes)
                    ],
                )
                db.execute("UPDATE articles SET quotes_hash = ?, params = ? WHERE id = ?", (given, pid, doc))
        return time.perf_counter() - started

    def _unpack(self, doc: str, blob: bytes) -> ArticleResult:
        """An article's stored per-article result; one this version cannot read asks for a rerun."""
        try:
            result = pickle.loads(zlib.decompress(blob))  # noqa: S301 (the store's own data)
        except Exception as exc:  # noqa: BLE001 (any failure to read it means the same)
            version = self._db.execute("SELECT library_version FROM articles WHERE id = ?", (doc,)).fetchone()
            raise StoreError(
                f"{self.path}: article {doc!r} was processed by quotes {version[0] if version else '?'}, whose "
                f"results this version cannot read ({type(exc).__name__}); ingest the articles again with "
                "--reprocess (Store.ingest(..., reprocess=True))"
            ) from exc
        if not isinstance(result, ArticleResult):
            raise StoreError(f"{self.path}: article {doc!r}: its stored result is not one (a damaged store?)")
        return result

    def _stable_ids(self, db: sqlite3.Connection, entities: Sequence[Entity], seq: dict[str, int]) -> dict[str, str]:
        """The resolver's id of each entity -> its stable id; records merges and splits."""
        stored = {
            (a, s, e): eid for a, s, e, eid in db.execute("SELECT article_id, start, end, entity_id FROM mentions")
        }
        used = set(seq) | {r[0] for r in db.execute("SELECT old_id FROM redirects")}
        plan = assign_ids(
            [(e.id, [(m.doc, m.span.start, m.span.end) for m in e.mentions]) for e in entities],
            stored,
            seq=seq,
            used=used,
        )
        at = _now()
        for old, new in plan.redirects:
            db.execute("INSERT OR REPLACE INTO redirects VALUES (?, ?, ?)", (old, new, at))
            db.execute("UPDATE redirects SET new_id = ? WHERE new_id = ?", (new, old))
        db.executemany("INSERT INTO splits VALUES (?, ?, ?)", [(o, n, at) for o, n in plan.splits])
        return {e.id: new for e, new in zip(entities, plan.ids, strict=True)}

    def _write_entities(
        self, db: sqlite3.Connection, entities: Sequence[Entity], ids: dict[str, str], seq: dict[str, int]
    ) -> None:
        """Rewrites the entities, their names and mentions (``seq``: each stored id's order of
        creation; new ids come after)."""
        seq = dict(seq)
        top = max(seq.values(), default=-1)
        db.execute("DELETE FROM entities")
        db.execute("DELETE FROM entity_names")
        db.execute("DELETE FROM mentions")
        rows, names, mentions = [], set(), []
        for e in entities:
            eid = ids[e.id]
            if eid not in seq:
                top += 1
                seq[eid] = top
            rows.append((eid, seq[eid], e.name, e.kind, json.dumps(list(e.aliases), ensure_ascii=False)))
            names |= {(fold(n), eid) for n in (e.name, *e.aliases)}
            mentions += [(m.doc, m.span.start, m.span.end, eid, m.text) for m in e.mentions]
        db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO entity_names VALUES (?, ?)", sorted(names))
        db.executemany("INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?)", mentions)

    # ------------------------------------------------------------------ reading
    def resolve_id(self, entity_id: str) -> str:
        """The current id of an entity id, following merges (an unknown id is returned as it is)."""
        seen = set()
        while entity_id not in seen:
            seen.add(entity_id)
            row = self._db.execute("SELECT new_id FROM redirects WHERE old_id = ?", (entity_id,)).fetchone()
            if row is None:
                break
            entity_id = row[0]
        return entity_id

    def _speaker_ids(self, speakers: Sequence[str]) -> list[str]:
        out: set[str] = set()
        for s in speakers:
            out |= {r[0] for r in self._db.execute("SELECT entity_id FROM entity_names WHERE name = ?", (fold(s),))}
            out.add(self.resolve_id(s))
        return sorted(out)

    def _speakers(self, ids: Iterable[str]) -> dict[str, Speaker]:
        wanted = sorted(set(ids))
        out: dict[str, Speaker] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for eid, name, kind, aliases in self._db.execute(
                f"SELECT id, name, kind, aliases FROM entities WHERE id IN ({marks})",  # noqa: S608 (placeholders only)
                chunk,
            ):
                out[eid] = Speaker(id=eid, name=name, kind=kind, aliases=json.loads(aliases))
        return out

    def search(
        self,
        query: str | None = None,
        *,
        speaker: str | Sequence[str] = (),
        kind: str | Sequence[str] = (),
        since: str | datetime.date | None = None,
        until: str | datetime.date | None = None,
        source: str | None = None,
        min_confidence: float = 0.0,
        limit: int | None = 100,
    ) -> list[SearchHit]:
        """Quotes that match a full-text query and the filters, best match first (newest first
        without a query).

        Args:
            query: SQLite FTS5 syntax over the quotes' texts: words (all must occur, any form
                of case and diacritics), ``"a phrase"``, ``OR``, ``NOT``, ``prefix*``.
            speaker: Speakers by name, any alias or id (a merged id still finds its entity).
            kind: Quote kinds (direct, indirect, mixed) and speaker kinds (person, anonymous,
                group, organization, unknown).
            since, until: Articles dated within these days (inclusive; ISO dates).
            source: The outlet (case ignored).
            min_confidence: Leave out quotes less sure than this.
            limit: At most this many (None: all).

        Raises:
            InputError: The query or a filter is not valid.
        """
        where, args = self._filters(speaker, kind, since, until, source, min_confidence)
        if query:
            sql = (
                "SELECT q.article_id, q.record, q.speaker_id FROM quotes_fts f JOIN quotes q ON q.id = f.rowid"
                f" WHERE quotes_fts MATCH ?{''.join(' AND ' + w for w in where)} ORDER BY f.rank"
            )
            args = [query, *args]
        else:
            cond = " AND ".join(where) or "1"
            sql = f"SELECT q.article_id, q.record, q.speaker_id FROM quotes q WHERE {cond} ORDER BY q.date DESC, q.id"  # noqa: S608
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        try:
            rows = self._db.execute(sql, args).fetchall()
        except sqlite3.OperationalError as exc:
            raise InputError(f"search {query!r}: not a valid query ({exc})") from exc
        return self._hits(rows)

    def _hits(self, rows: Sequence[tuple[str, str, str | None]]) -> list[SearchHit]:
        """Search hits from rows of (article id, quote record, speaker id)."""
        speakers = self._speakers(r[2] for r in rows if r[2])
        metas = self._metas(r[0] for r in rows)
        return [
            SearchHit(
                doc=doc,
                quote=attrs.evolve(quote_from_dict(json.loads(rec)), speaker=speakers.get(sid or "")),
                meta=metas[doc],
            )
            for doc, rec, sid in rows
        ]

    def _filters(
        self,
        speaker: str | Sequence[str],
        kind: str | Sequence[str],
        since: str | datetime.date | None,
        until: str | datetime.date | None,
        source: str | None,
        min_confidence: float,
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        speakers = [speaker] if isinstance(speaker, str) else list(speaker)
        if speakers:
            ids = self._speaker_ids(speakers)
            where.append(f"q.speaker_id IN ({','.join('?' * len(ids))})")
            args += ids
        kinds = [kind] if isinstance(kind, str) else list(kind)
        bad = [k for k in kinds if k not in QUOTE_KINDS + SPEAKER_KINDS]
        if bad:
            raise InputError(f"unknown kind {bad[0]!r}: one of {', '.join(QUOTE_KINDS + SPEAKER_KINDS)}")
        qk = [k for k in kinds if k in QUOTE_KINDS]
        sk = [k for k in kinds if k in SPEAKER_KINDS]
        if qk:
            where.append(f"q.kind IN ({','.join('?' * len(qk))})")
            args += qk
        if sk:
            where.append(f"q.speaker_id IN (SELECT id FROM entities WHERE kind IN ({','.join('?' * len(sk))}))")
            args += sk
        lo, hi = _date(since, "since"), _date(until, "until")
        if lo:
            where.append("q.date >= ?")
            args.append(lo)
        if hi:
            where.append("q.date <= ?")
            args.append(hi)
        if source:
            where.append("q.source = ? COLLATE NOCASE")
            args.append(source)
        if min_confidence:
            where.append("q.confidence >= ?")
            args.append(min_confidence)
        return where, args

    def _metas(self, docs: Iterable[str]) -> dict[str, Metadata]:
        out: dict[str, Metadata] = {}
        for doc in set(docs):
            row = self._db.execute("SELECT title, date, source, url FROM articles WHERE id = ?", (doc,)).fetchone()
            out[doc] = Metadata(title=row[0], date=row[1], source=row[2], url=row[3])
        return out

    def corpus(
        self,
        *,
        since: str | datetime.date | None = None,
        until: str | datetime.date | None = None,
        speaker: str | Sequence[str] = (),
    ) -> Corpus:
        """The stored articles (those dated within ``since`` / ``until``; with ``speaker``, only
        the articles where they are quoted, and only their quotes) as a
        :class:`~quotes.model.Corpus`; its entities are those of the quotes, without their
        mentions (:meth:`entities` has them)."""
        where, args = self._filters(speaker, (), since, until, None, 0.0)
        cond = " AND ".join(where) or "1"
        rows = self._db.execute(
            f"SELECT q.article_id, q.record, q.speaker_id FROM quotes q WHERE {cond} ORDER BY q.article_id, q.idx",  # noqa: S608
            args,
        ).fetchall()
        speakers = self._speakers(r[2] for r in rows if r[2])
        by_doc: dict[str, list[Quote]] = {}
        if not speaker:  # every article of the range, with quotes or not
            lo, hi = _date(since, "since"), _date(until, "until")
            for (doc,) in self._db.execute(
                "SELECT id FROM articles WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2)", (lo, hi)
            ):
                by_doc[doc] = []
        for doc, rec, sid in rows:
            q = attrs.evolve(quote_from_dict(json.loads(rec)), speaker=speakers.get(sid or ""))
            by_doc.setdefault(doc, []).append(q)
        ordered = []
        for doc, quotes in by_doc.items():
            seq, text, title, date, source, url, cstart = self._db.execute(
                "SELECT seq, text, title, date, source, url, comments_start FROM articles WHERE id = ?", (doc,)
            ).fetchone()
            meta = Metadata(title=title, date=date, source=source, url=url)
            ordered.append((seq, Article(doc=doc, text=text, quotes=quotes, meta=meta, comments_start=cstart)))
        ordered.sort(key=lambda t: t[0])  # in the order they were first ingested
        entities = [Entity(id=s.id, name=s.name, kind=s.kind, aliases=s.aliases) for s in speakers.values()]
        return Corpus(articles=[a for _, a in ordered], entities=entities)

    def digest(
        self,
        *,
        since: str | datetime.date | None = None,
        until: str | datetime.date | None = None,
        **options: Any,
    ) -> Digest:
        """The digest of the stored articles dated within ``since`` / ``until``: what
        :func:`quotes.digest` makes of :meth:`corpus` (``options``: its ``speakers``, ``kinds``,
        ``min_confidence``, ``min_quotes``, ``comments``, ``articles``, ``params``). The same
        digest as the files would give; with ``speakers``, only the articles they are quoted in
        are read, so its list of articles is theirs (its statements are the same)."""
        speakers = options.get("speakers") or ()
        corpus = self.corpus(since=since, until=until, speaker=speakers)
        return build(corpus, **options)

    def entities(self) -> list[Entity]:
        """Every entity of the store, with its mentions, in order of creation."""
        mentions: dict[str, list[EntityMention]] = {}
        for doc, start, end, eid, text in self._db.execute(
            "SELECT article_id, start, end, entity_id, text FROM mentions ORDER BY article_id, start"
        ):
            mentions.setdefault(eid, []).append(EntityMention(doc=doc, span=Span(start, end), text=text))
        return [
            Entity(id=eid, name=name, kind=kind, aliases=json.loads(aliases), mentions=mentions.get(eid, ()))
            for eid, name, kind, aliases in self._db.execute(
                "SELECT id, name, kind, aliases FROM entities ORDER BY seq"
            )
        ]

    def provenance(self) -> list[dict[str, Any]]:
        """For each stored article: the library version, annotator (models) and confidence
        parameters it was processed with, and when it was ingested."""
        cols = ("id", "library_version", "annotator", "params", "ingested_at")
        return [
            dict(zip(cols, r, strict=True))
            for r in self._db.execute(f"SELECT {', '.join(cols)} FROM articles ORDER BY seq")  # noqa: S608
        ]

    def stats(self) -> dict[str, Any]:
        """Counts of articles, quotes and entities, the file's size and its size per article."""
        n = {t: self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "quotes", "entities")}  # noqa: S608
        page = self._db.execute("PRAGMA page_size").fetchone()[0] * self._db.execute("PRAGMA page_count").fetchone()[0]
        return {**n, "bytes": page, "bytes_per_article": page / n["articles"] if n["articles"] else 0.0}

    def export_jsonl(self, out: Any) -> int:
        """Writes every quote as a line of ``quotes extract``'s JSON with its speaker's entity
        (:meth:`SearchHit.to_dict`); returns how many."""
        n = 0
        for hits in self._all_quotes():
            for h in hits:
                out.write(json.dumps(h.to_dict(), ensure_ascii=False) + "\n")
                n += 1
        return n

    def _all_quotes(self, chunk: int = 5000) -> Iterator[list[SearchHit]]:
        last = -1
        while True:
            rows = self._db.execute(
                "SELECT id, article_id, record, speaker_id FROM quotes WHERE id > ? ORDER BY id LIMIT ?", (last, chunk)
            ).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield self._hits([(d, rec, s) for _, d, rec, s in rows])

    def export_parquet(self, folder: str | Path) -> dict[str, int]:
        """Writes ``quotes.parquet``, ``entities.parquet`` and ``articles.parquet`` into ``folder``
        (needs ``pyarrow``: ``pip install 'quotes[parquet]'``); returns the rows of each."""
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise InputError("Parquet needs pyarrow: pip install 'quotes[parquet]'") from exc
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        rows = [h.to_dict() for hits in self._all_quotes() for h in hits]
        for r in rows:
            for k in ("cue", "speaker_mention", "speaker", "entity"):
                r[k] = json.dumps(r[k], ensure_ascii=False) if r[k] is not None else None
            r["spans"] = json.dumps(r["spans"])
            r["context"] = json.dumps(r["context"]) if r["context"] is not None else None
        pq.write_table(pa.Table.from_pylist(rows), folder / "quotes.parquet")
        ents = [entity_to_dict(e) for e in self.entities()]
        for e in ents:
            e["mentions"] = len(e["mentions"])
        pq.write_table(pa.Table.from_pylist(ents), folder / "entities.parquet")
        arts = [
            dict(
                zip(("id", "title", "date", "source", "url", "library_version", "annotator", "params"), r, strict=True)
            )
            for r in self._db.execute(
                "SELECT id, title, date, source, url, library_version, annotator, params FROM articles ORDER BY seq"
            )
        ]
        pq.write_table(pa.Table.from_pylist(arts), folder / "articles.parquet")
        return {"quotes": len(rows), "entities": len(ents), "articles": len(arts)}


def _with_id(q: Quote, ids: dict[str, str]) -> Quote:
    if q.speaker is None:
        return q
    return attrs.evolve(q, speaker=attrs.evolve(q.speaker, id=ids.get(q.speaker.id, q.speaker.id)))


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error; a database error becomes a
    :class:`~quotes.errors.StoreError` naming the file."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot write ({exc})") from exc
        return self.db

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if kind is None:
            self.db.execute("COMMIT")
            return
        self.db.execute("ROLLBACK")
        if isinstance(exc, sqlite3.DatabaseError):
            raise StoreError(f"{self.path}: {exc}") from exc


__all__ = ["IngestReport", "SearchHit", "Store", "library_version", "params_id"]
