"""Writing one analysed document into the store, with its cross-document links.

Called inside the batch's transaction: either a document and all its rows are visible, or
none of them. Actors are matched across documents by a key only on strong evidence
(newscoder.store.identity), and events by their type, modality, actors, place and day
(newscoder.store.clusters), so a cluster counts the articles that corroborate it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, text, update

from newscoder.model import Actor, Analysis, Document, Event
from newscoder.store import schema
from newscoder.store.clusters import assign_cluster, refresh_cluster_counts, report_of
from newscoder.store.dates import event_day
from newscoder.store.identity import (
    Identities,
    group_name,
    name_key,
    names_entity,
    person_key,
)
from newscoder.store.migrate import coder_text, copy_hash, copy_record

__all__ = ["ActorRegistry", "content_hash", "refresh_cluster_counts", "store_analysis",
           "store_copy", "write_records"]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


SPEAKER_KINDS = ("person", "organisation")
ACTOR_FIELDS = ("label", "code", "country", "sector", "kb_id")


class ActorRegistry:
    """Finds or creates the cross-document actor rows; one per batch transaction, caching
    each actor's row so a name seen in many articles costs one lookup."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rows: dict[str, dict[str, Any]] = {}

    def actor_id(self, key: str | None, name: str, **fields: Any) -> int | None:
        """The row of ``key``, created or completed; None for no key (no actor)."""
        if key is None:
            return None
        key = storable(self.conn, {"key": key})["key"]
        row = self.rows.get(key)
        if row is None:
            table = schema.actors
            found = self.conn.execute(
                select(table.c.id, *(table.c[f] for f in ACTOR_FIELDS)).where(table.c.key == key)
            ).mappings().first()
            if found is None:
                values = storable(self.conn, {"key": key, "name": name, **fields})
                new_id = self.conn.execute(insert(table).values(values)).inserted_primary_key[0]
                self.rows[key] = {"id": new_id, **{f: fields.get(f) for f in ACTOR_FIELDS}}
                return int(new_id)
            row = self.rows[key] = dict(found)
        # Fill in what an earlier article did not know (a code, a country), nothing else,
        # but a place's name beats its demonym's ("Europe" over "European").
        missing = {k: v for k, v in fields.items() if v and row.get(k) is None}
        if row.get("label") == "NORP" and fields.get("label") in ("GPE", "LOC"):
            missing.update(name=name, label=fields["label"])
        if missing:
            self.conn.execute(update(schema.actors).where(schema.actors.c.id == row["id"])
                              .values(storable(self.conn, missing)))
            row.update(missing)
        return int(row["id"])


def store_analysis(
    conn: Connection,
    analysis: Analysis,
    digest: str,
    minhash: bytes | None = None,
    near_duplicates: Iterable[tuple[str, float]] = (),
    registry: ActorRegistry | None = None,
) -> set[int]:
    """Insert the document and every record of its analysis; the event clusters it touched."""
    doc = analysis.document
    record = analysis.to_dict()
    conn.execute(
        insert(schema.documents),
        storable(conn, dict(
            id=doc.id,
            content_hash=digest,
            title=doc.title,
            published=doc.published,
            outlet=doc.outlet,
            author=doc.author,
            url=doc.url,
            source_path=doc.source_path,
            text=doc.text,
            record=json.dumps(record, ensure_ascii=False),
            minhash=minhash,
            ingested_at=now(),
            coder=coder_text(record.get("coder")),
        )),
    )
    for other, similarity in near_duplicates:
        conn.execute(
            insert(schema.duplicates).values(doc_id=doc.id, other_id=other, similarity=similarity)
        )
    if conn.dialect.name == "sqlite":
        conn.execute(
            text("INSERT INTO documents_fts (doc_id, title, body) VALUES (:id, :title, :body)"),
            {"id": doc.id, "title": doc.title or "", "body": doc.text},
        )
    return write_records(conn, analysis, registry or ActorRegistry(conn))


def write_records(conn: Connection, analysis: Analysis, registry: ActorRegistry) -> set[int]:
    """Every record of the analysis of a document whose row is stored; the event clusters
    its events joined or made."""
    identities = Identities(analysis)
    write_basic_rows(conn, analysis)
    entity_actor = write_entities(conn, analysis, registry, identities)
    actor_ids = write_actor_mentions(conn, analysis, registry, identities)
    write_quotes(conn, analysis, registry, entity_actor)
    write_incidents(conn, analysis)
    return write_events(conn, analysis, registry, identities, actor_ids)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def store_copy(conn: Connection, document: Document, original: str) -> None:
    """A text-identical copy of a stored document: a row of its own under its id, pointing
    to the analysed one, with no records (they are the original's)."""
    row = conn.execute(select(schema.documents.c.content_hash, schema.documents.c.coder)
                       .where(schema.documents.c.id == original)).one()
    conn.execute(insert(schema.documents), storable(conn, {
        "id": document.id, "content_hash": copy_hash(row.content_hash, document.id),
        "title": document.title, "published": document.published, "outlet": document.outlet,
        "author": document.author, "url": document.url, "source_path": document.source_path,
        "text": document.text, "record": copy_record(document.id, original),
        "ingested_at": now(), "copy_of": original, "coder": row.coder,
    }))


