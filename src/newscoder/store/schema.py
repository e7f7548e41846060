"""The store's tables, in SQLAlchemy Core so one definition serves SQLite and PostgreSQL.

Every record of the analysis gets a normalised table keyed by ``(doc_id, idx)`` with the
contract's character offsets, so a user can query the store with any SQL tool. The whole
contract record is kept as JSON in ``documents.record`` as well: the API serves it as is.
Actors and event clusters are cross-document: one row per identity, however many articles
mention it.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
)

APPLICATION = "newscoder"
# Bump when a table changes and add the step to ``MIGRATIONS`` in newscoder.store.db.
SCHEMA_VERSION = 5

metadata = MetaData()

meta = Table(
    "newscoder_meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

migrations = Table(
    "migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("applied_at", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Text, primary_key=True),
    # The text's SHA-256; a copy's is "<sha256>:copy:<its id>", so the column stays unique
    # per analysed text (SQLite cannot drop the constraint of stores made before version 5).
    Column("content_hash", Text, nullable=False, unique=True),
    Column("title", Text),
    Column("published", Text, index=True),
    Column("outlet", Text),
    Column("author", Text),
    Column("url", Text),
    Column("source_path", Text),
    Column("text", Text, nullable=False),
    Column("record", Text, nullable=False),  # the contract record, JSON
    Column("minhash", LargeBinary),  # near-duplicate signature (uint64 values)
    Column("ingested_at", Text, nullable=False),
    # Version 5. A text-identical copy of a stored document (a wire story reprinted under
    # another id) is a row of its own that points to the analysed one and has no records.
    Column("copy_of", Text, ForeignKey("documents.id"), index=True),
    # Version 5. The coder that made the record (canonical JSON of newscoder.coder.coder()).
    Column("coder", Text, index=True),
)

duplicates = Table(
    "duplicates",
    metadata,
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("other_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("similarity", Float, nullable=False),
)

def _per_document(name: str, *columns: Column) -> Table:
    """A table of one record kind: ``(doc_id, idx)`` keys it, documents own it."""
    return Table(
        name,
        metadata,
        Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        Column("idx", Integer, primary_key=True),
        *columns,
    )


sentences = _per_document(
    "sentences", Column("start", Integer, nullable=False), Column("end", Integer, nullable=False)
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False, unique=True),  # kb:JOHN_KERRY or name:john kerry
    Column("name", Text, nullable=False),
    Column("label", Text),  # PERSON, ORG, GPE... when known from an entity
    Column("code", Text, index=True),  # CAMEO actor code, most recent seen
    Column("country", Text, index=True),
    Column("sector", Text),
    Column("kb_id", Text),
)

entities = _per_document(
    "entities",
    Column("name", Text, nullable=False),
    Column("label", Text, nullable=False),
    Column("country", Text),
    Column("actor_id", Integer, ForeignKey("actors.id"), index=True),
)

mentions = _per_document(
    "mentions",
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", Text, nullable=False),
    Column("entity_idx", Integer),
    Column("is_pronoun", Boolean, nullable=False, default=False),
)

actor_mentions = _per_document(
    "actor_mentions",
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("code", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("entity_idx", Integer),
    # null for a generic noun ("a man", "residents"): coded, but no actor of the store
    Column("actor_id", Integer, ForeignKey("actors.id"), index=True),
)

quotes = _per_document(
    "quotes",
    Column("kind", Text, nullable=False),
    Column("start", Integer, nullable=False),  # first content fragment
    Column("end", Integer, nullable=False),  # last content fragment
    Column("content", Text, nullable=False),  # the fragments' text joined by " … "
    Column("fragments", Text, nullable=False),  # JSON [[start, end], ...]
    Column("speaker_name", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_actor_id", Integer, ForeignKey("actors.id"), index=True),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
)

timexes = _per_document(
    "timexes",
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", Text, nullable=False),
    Column("value", Text, nullable=False),
)

places = _per_document(
    "places",
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("geonameid", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", Text, index=True),
)

figures = _per_document(
    "figures",
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("value", Float, nullable=False),
    Column("category", Text, nullable=False, index=True),
    Column("headline", Boolean, nullable=False, default=False),
)

# One row per real-world occurrence an article reports (an attack, a shooting, a protest),
# with ACLED's columns where they apply: what analysts count and sum.
incidents = _per_document(
    "incidents",
    Column("lead", Boolean, nullable=False, default=False),
    Column("kind", Text, nullable=False, index=True),
    Column("date", Text, index=True),
    Column("date_precision", Text),
    Column("location", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", Text, index=True),
    Column("admin1", Text),
    Column("geo_precision", Text),
    Column("event_type", Text, index=True),
    Column("sub_event_type", Text),
    Column("fatalities", Integer),
    Column("injured", Integer),
    Column("estimate", Boolean, nullable=False, default=False),
    Column("actor1", Text),  # perpetrators, "; "-separated
    Column("actor2", Text),  # victims
    Column("reported_by", Text),
    Column("events", Text, nullable=False),  # JSON [event idx, ...]
    Column("evidence", Text, nullable=False),  # JSON [[start, end], ...]
)


event_clusters = Table(
    "event_clusters",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False, index=True),  # plover|modality|country
    Column("plover", Text, nullable=False),
    Column("cameo", Text, nullable=False),
    Column("date_first", Text),
    Column("date_last", Text),
    Column("country", Text),
    Column("reports", Integer, nullable=False, default=0),  # articles reporting it
    Column("outlets", Integer, nullable=False, default=0),  # distinct outlets among them
    # Version 5: what a new report must agree with (see newscoder.store.clusters)
    Column("modality", Text),
    Column("sources", Text),  # JSON [actor id, ...] of its reports' sources
    Column("targets", Text),
    Column("place", Text),  # JSON {"country", "admin1", "admin2", "geonameid"}
)

events = _per_document(
    "events",
    Column("plover", Text, nullable=False, index=True),
    Column("cameo", Text, nullable=False, index=True),
    Column("date", Text, index=True),
    Column("modality", Text, nullable=False),
    Column("start", Integer, nullable=False),  # evidence
    Column("end", Integer, nullable=False),
    Column("goldstein", Float),
    Column("place_name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", Text, index=True),
    Column("cluster_id", Integer, ForeignKey("event_clusters.id"), index=True),
    # ACLED's typology, spelled as its codebook spells it; null where ACLED would not code it
    Column("event_type", Text, index=True),
    Column("sub_event_type", Text, index=True),
    Column("fatalities", Integer),
    # Version 5. ``date`` is always YYYY-MM-DD (the first day of a week, month or year) so
    # it sorts as text; how finely it is known is here: day, week, month or year.
    Column("date_precision", Text),
    Column("geo_precision", Text),  # point, city, admin2, admin1, country or region
    Column("admin1", Text),
    Column("admin2", Text),
)

# Columns added to tables after the first schema: (name, SQL type, indexed).
EVENT_COLUMNS_V3 = (("event_type", "TEXT", True), ("sub_event_type", "TEXT", True),
                    ("fatalities", "INTEGER", False))
EVENT_COLUMNS_V5 = (("date_precision", "TEXT", False), ("geo_precision", "TEXT", False),
                    ("admin1", "TEXT", False), ("admin2", "TEXT", False))
CLUSTER_COLUMNS_V5 = (("modality", "TEXT", False), ("sources", "TEXT", False),
                      ("targets", "TEXT", False), ("place", "TEXT", False))
DOCUMENT_COLUMNS_V5 = (("copy_of", "TEXT REFERENCES documents (id)", True),
                       ("coder", "TEXT", True))

event_actors = Table(
    "event_actors",
    metadata,
    Column("doc_id", Text, primary_key=True),
    Column("event_idx", Integer, primary_key=True),
    Column("role", Text, primary_key=True),  # source | target
    Column("position", Integer, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), index=True),  # null: generic noun
    Column("code", Text, nullable=False),
    Column("name", Text, nullable=False),
    ForeignKeyConstraint(
        ["doc_id", "event_idx"], ["events.doc_id", "events.idx"], ondelete="CASCADE"
    ),
)

Index("ix_mentions_entity", mentions.c.doc_id, mentions.c.entity_idx)
# Version 5: an actor's documents and events without touching the tables themselves
# (the actor pages and the actors list under load).
ACTOR_INDEXES = (
    Index("ix_entities_actor_doc", entities.c.actor_id, entities.c.doc_id, entities.c.idx),
    Index("ix_event_actors_actor_role", event_actors.c.actor_id, event_actors.c.role,
          event_actors.c.doc_id, event_actors.c.event_idx),
)

# The records of a document's analysis, in the order they are deleted (children first).
ANALYSIS_TABLES = (
    event_actors,
    events,
    figures,
    places,
    timexes,
    quotes,
    actor_mentions,
    mentions,
    entities,
    sentences,
    incidents,
)
# Every child table of a document, in the order its rows are deleted.
PER_DOCUMENT = (*ANALYSIS_TABLES, duplicates)
