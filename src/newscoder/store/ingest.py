"""Ingest: read, analyse and store documents, once each, in crash-safe batches.

A document already in the store (same id, or same text under another id) is skipped before
it is analysed, so a run that was killed starts again where its last committed batch ended.
Each batch is one transaction: after ``kill -9`` a document is either stored with all its
rows or not at all. Near-duplicates (wire copies with a changed line or two) are stored and
linked to the earlier copy through MinHash signatures.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH
from sqlalchemy import select

from newscoder.errors import ReadError
from newscoder.model import Analysis, Document
from newscoder.store import schema
from newscoder.store.clusters import refresh_cluster_counts
from newscoder.store.db import Store
from newscoder.store.sources import iter_inputs
from newscoder.store.write import ActorRegistry, content_hash, store_analysis, store_copy

NUM_PERM = 64
SCHEME = "affine32"  # stored signatures are compared only with ones of the same scheme
NEAR_DUPLICATE = 0.8  # estimated Jaccard similarity of word shingles
SHINGLE = 3
WORD = re.compile(r"\w+")


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0
    copies: int = 0  # verbatim copies recorded under their own id
    near_duplicates: int = 0
    failures: list[str] = field(default_factory=list)


def signature(text: str) -> MinHash:
    words = WORD.findall(text.casefold())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8", "surrogatepass") for s in shingles])
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return np.asarray(minhash.hashvalues, dtype="<u8").tobytes()


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype="<u8").copy()
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


class Deduplicator:
    """What the store already holds: ids and text hashes (exact) and MinHash LSH (near).

    A document whose id is known is skipped. One whose text is known under another id (a
    verbatim copy) is not analysed again but stored as a row with ``copy_of`` in the batch
    that follows its original, so every input id ends up in ``documents`` exactly once.
    """

    def __init__(self, store: Store) -> None:
        table = schema.documents
        self.ids: set[str] = set()
        self.hashes: dict[str, str] = {}
        self.committed: set[str] = set()
        self.copies: list[tuple[Document, str]] = []
        self.lsh = MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}
        self.lock = threading.Lock()
        with store.engine.connect() as conn:
            rows = conn.execute(select(table.c.id, table.c.content_hash, table.c.minhash,
                                       table.c.copy_of))
            for doc_id, digest, minhash, copy_of in rows:
                self.ids.add(doc_id)
                self.committed.add(doc_id)
                if copy_of is not None:
                    continue
                self.hashes[digest] = doc_id
                if minhash:
                    self.remember(doc_id, from_bytes(minhash))

    def claim(self, document: Document) -> str:
        """``new`` the first time a text is seen; ``copy`` for its text under another id;
        ``stored`` for an id seen before."""
        digest = content_hash(document.text)
        with self.lock:
            if document.id in self.ids:
                return "stored"
            self.ids.add(document.id)
            if digest in self.hashes:
                self.copies.append((document, self.hashes[digest]))
                return "copy"
            self.hashes[digest] = document.id
            return "new"

    def ready_copies(self, batch_ids: set[str]) -> list[tuple[Document, str]]:
        """Copies whose original is stored or in this batch (taken off the waiting list)."""
        with self.lock:
            ready = [c for c in self.copies if c[1] in self.committed or c[1] in batch_ids]
            self.copies = [c for c in self.copies if c not in ready]
        return ready

    def near(self, minhash: MinHash) -> list[tuple[str, float]]:
        found = [(other, minhash.jaccard(self.signatures[other])) for other in
                 self.lsh.query(minhash)]
        return sorted(found, key=lambda pair: -pair[1])[:5]

    def remember(self, doc_id: str, minhash: MinHash) -> None:
        self.lsh.insert(doc_id, minhash)
        self.signatures[doc_id] = minhash


def write_batch(store: Store, batch: list[Analysis], dedup: Deduplicator) -> tuple[int, int]:
    """One transaction for the whole batch; the near-duplicate links and copies it wrote."""
    signatures = [signature(a.document.text) for a in batch]
    links = 0
    clusters: set[int] = set()
    batch_ids = {a.document.id for a in batch}
    copies = dedup.ready_copies(batch_ids)
    try:
        with store.engine.begin() as conn:
            registry = ActorRegistry(conn)
            pending: dict[str, MinHash] = {}
            for analysis, minhash in zip(batch, signatures, strict=True):
                near = dedup.near(minhash)
                # Copies within this batch are not in the LSH index yet.
                near += [(other, minhash.jaccard(sig)) for other, sig in pending.items()
                         if minhash.jaccard(sig) >= NEAR_DUPLICATE]
                links += len(near)
                clusters |= store_analysis(conn, analysis, content_hash(analysis.document.text),
                                           to_bytes(minhash), near, registry)
                pending[analysis.document.id] = minhash
            for document, original in copies:
                store_copy(conn, document, original)
            refresh_cluster_counts(conn, clusters)
    except BaseException:
        dedup.copies.extend(copies)  # not written: they wait for the next batch
        raise
    dedup.committed |= batch_ids
    for doc_id, minhash in pending.items():
        dedup.remember(doc_id, minhash)
    return links, len(copies)


def ingest(
    store: Store,
    paths: Iterable[str],
    workers: int = 1,
    batch_size: int = 16,
    on_progress: Callable[[str, str], None] | None = None,
    items: Iterable[Document | ReadError] | None = None,
) -> IngestReport:
    """Analyse and store every new document under ``paths``.

    ``on_progress(kind, message)`` is called per document with kind ``stored``, ``copy``
    (its text is stored under another id), ``skipped`` (its id is stored) or ``failed``.
    ``items``: the documents already being read from ``paths`` (the command reads the first
    before it creates a store), instead of reading ``paths`` again.
    """
    from newscoder.run import analyze_stream

    report = IngestReport()
    dedup = Deduplicator(store)
    tell = on_progress or (lambda kind, message: None)

    def fresh() -> Iterator[Document]:
        for item in iter_inputs(paths) if items is None else items:
            if isinstance(item, ReadError):
                report.failures.append(str(item))
                tell("failed", str(item))
                continue
            status = dedup.claim(item)
            if status == "new":
                yield item
            elif status == "stored":
                report.skipped += 1
                tell("skipped", item.id)

    batch: list[Analysis] = []
    for result in analyze_stream(fresh(), workers=workers):
        if isinstance(result, str):
            report.failures.append(result)
            tell("failed", result)
            continue
        batch.append(result)
        if len(batch) >= batch_size:
            report.near_duplicates += flush(store, batch, dedup, report, tell)
    report.near_duplicates += flush(store, batch, dedup, report, tell)
    optimize(store)
    for document, original in dedup.copies:  # their original failed: nothing to point to
        message = f"{document.source_path or document.id}: copy of {original}, not stored"
        report.failures.append(message)
        tell("failed", message)
    return report


def optimize(store: Store) -> None:
    """Let SQLite gather the statistics its planner needs once the tables have grown (the
    readers' queries on a large store depend on them); PostgreSQL's autovacuum does this."""
    if store.is_sqlite:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit = 1000")  # sampled: fast on any size
            conn.exec_driver_sql("ANALYZE")


def flush(
    store: Store,
    batch: list[Analysis],
    dedup: Deduplicator,
    report: IngestReport,
    tell: Callable[[str, str], None],
) -> int:
    if not batch and not dedup.copies:
        return 0
    links, copies = write_batch(store, batch, dedup)
    for analysis in batch:
        report.stored += 1
        tell("stored", analysis.document.id)
    for _ in range(copies):
        report.copies += 1
        tell("copy", "")
    batch.clear()
    return links