def insert_rows(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), [storable(conn, row) for row in rows])


def storable(conn: Connection, row: dict[str, Any]) -> dict[str, Any]:
    """PostgreSQL text cannot hold NUL: replace it by U+FFFD (same length, offsets hold)."""
    if conn.dialect.name != "postgresql":
        return row
    return {k: v.replace("\x00", "\ufffd") if isinstance(v, str) else v for k, v in row.items()}


def write_basic_rows(conn: Connection, analysis: Analysis) -> None:
    doc_id = analysis.document.id
    insert_rows(
        conn,
        schema.sentences,
        [{"doc_id": doc_id, "idx": i, "start": s.start, "end": s.end}
         for i, s in enumerate(analysis.sentences)],
    )
    insert_rows(
        conn,
        schema.mentions,
        [{"doc_id": doc_id, "idx": i, "start": m.start, "end": m.end, "text": m.text,
          "label": m.label, "entity_idx": m.entity_id, "is_pronoun": m.is_pronoun}
         for i, m in enumerate(analysis.mentions)],
    )
    insert_rows(
        conn,
        schema.timexes,
        [{"doc_id": doc_id, "idx": i, "start": t.start, "end": t.end, "type": t.type,
          "value": t.value} for i, t in enumerate(analysis.timexes)],
    )
    insert_rows(
        conn,
        schema.places,
        [{"doc_id": doc_id, "idx": i, "start": p.start, "end": p.end, "name": p.name,
          "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon, "country": p.country}
         for i, p in enumerate(analysis.places)],
    )
    insert_rows(
        conn,
        schema.figures,
        [{"doc_id": doc_id, "idx": i, "start": f.start, "end": f.end, "value": float(f.value),
          "category": f.category, "headline": f.headline}
         for i, f in enumerate(analysis.figures)],
    )


def write_incidents(conn: Connection, analysis: Analysis) -> None:
    rows = []
    for i, incident in enumerate(analysis.incidents):
        place, acled = incident.place, incident.acled
        rows.append({
            "doc_id": analysis.document.id, "idx": i, "lead": incident.lead,
            "kind": incident.kind, "date": incident.date,
            "date_precision": incident.date_precision,
            "location": place.name if place else None, "lat": place.lat if place else None,
            "lon": place.lon if place else None, "country": place.country if place else None,
            "admin1": place.admin1 if place else None,
            "geo_precision": place.precision if place else None,
            "event_type": acled.event_type if acled else None,
            "sub_event_type": acled.sub_event_type if acled else None,
            "fatalities": incident.fatalities, "injured": incident.injured,
            "estimate": incident.estimate,
            "actor1": "; ".join(a.name for a in incident.actors if a.role == "perpetrator"),
            "actor2": "; ".join(a.name for a in incident.actors if a.role == "victim"),
            "reported_by": "; ".join(incident.reported_by),
            "events": json.dumps(incident.events),
            "evidence": json.dumps([[s.start, s.end] for s in incident.evidence]),
        })
    insert_rows(conn, schema.incidents, rows)


def write_entities(
    conn: Connection, analysis: Analysis, registry: ActorRegistry, identities: Identities
) -> dict[int, int | None]:
    """Store the entities; those that are actors (see newscoder.store.identity) link to one."""
    doc_id = analysis.document.id
    entity_actor: dict[int, int | None] = {}
    rows = []
    for i, entity in enumerate(analysis.entities):
        key = identities.entities[i]
        actor = next((a for a in analysis.actors if a.entity_id == i
                      and names_entity(a.name, entity)), None)
        if key is not None and key.startswith("code:"):
            actor = None  # "Syrian rebels" linked to "Syrian" does not code the country
        actor_id = registry.actor_id(
            key,
            entity.name,
            label=entity.label,
            code=actor.code if actor else key[5:] if key and key.startswith("code:") else None,
            country=entity.country or (actor.country if actor else None),
            sector=actor.sector if actor else None,
            kb_id=actor.kb_id if actor and key and key.startswith("kb:") else None,
        )
        entity_actor[i] = actor_id
        rows.append({"doc_id": doc_id, "idx": i, "name": entity.name, "label": entity.label,
                     "country": entity.country, "actor_id": actor_id})
    insert_rows(conn, schema.entities, rows)
    return entity_actor


def register_actor(registry: ActorRegistry, actor: Actor, identities: Identities) -> int | None:
    key = identities.actor_key(actor)
    shown = group_name(actor.code) if key and key.startswith("code:") and actor.code else None
    return registry.actor_id(
        key,
        shown or actor.name,
        code=actor.code,
        country=actor.country,
        sector=actor.sector,
        kb_id=actor.kb_id if key and key.startswith("kb:") else None,
    )


def write_actor_mentions(
    conn: Connection, analysis: Analysis, registry: ActorRegistry, identities: Identities
) -> list[int | None]:
    doc_id = analysis.document.id
    ids = [register_actor(registry, a, identities) for a in analysis.actors]
    insert_rows(
        conn,
        schema.actor_mentions,
        [{"doc_id": doc_id, "idx": i, "start": a.start, "end": a.end, "code": a.code,
          "name": a.name, "entity_idx": a.entity_id, "actor_id": ids[i]}
         for i, a in enumerate(analysis.actors)],
    )
    return ids


def proper_name(name: str) -> bool:
    """A speaker named by a name ("Ruth Okafor"), not by a description ("a spokesman")."""
    words = name.split()
    return bool(words) and all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3)


