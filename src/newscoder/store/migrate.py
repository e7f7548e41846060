"""Schema steps after the first: each alters a store made by an older newscoder in place.

Every step runs inside the transaction that opens the store, so a crash leaves the store at
its former version, and a step is written so that it can run on a store that already has
part of what it adds (a new store is created with the latest tables, then stamped).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, inspect, text

from newscoder.store import schema
from newscoder.store.dates import event_day


def add_columns(conn: Connection, table: str, columns: Iterable[tuple[str, str, bool]]) -> None:
    """Add the columns a table lacks, with their indexes; present ones are left as they are."""
    present = {column["name"] for column in inspect(conn).get_columns(table)}
    for name, kind, indexed in columns:
        if name not in present:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {kind}"))
        if indexed:
            conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{table}_{name} ON {table} ({name})"))


def coder_text(coder: Any) -> str | None:
    """The stored form of a record's coder: canonical JSON, so equal coders compare equal."""
    if not coder:
        return None
    return json.dumps(coder, sort_keys=True, separators=(",", ":"))


def version_5(conn: Connection) -> None:
    """One row per document id, the coder per document, sortable event dates with their
    precision, places with admin names, clusters that remember what they agree on, and
    generic nouns that are no actors."""
    add_columns(conn, "documents", schema.DOCUMENT_COLUMNS_V5)
    add_columns(conn, "events", schema.EVENT_COLUMNS_V5)
    add_columns(conn, "event_clusters", schema.CLUSTER_COLUMNS_V5)
    backfill_from_records(conn)
    move_copies(conn)
    for table in (schema.event_actors, schema.actor_mentions):
        allow_null_actor(conn, table)
    for index in schema.ACTOR_INDEXES:
        index.create(conn, checkfirst=True)


def backfill_from_records(conn: Connection) -> None:
    """Each document's coder, and its events' day, precision and admin names, from the
    contract record it was stored with."""
    found = conn.execute(text("SELECT id, record FROM documents WHERE coder IS NULL")).all()
    for doc_id, raw in found:
        record = json.loads(raw)
        conn.execute(text("UPDATE documents SET coder = :coder WHERE id = :id"),
                     {"coder": coder_text(record.get("coder")), "id": doc_id})
        details = (record.get("details") or {}).get("events") or []
        for idx, event in enumerate(details):
            day, precision = event_day(event.get("date"), event.get("date_precision"))
            place = event.get("place") or {}
            conn.execute(text(
                "UPDATE events SET date = :date, date_precision = :precision, "
                "geo_precision = :geo, admin1 = :admin1, admin2 = :admin2 "
                "WHERE doc_id = :doc_id AND idx = :idx"),
                {"date": day, "precision": precision, "geo": place.get("precision"),
                 "admin1": place.get("admin1"), "admin2": place.get("admin2"),
                 "doc_id": doc_id, "idx": idx})


def move_copies(conn: Connection) -> None:
    """The version 2 table of verbatim copies becomes rows of ``documents`` with ``copy_of``."""
    if "document_copies" not in inspect(conn).get_table_names():
        return
    now = datetime.now(UTC).isoformat(timespec="seconds")
    found = conn.execute(text(
        "SELECT c.id, c.title, c.published, c.outlet, c.url, c.source_path, d.id AS original, "
        "d.content_hash, d.text, d.coder FROM document_copies c "
        "JOIN documents d ON d.id = c.doc_id "
        "WHERE c.id NOT IN (SELECT id FROM documents)")).mappings().all()
    for row in found:
        conn.execute(text(
            "INSERT INTO documents (id, content_hash, title, published, outlet, url, "
            "source_path, text, record, ingested_at, copy_of, coder) VALUES (:id, :hash, "
            ":title, :published, :outlet, :url, :source_path, :text, :record, :now, "
            ":original, :coder)"),
            {**row, "hash": copy_hash(row["content_hash"], row["id"]), "now": now,
             "record": copy_record(row["id"], row["original"])})
    conn.execute(text("DROP TABLE document_copies"))


def allow_null_actor(conn: Connection, table: Any) -> None:
    """``actor_id`` may be null (a generic noun is coded but is no actor). SQLite cannot drop
    a NOT NULL: the table, which no other table refers to, is rebuilt under its own name."""
    columns = {c["name"]: c for c in inspect(conn).get_columns(table.name)}
    if columns["actor_id"]["nullable"]:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(text(f"ALTER TABLE {table.name} ALTER COLUMN actor_id DROP NOT NULL"))
        return
    old = f"{table.name}_v4"
    for index in inspect(conn).get_indexes(table.name):
        conn.execute(text(f"DROP INDEX IF EXISTS {index['name']}"))
    conn.execute(text(f"ALTER TABLE {table.name} RENAME TO {old}"))
    table.create(conn)
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    conn.execute(text(f"INSERT INTO {table.name} ({names}) SELECT {names} FROM {old}"))
    conn.execute(text(f"DROP TABLE {old}"))


def copy_hash(digest: str, doc_id: str) -> str:
    """A copy's ``content_hash``: its text's, marked as a copy's, unique by its id."""
    return f"{digest}:copy:{doc_id}"


def copy_record(doc_id: str, original: str) -> str:
    """A copy's ``record``: no analysis of its own, the id of the one that holds it."""
    return json.dumps({"id": doc_id, "copy_of": original}, ensure_ascii=False)
