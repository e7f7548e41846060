"""Writing one analysed document into the store, with its cross-document links.

Called inside the batch's transaction: either a document and all its rows are visible, or
none of them. Actors are matched across documents by a key (the knowledge-base id when the
actor coder found one, else the normalised name of the entity or actor), and events by
their type, actors and place within a day of each other, so a cluster counts the articles
that corroborate it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, func, insert, select, text, update

from newscoder.model import Actor, Analysis, Document, Event
from newscoder.store import schema

LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
SPACES = re.compile(r"\s+")
CLUSTER_DAYS = 1  # events at most this many days apart may be one event


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def name_key(name: str) -> str:
    """``name:john kerry`` for "John  Kerry" and "the John Kerry"."""
    cleaned = LEADING_ARTICLE.sub("", SPACES.sub(" ", name.strip().replace("’", "'")))
    return "name:" + cleaned.casefold()


ACTOR_FIELDS = ("label", "code", "country", "sector", "kb_id")


class ActorRegistry:
    """Finds or creates the cross-document actor rows; one per batch transaction, caching
    each actor's row so a name seen in many articles costs one lookup."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rows: dict[str, dict[str, Any]] = {}

    def actor_id(self, key: str, name: str, **fields: Any) -> int:
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


COUNTRY_LABELS = frozenset({"GPE", "NORP", "LOC"})  # LOC: "Europe" (EUR) is coded like one


def entity_keys(analysis: Analysis) -> dict[int, str]:
    """Entity index -> actor key. A country (or its demonym) is its CAMEO country code, so
    "US", "America" and "the United States" in any article are one actor; a person or
    organisation is the knowledge-base id its actor was coded with, else its name."""
    keys = {}
    for i, entity in enumerate(analysis.entities):
        if entity.country and entity.label in COUNTRY_LABELS:
            keys[i] = f"code:{entity.country}"
        else:
            keys[i] = name_key(entity.name)
    for actor in analysis.actors:
        eid = actor.entity_id
        if eid not in keys or keys[eid].startswith("code:"):
            continue
        if identity(actor.kb_id):
            keys[eid] = f"kb:{actor.kb_id}"
        elif len(actor.code) == 3 and analysis.entities[eid].label in COUNTRY_LABELS:
            keys[eid] = f"code:{actor.code}"  # a place the coder reads as a bloc: "Europe"
    return keys


@lru_cache(maxsize=1)
def kb_kinds() -> dict[str, frozenset[str]]:
    """Knowledge-base id -> kinds of its entries (person, named, group, igo, country).

    Loaded once; ingest has loaded the knowledge base for the actor coder anyway. Without
    one (not built), no id counts as an identity and names are used instead."""
    try:
        from newscoder.actors.kb import load

        kinds: dict[str, set[str]] = {}
        for entry in load().entries:
            kinds.setdefault(entry.kb_id, set()).add(entry.kind)
    except Exception:  # noqa: BLE001 - the store works without a knowledge base
        return {}
    return {k: frozenset(v) for k, v in kinds.items()}


def identity(kb_id: str | None) -> bool:
    """A knowledge-base id that names one actor (a person, organisation, group), not the
    country the coder read in a phrase ("US regulators" carries the USA's id)."""
    kinds = kb_kinds().get(kb_id or "")
    return bool(kinds) and "country" not in kinds


GROUP_PREFIXES = ("IGO", "NGO", "MNC", "NGM")  # a specific organisation when followed by more


def actor_key(actor: Actor, keys: dict[int, str]) -> str:
    """A named person or organisation is its entity or knowledge-base entry; a group ("US
    officials", "Syrian rebels") is its CAMEO code, as event datasets aggregate them; a
    group without a country ("investors") is only its name."""
    linked = keys.get(actor.entity_id) if actor.entity_id is not None else None
    if linked is not None and not linked.startswith("code:"):
        return linked
    code = actor.code or ""
    if identity(actor.kb_id):
        return f"kb:{actor.kb_id}"
    if group_name(code) is not None or (len(code) > 3 and code.startswith(GROUP_PREFIXES)):
        return f"code:{code}"
    return name_key(actor.name)


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
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
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
    registry = registry or ActorRegistry(conn)
    keys = entity_keys(analysis)
    write_basic_rows(conn, analysis)
    entity_actor = write_entities(conn, analysis, registry, keys)
    actor_ids = write_actor_mentions(conn, analysis, registry, keys)
    write_quotes(conn, analysis, registry, entity_actor)
    write_incidents(conn, analysis)
    return write_events(conn, analysis, registry, keys, actor_ids)


