"""The store's tables (SQLite): one a record, their columns documented in docs/store.md.

A store written by another version of the schema is refused with the version it has and the
one this library reads (:func:`prepare`); there is no other version to migrate from yet.
"""

from __future__ import annotations

import sqlite3

#: The version of the tables below; kept in the ``schema_version`` table.
SCHEMA_VERSION = 1

TABLES = """
CREATE TABLE schema_version (
    version INTEGER NOT NULL
);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,            -- the identifier it was read with (path or JSON Lines id)
    seq INTEGER NOT NULL UNIQUE,    -- order of first ingest
    text_hash TEXT NOT NULL,        -- sha256 of the text: a changed text is processed again
    text TEXT NOT NULL,
    title TEXT, date TEXT, source TEXT, url TEXT,
    comments_start INTEGER,
    result BLOB NOT NULL,           -- the per-article map's result, for re-resolving speakers
    library_version TEXT NOT NULL,  -- provenance: what processed it
    annotator TEXT NOT NULL,
    params TEXT,                    -- the confidence parameters its quotes were scored with
    quotes_hash TEXT,               -- its quotes and their speakers as last scored; NULL: not yet
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,           -- its place among the article's quotes
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    display TEXT NOT NULL,
    speaker_id TEXT,                -- entities.id (NULL: no speaker found)
    confidence REAL NOT NULL,
    section TEXT NOT NULL,
    date TEXT,                      -- the article's, repeated for the filters
    source TEXT,
    record TEXT NOT NULL,           -- the quote in extract's JSON, without its speaker
    UNIQUE (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_id, date);
CREATE INDEX quotes_date ON quotes(date);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TABLE entities (
    id TEXT PRIMARY KEY,            -- stable across ingests
    seq INTEGER NOT NULL,           -- order of creation: the older id survives a merge
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL           -- JSON list
);
CREATE TABLE entity_names (
    name TEXT NOT NULL,             -- a name or alias, case and diacritics folded
    entity_id TEXT NOT NULL,
    PRIMARY KEY (name, entity_id)
) WITHOUT ROWID;
CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, start, end)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE redirects (
    old_id TEXT PRIMARY KEY,        -- an id merged into another
    new_id TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE splits (
    old_id TEXT NOT NULL,           -- an entity some of whose mentions went to a new one
    new_id TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    library_version TEXT NOT NULL,
    params TEXT,
    added INTEGER NOT NULL, replaced INTEGER NOT NULL, unchanged INTEGER NOT NULL, failed INTEGER NOT NULL
);
"""


def statements(script: str) -> list[str]:
    """The statements of an SQL script, one by one (``executescript`` would commit the
    transaction they must run in)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return out


def prepare(db: sqlite3.Connection, where: str) -> None:
    """Creates the tables in an empty database, or checks the version of an existing store.

    Raises:
        StoreError: The file is not a store of this library, or one of another schema version.
    """
    from quotes.errors import StoreError

    try:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{where}: not a quotes store (not an SQLite database: {exc})") from exc
    if not names:
        db.execute("BEGIN IMMEDIATE")
        try:
            if not {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}:
                for statement in statements(TABLES):
                    db.execute(statement)
                db.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return
    if "schema_version" not in names:
        raise StoreError(f"{where}: not a quotes store (an SQLite database without a schema_version table)")
    row = db.execute("SELECT version FROM schema_version").fetchone()
    version = row[0] if row else None
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"{where}: a store of schema version {version}; this version of quotes reads version "
            f"{SCHEMA_VERSION}. Ingest the articles into a new store (quotes ingest ... --db NEW.db)"
        )