def write_quotes(
    conn: Connection, analysis: Analysis, registry: ActorRegistry,
    entity_actor: dict[int, int | None]
) -> None:
    doc = analysis.document
    rows = []
    for i, quote in enumerate(analysis.quotes):
        if not quote.content:
            continue
        speaker = quote.speaker
        speaker_id = None
        if speaker is not None and speaker.entity_id is not None:
            speaker_id = entity_actor.get(speaker.entity_id)
        elif speaker is not None and speaker.kind in SPEAKER_KINDS and proper_name(speaker.name):
            key = person_key(speaker.name, doc.id) if speaker.kind == "person" \
                else name_key(speaker.name)
            speaker_id = registry.actor_id(key, speaker.name)
        content = " … ".join(s.slice(doc.text) for s in quote.content)
        rows.append({
            "doc_id": doc.id, "idx": i, "kind": quote.kind,
            "start": quote.content[0].start, "end": quote.content[-1].end,
            "content": content,
            "fragments": json.dumps([[s.start, s.end] for s in quote.content]),
            "speaker_name": speaker.name if speaker else None,
            "speaker_start": speaker.start if speaker else None,
            "speaker_end": speaker.end if speaker else None,
            "speaker_actor_id": speaker_id,
            "cue_start": quote.cue.start if quote.cue else None,
            "cue_end": quote.cue.end if quote.cue else None,
        })
    insert_rows(conn, schema.quotes, rows)
    if conn.dialect.name == "sqlite":
        for row in rows:
            conn.execute(
                text("INSERT INTO quotes_fts (doc_id, idx, speaker, content) "
                     "VALUES (:doc_id, :idx, :speaker, :content)"),
                {"doc_id": row["doc_id"], "idx": row["idx"],
                 "speaker": row["speaker_name"] or "", "content": row["content"]},
            )


def write_events(
    conn: Connection,
    analysis: Analysis,
    registry: ActorRegistry,
    identities: Identities,
    actor_ids: list[int | None],
) -> set[int]:
    doc = analysis.document
    touched: set[int] = set()
    by_span = {(a.start, a.end, a.code): actor_ids[i] for i, a in enumerate(analysis.actors)}
    for i, event in enumerate(analysis.events):
        roles = {role: [party_id(registry, identities, by_span, a) for a in actors]
                 for role, actors in (("source", event.source), ("target", event.target))}
        day, precision = event_day(event.date, event.date_precision)
        cluster_id = assign_cluster(conn, event, report_of(event, day, precision, roles))
        touched.add(cluster_id)
        conn.execute(insert(schema.events), storable(conn, event_row(doc.id, i, event) | {
            "date": day, "date_precision": precision, "cluster_id": cluster_id}))
        insert_rows(conn, schema.event_actors, [
            {"doc_id": doc.id, "event_idx": i, "role": role, "position": p,
             "actor_id": actor_id, "code": actor.code, "name": actor.name}
            for role, actors in (("source", event.source), ("target", event.target))
            for p, (actor, actor_id) in enumerate(zip(actors, roles[role], strict=True))
        ])
    return touched


def party_id(registry: ActorRegistry, identities: Identities,
             by_span: dict[tuple[int, int, str], int | None], actor: Actor) -> int | None:
    """An event party's actor: its mention's when it is one, else registered anew."""
    span = (actor.start, actor.end, actor.code)
    if span in by_span:
        return by_span[span]
    return register_actor(registry, actor, identities)


def event_row(doc_id: str, idx: int, event: Event) -> dict[str, Any]:
    place = event.place
    return dict(
        doc_id=doc_id, idx=idx, plover=event.plover, cameo=event.cameo,
        modality=event.modality, start=event.evidence.start, end=event.evidence.end,
        goldstein=event.goldstein, place_name=place.name if place else None,
        lat=place.lat if place else None, lon=place.lon if place else None,
        country=place.country if place else None,
        geo_precision=place.precision if place else None,
        admin1=place.admin1 if place else None, admin2=place.admin2 if place else None,
        event_type=event.acled.event_type if event.acled else None,
        sub_event_type=event.acled.sub_event_type if event.acled else None,
        fatalities=event.fatalities,
    )