def store_copy(conn: Connection, document: Document, original: str) -> None:
    """Record a verbatim copy of a stored document under its own id."""
    conn.execute(insert(schema.document_copies), storable(conn, {
        "id": document.id, "doc_id": original, "title": document.title,
        "published": document.published, "outlet": document.outlet, "url": document.url,
        "source_path": document.source_path,
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
    conn: Connection, analysis: Analysis, registry: ActorRegistry, keys: dict[int, str]
) -> dict[int, int]:
    """Store the entities; named people, organisations and countries become actors."""
    doc_id = analysis.document.id
    coded = {a.entity_id: a for a in analysis.actors if a.entity_id is not None}
    entity_actor: dict[int, int] = {}
    rows = []
    for i, entity in enumerate(analysis.entities):
        actor = coded.get(i)
        if keys[i].startswith("code:"):
            actor = None  # "Syrian rebels" linked to "Syrian" does not code the country
        actor_id = registry.actor_id(
            keys[i],
            entity.name,
            label=entity.label,
            code=actor.code if actor else keys[i][5:] if keys[i].startswith("code:") else None,
            country=entity.country or (actor.country if actor else None),
            sector=actor.sector if actor else None,
            kb_id=actor.kb_id if actor else None,
        )
        entity_actor[i] = actor_id
        rows.append({"doc_id": doc_id, "idx": i, "name": entity.name, "label": entity.label,
                     "country": entity.country, "actor_id": actor_id})
    insert_rows(conn, schema.entities, rows)
    return entity_actor


@lru_cache(maxsize=1024)
def group_name(code: str) -> str | None:
    """A readable name for a coded group: "United States GOV" for USAGOV (the names it is
    mentioned by differ from article to article; the actor page lists them)."""
    import pycountry

    country = pycountry.countries.get(alpha_3=code[:3])
    if country is None:
        return None
    name = getattr(country, "common_name", None) or country.name
    return f"{name} {code[3:]}".strip()


def register_actor(registry: ActorRegistry, actor: Actor, keys: dict[int, str]) -> int:
    key = actor_key(actor, keys)
    shown = group_name(actor.code) if key.startswith("code:") and actor.code else None
    return registry.actor_id(
        key,
        shown or actor.name,
        code=actor.code,
        country=actor.country,
        sector=actor.sector,
        kb_id=actor.kb_id,
    )


def write_actor_mentions(
    conn: Connection, analysis: Analysis, registry: ActorRegistry, keys: dict[int, str]
) -> list[int]:
    doc_id = analysis.document.id
    ids = [register_actor(registry, a, keys) for a in analysis.actors]
    insert_rows(
        conn,
        schema.actor_mentions,
        [{"doc_id": doc_id, "idx": i, "start": a.start, "end": a.end, "code": a.code,
          "name": a.name, "entity_idx": a.entity_id, "actor_id": ids[i]}
         for i, a in enumerate(analysis.actors)],
    )
    return ids


def write_quotes(
    conn: Connection, analysis: Analysis, registry: ActorRegistry, entity_actor: dict[int, int]
) -> None:
    doc = analysis.document
    rows = []
    for i, quote in enumerate(analysis.quotes):
        if not quote.content:
            continue
        speaker = quote.speaker
        speaker_id = None
        if speaker is not None:
            speaker_id = entity_actor.get(speaker.entity_id) if speaker.entity_id is not None \
                else None
            if speaker_id is None and speaker.kind in ("person", "organisation"):
                speaker_id = registry.actor_id(name_key(speaker.name), speaker.name)
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
    keys: dict[int, str],
    actor_ids: list[int],
) -> set[int]:
    doc = analysis.document
    touched: set[int] = set()
    by_span = {(a.start, a.end, a.code): actor_ids[i] for i, a in enumerate(analysis.actors)}
    for i, event in enumerate(analysis.events):
        roles = {
            role: [by_span.get((a.start, a.end, a.code)) or register_actor(registry, a, keys)
                   for a in actors]
            for role, actors in (("source", event.source), ("target", event.target))
        }
        place = event.place
        country = place.country if place else None
        cluster_id = assign_cluster(conn, event, roles)
        touched.add(cluster_id)
        conn.execute(insert(schema.events), storable(conn, dict(
            doc_id=doc.id, idx=i, plover=event.plover, cameo=event.cameo,
            date=(event.date or "")[:10] or None, modality=event.modality,
            start=event.evidence.start, end=event.evidence.end, goldstein=event.goldstein,
            place_name=place.name if place else None, lat=place.lat if place else None,
            lon=place.lon if place else None, country=country, cluster_id=cluster_id,
            event_type=event.acled.event_type if event.acled else None,
            sub_event_type=event.acled.sub_event_type if event.acled else None,
            fatalities=event.fatalities,
        )))
        insert_rows(conn, schema.event_actors, [
            {"doc_id": doc.id, "event_idx": i, "role": role, "position": p,
             "actor_id": actor_id, "code": actor.code, "name": actor.name}
            for role, actors in (("source", event.source), ("target", event.target))
            for p, (actor, actor_id) in enumerate(zip(actors, roles[role], strict=True))
        ])
    return touched


def parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def cluster_key(event: Event, roles: dict[str, list[int]]) -> str:
    place = event.place
    where = ""
    if place is not None:
        where = str(place.geonameid) if place.geonameid else (place.country or "")
    sources = ",".join(str(i) for i in sorted(set(roles["source"])))
    targets = ",".join(str(i) for i in sorted(set(roles["target"])))
    return f"{event.cameo}|{sources}|{targets}|{where}"


def assign_cluster(conn: Connection, event: Event, roles: dict[str, list[int]]) -> int:
    """The cluster of the same event reported elsewhere (within a day), or a new one."""
    table = schema.event_clusters
    key = cluster_key(event, roles)
    day = parse_day(event.date)
    chosen = None
    for row in conn.execute(select(table).where(table.c.key == key)).mappings():
        first, last = parse_day(row["date_first"]), parse_day(row["date_last"])
        if day is None and first is None:
            chosen = row
            break
        if day is not None and first is not None and last is not None and (
            (first - day).days <= CLUSTER_DAYS and (day - last).days <= CLUSTER_DAYS
        ):
            chosen = row
            break
    country = event.place.country if event.place else None
    iso = day.isoformat() if day else None
    if chosen is None:
        return conn.execute(insert(table).values(
            key=key, plover=event.plover, cameo=event.cameo, date_first=iso, date_last=iso,
            country=country, reports=0, outlets=0,
        )).inserted_primary_key[0]
    values: dict[str, Any] = {}
    if iso:
        values["date_first"] = min(iso, chosen["date_first"] or iso)
        values["date_last"] = max(iso, chosen["date_last"] or iso)
    if values:
        conn.execute(update(table).where(table.c.id == chosen["id"]).values(values))
    return int(chosen["id"])


def refresh_cluster_counts(conn: Connection, cluster_ids: Iterable[int] | None = None) -> None:
    """Recount the distinct articles and outlets of clusters (after a batch is written)."""
    events, docs, clusters = schema.events, schema.documents, schema.event_clusters
    reports = (
        select(func.count(func.distinct(events.c.doc_id)))
        .where(events.c.cluster_id == clusters.c.id)
        .scalar_subquery()
    )
    outlets = (
        select(func.count(func.distinct(func.coalesce(docs.c.outlet, docs.c.id))))
        .select_from(events.join(docs, docs.c.id == events.c.doc_id))
        .where(events.c.cluster_id == clusters.c.id)
        .scalar_subquery()
    )
    statement = update(clusters).values(reports=reports, outlets=outlets)
    if cluster_ids is not None:
        ids = list(cluster_ids)
        if not ids:
            return
        statement = statement.where(clusters.c.id.in_(ids))
    conn.execute(statement)
