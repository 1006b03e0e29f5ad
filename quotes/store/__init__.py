"""Stage 7, the store: quotes that grow with the news, in an SQLite file.

``quotes ingest`` (:meth:`Store.ingest`) adds articles, annotating only the new and changed
ones, and resolves the speakers of the whole store again with stable entity ids
(:mod:`quotes.store.ids`); ``quotes search`` (:meth:`Store.search`, SQLite FTS5) and
``quotes digest --db`` (:meth:`Store.digest`) read it, also while an ingest writes;
``quotes export`` moves it to JSON Lines or Parquet. The tables: :mod:`quotes.store.schema`
and docs/store.md.
"""

from quotes.store.ids import IdPlan, assign_ids
from quotes.store.schema import SCHEMA_VERSION
from quotes.store.store import IngestReport, SearchHit, Store, library_version, params_id

__all__ = [
    "SCHEMA_VERSION",
    "IdPlan",
    "IngestReport",
    "SearchHit",
    "Store",
    "assign_ids",
    "library_version",
    "params_id",
]
