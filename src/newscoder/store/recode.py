"""Recode: analyse again the stored documents that another coder produced (issue 26).

Every document row keeps the coder that analysed it (the package version and a hash of the
lexicons, tables and actor overlay in force). After a change of any of them, ``recode``
finds the documents whose coder differs from the current one and replaces their records,
one transaction per batch: a document is either recoded with all its rows or left as it
was, so a run that is killed resumes with the documents still to do, and a second run finds
nothing to change. Text-identical copies follow their original.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, func, select, text, update

from newscoder.model import Analysis, Document
from newscoder.store import schema
from newscoder.store.clusters import drop_empty_clusters, refresh_cluster_counts
from newscoder.store.db import Store
from newscoder.store.migrate import coder_text
from newscoder.store.write import ActorRegistry, write_records

DOCUMENT_FIELDS = ("id", "text", "published", "title", "author", "outlet", "url",
                   "source_path")


@dataclass
class Tally:
    """Events per PLOVER type and event parties per CAMEO actor code."""

    types: Counter[str] = field(default_factory=Counter)
    actors: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        self.types.update(other.types)
        self.actors.update(other.actors)


@dataclass
class RecodeReport:
    coder: str
    stale: int = 0  # documents found with another coder
    recoded: int = 0
    failures: list[str] = field(default_factory=list)
    before: Tally = field(default_factory=Tally)
    after: Tally = field(default_factory=Tally)


def current_coder() -> str:
    from newscoder.coder import coder

    return coder_text(coder()) or ""


def stale_ids(conn: Connection, coder: str) -> list[str]:
    """Analysed documents (not copies) that another coder, or an unknown one, produced."""
    docs = schema.documents
    return list(conn.execute(
        select(docs.c.id).where(docs.c.copy_of.is_(None))
        .where((docs.c.coder.is_(None)) | (docs.c.coder != coder)).order_by(docs.c.id)
    ).scalars())


def tally(conn: Connection, doc_ids: list[str]) -> Tally:
    """What the stored records of these documents count."""
    ev, ea = schema.events, schema.event_actors
    found = Tally()
    for start in range(0, len(doc_ids), 500):
        chunk = doc_ids[start : start + 500]
        found.types.update(dict(conn.execute(
            select(ev.c.plover, func.count()).where(ev.c.doc_id.in_(chunk))
            .group_by(ev.c.plover)).all()))
        found.actors.update(dict(conn.execute(
            select(ea.c.code, func.count()).where(ea.c.doc_id.in_(chunk))
            .group_by(ea.c.code)).all()))
    return found


def stored_documents(store: Store, doc_ids: list[str]) -> Iterator[Document]:
    """The documents as stored: the same text and metadata ingest analysed."""
    docs = schema.documents
    with store.engine.connect() as conn:
        for start in range(0, len(doc_ids), 200):
            chunk = doc_ids[start : start + 200]
            statement = select(*(docs.c[f] for f in DOCUMENT_FIELDS)).where(docs.c.id.in_(chunk))
            for row in conn.execute(statement).mappings():
                yield Document(**dict(row))


def remove_records(conn: Connection, doc_id: str) -> set[int]:
    """Delete a document's analysis rows (not the document); the clusters it was in."""
    ev = schema.events
    clusters = set(conn.execute(select(ev.c.cluster_id).where(ev.c.doc_id == doc_id)
                                .where(ev.c.cluster_id.is_not(None))).scalars())
    for table in schema.ANALYSIS_TABLES:
        conn.execute(delete(table).where(table.c.doc_id == doc_id))
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM quotes_fts WHERE doc_id = :id"), {"id": doc_id})
    return clusters


def replace(conn: Connection, analysis: Analysis, registry: ActorRegistry) -> set[int]:
    """Swap one document's records for the new analysis's; the clusters touched."""
    doc_id = analysis.document.id
    touched = remove_records(conn, doc_id)
    record = analysis.to_dict()
    coder = coder_text(record.get("coder"))
    docs = schema.documents
    conn.execute(update(docs).where(docs.c.id == doc_id)
                 .values(record=json.dumps(record, ensure_ascii=False), coder=coder))
    conn.execute(update(docs).where(docs.c.copy_of == doc_id).values(coder=coder))
    return touched | write_records(conn, analysis, registry)


def write_batch(store: Store, batch: list[Analysis]) -> None:
    with store.engine.begin() as conn:
        registry = ActorRegistry(conn)
        touched: set[int] = set()
        for analysis in batch:
            touched |= replace(conn, analysis, registry)
        refresh_cluster_counts(conn, touched)
        drop_empty_clusters(conn)


def drop_orphan_actors(store: Store) -> None:
    """Actors no stored record points to any more (a merge the new coder no longer makes)."""
    actors = schema.actors
    used = [select(t.c[c]).where(t.c[c].is_not(None)) for t, c in (
        (schema.entities, "actor_id"), (schema.actor_mentions, "actor_id"),
        (schema.event_actors, "actor_id"), (schema.quotes, "speaker_actor_id"))]
    with store.engine.begin() as conn:
        conn.execute(delete(actors).where(*(actors.c.id.not_in(s) for s in used)))


def forget_coders(store: Store) -> None:
    """Mark every analysed document as made by an unknown coder, so all are recoded (after
    an upgrade of the store's own rules, which the coder does not cover). Committed first:
    a run killed after it resumes with a plain ``recode``."""
    docs = schema.documents
    with store.engine.begin() as conn:
        conn.execute(update(docs).where(docs.c.copy_of.is_(None)).values(coder=None))


def recode(store: Store, workers: int = 1, batch_size: int = 16,
           on_progress: Callable[[str, str], None] | None = None,
           everything: bool = False) -> RecodeReport:
    """Analyse again every stored document whose coder is not the current one (with
    ``everything``, every document)."""
    from newscoder.run import analyze_stream

    report = RecodeReport(coder=current_coder())
    tell = on_progress or (lambda kind, message: None)
    if everything:
        forget_coders(store)
    with store.engine.connect() as conn:
        doc_ids = stale_ids(conn, report.coder)
        report.stale = len(doc_ids)
        report.before = tally(conn, doc_ids)
    batch: list[Analysis] = []
    done: list[str] = []
    for result in analyze_stream(stored_documents(store, doc_ids), workers=workers):
        if isinstance(result, str):
            report.failures.append(result)
            tell("failed", result)
            continue
        batch.append(result)
        if len(batch) >= batch_size:
            done += flush(store, batch, report, tell)
    done += flush(store, batch, report, tell)
    if done:
        drop_orphan_actors(store)
    with store.engine.connect() as conn:
        report.after = tally(conn, doc_ids)
    return report


def flush(store: Store, batch: list[Analysis], report: RecodeReport,
          tell: Callable[[str, str], None]) -> list[str]:
    if not batch:
        return []
    write_batch(store, batch)
    ids = [a.document.id for a in batch]
    report.recoded += len(ids)
    for doc_id in ids:
        tell("recoded", doc_id)
    batch.clear()
    return ids


def changes(before: Counter[str], after: Counter[str], limit: int = 25) -> list[tuple[str, int,
                                                                                     int]]:
    """``(key, before, after)`` for every key whose count changed, largest change first."""
    keys = {k for k in before.keys() | after.keys() if before[k] != after[k]}
    ordered = sorted(keys, key=lambda k: (-abs(after[k] - before[k]), k))
    return [(k, before[k], after[k]) for k in ordered[:limit]]
