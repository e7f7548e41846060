"""Reading the store: the queries behind the web pages, the API and the exports.

Every query is built with SQLAlchemy (bound parameters only). Search text is reduced to its
words before it reaches FTS5 or ``plainto_tsquery``, so quotes, ``%``, ``--`` or FTS
operators in a query are just characters that match nothing, never syntax.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, literal, or_, select, text

from newscoder.store import schema
from newscoder.store.db import Store

WORD = re.compile(r"\w+")
MAX_TERMS = 16
Row = dict[str, Any]


def counts(conn: Connection) -> dict[str, int]:
    tables = {
        "documents": schema.documents,
        "actors": schema.actors,
        "quotes": schema.quotes,
        "events": schema.events,
        "event_clusters": schema.event_clusters,
        "places": schema.places,
    }
    return {name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for name, t in tables.items()}


def schema_version(conn: Connection) -> int:
    value = conn.execute(
        select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
    ).scalar_one()
    return int(value)


def document(conn: Connection, doc_id: str) -> Row | None:
    """A stored document: its metadata, ``text``, ``record`` (JSON text), ``copy_of`` (the
    analysed document when this one is a text-identical copy, else None) and ``coder``: the
    coder that analysed it, ``{"version": ..., "data": ...}`` (None before schema 5)."""
    table = schema.documents
    row = conn.execute(
        select(table.c.id, table.c.title, table.c.published, table.c.outlet, table.c.author,
               table.c.url, table.c.text, table.c.record, table.c.copy_of, table.c.coder)
        .where(table.c.id == doc_id)
    ).mappings().first()
    if row is None:
        return None
    found = dict(row)
    found["coder"] = json.loads(found["coder"]) if found["coder"] else None
    return found


def document_coder(conn: Connection, doc_id: str) -> dict[str, Any] | None:
    """The coder that analysed a document (for a copy, its original's)."""
    raw = conn.execute(select(schema.documents.c.coder)
                       .where(schema.documents.c.id == doc_id)).scalar_one_or_none()
    return json.loads(raw) if raw else None


def analysed_id(conn: Connection, doc_id: str) -> str:
    """The id whose records hold a document's analysis: its own, or its original's."""
    original = conn.execute(select(schema.documents.c.copy_of)
                            .where(schema.documents.c.id == doc_id)).scalar_one_or_none()
    return original or doc_id


def record(conn: Connection, doc_id: str) -> dict[str, Any] | None:
    """The contract record; a copy's is its original's under the copy's own id."""
    table = schema.documents
    found = conn.execute(select(table.c.record, table.c.copy_of)
                         .where(table.c.id == doc_id)).first()
    if found is None:
        return None
    if found.copy_of is None:
        return json.loads(found.record)
    original = record(conn, found.copy_of) or {}
    return {**original, "id": doc_id, "copy_of": found.copy_of}


def rows(conn: Connection, statement: Any) -> list[Row]:
    return [dict(r) for r in conn.execute(statement).mappings()]


def document_parts(conn: Connection, doc_id: str) -> dict[str, list[Row]]:
    """Every annotation of a document, for highlighting its text (a copy's are its
    original's: the text is the same, so are the offsets)."""
    doc_id = analysed_id(conn, doc_id)
    ent, men = schema.entities, schema.mentions
    parts = {
        "mentions": rows(conn, select(men, ent.c.name.label("entity_name"), ent.c.actor_id)
                         .select_from(men.outerjoin(ent, and_(ent.c.doc_id == men.c.doc_id,
                                                              ent.c.idx == men.c.entity_idx)))
                         .where(men.c.doc_id == doc_id).order_by(men.c.start)),
        "entities": rows(conn, select(ent).where(ent.c.doc_id == doc_id).order_by(ent.c.idx)),
        "actors": rows(conn, select(schema.actor_mentions)
                       .where(schema.actor_mentions.c.doc_id == doc_id)),
    }
    for name, table in (("quotes", schema.quotes), ("timexes", schema.timexes),
                        ("places", schema.places), ("figures", schema.figures)):
        parts[name] = rows(conn, select(table).where(table.c.doc_id == doc_id)
                           .order_by(table.c.idx))
    parts["events"] = events(conn, doc_id=doc_id, limit=1000)
    for quote in parts["quotes"]:
        quote["fragments"] = json.loads(quote["fragments"])
    return parts


def near_duplicates(conn: Connection, doc_id: str) -> list[Row]:
    dup, docs = schema.duplicates, schema.documents
    other = or_(and_(dup.c.doc_id == doc_id, docs.c.id == dup.c.other_id),
                and_(dup.c.other_id == doc_id, docs.c.id == dup.c.doc_id))
    return rows(conn, select(docs.c.id, docs.c.title, dup.c.similarity)
                .select_from(dup.join(docs, other)))


def copies(conn: Connection, doc_id: str) -> list[Row]:
    """Verbatim copies of the document stored under other ids (wire stories reprinted):
    ``id``, ``doc_id`` (the analysed document), ``title``, ``published``, ``outlet``, ``url``,
    ``source_path``."""
    d = schema.documents
    return rows(conn, select(d.c.id, d.c.copy_of.label("doc_id"), d.c.title, d.c.published,
                             d.c.outlet, d.c.url, d.c.source_path)
                .where(d.c.copy_of == doc_id).order_by(d.c.id))


def list_documents(conn: Connection, limit: int = 50, offset: int = 0) -> list[Row]:
    docs = schema.documents
    return rows(conn, select(docs.c.id, docs.c.title, docs.c.published, docs.c.outlet)
                .order_by(docs.c.published.desc(), docs.c.id).limit(limit).offset(offset))


def terms(query: str) -> list[str]:
    return WORD.findall(query)[:MAX_TERMS]


@dataclass
class SearchResult:
    documents: list[Row]
    quotes: list[Row]
    actors: list[Row]


def search(conn: Connection, query: str, limit: int = 20) -> SearchResult:
    words = terms(query)
    if not words:
        return SearchResult([], [], [])
    if conn.dialect.name == "sqlite":
        fts = " ".join(f'"{w}"' for w in words)  # words only: no FTS5 syntax survives
        doc_ids = [r[0] for r in conn.execute(
            text("SELECT doc_id FROM documents_fts WHERE documents_fts MATCH :q "
                 "ORDER BY bm25(documents_fts) LIMIT :n"), {"q": fts, "n": limit})]
        quote_keys = [(r[0], r[1]) for r in conn.execute(
            text("SELECT doc_id, idx FROM quotes_fts WHERE quotes_fts MATCH :q "
                 "ORDER BY bm25(quotes_fts) LIMIT :n"), {"q": fts, "n": limit})]
    else:
        plain = " ".join(words)
        doc_ids = [r[0] for r in conn.execute(text(
            "SELECT id FROM documents WHERE to_tsvector('english', coalesce(title, '') || ' ' "
            "|| text) @@ plainto_tsquery('english', :q) ORDER BY ts_rank(to_tsvector('english',"
            " coalesce(title, '') || ' ' || text), plainto_tsquery('english', :q)) DESC "
            "LIMIT :n"), {"q": plain, "n": limit})]
        quote_keys = [(r[0], r[1]) for r in conn.execute(text(
            "SELECT doc_id, idx FROM quotes WHERE to_tsvector('english', "
            "coalesce(speaker_name, '') || ' ' || content) @@ plainto_tsquery('english', :q) "
            "LIMIT :n"), {"q": plain, "n": limit})]
    return SearchResult(
        documents=search_documents(conn, doc_ids, words),
        quotes=search_quotes(conn, quote_keys),
        actors=find_actors(conn, " ".join(words), limit),
    )


def search_documents(conn: Connection, doc_ids: list[str], words: list[str]) -> list[Row]:
    if not doc_ids:
        return []
    docs = schema.documents
    found = {r["id"]: r for r in rows(conn, select(docs.c.id, docs.c.title, docs.c.published,
                                                   docs.c.text).where(docs.c.id.in_(doc_ids)))}
    copied: dict[str, list[Row]] = {}
    for copy in rows(conn, select(docs.c.id, docs.c.title, docs.c.published, docs.c.copy_of)
                     .where(docs.c.copy_of.in_(doc_ids)).order_by(docs.c.id)):
        copied.setdefault(copy.pop("copy_of"), []).append(copy)
    results = []
    for doc_id in doc_ids:
        row = found[doc_id]
        row["snippet"] = snippet(row.pop("text"), words)
        results.append(row)
        # A text-identical copy is found with its original (one text, one index entry).
        results += [dict(copy, snippet=row["snippet"], copy_of=doc_id)
                    for copy in copied.get(doc_id, [])]
    return results


def snippet(body: str, words: list[str], width: int = 220) -> dict[str, Any]:
    """Text around the first matching word, with the match's offsets inside the snippet."""
    lowered = body.casefold()
    best = None
    for word in words:
        match = re.search(rf"\b{re.escape(word.casefold())}", lowered)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return {"text": body[:width], "mark": None}
    start = max(0, best.start() - width // 2)
    piece = body[start : start + width]
    return {"text": piece, "mark": [best.start() - start, best.end() - start],
            "cut_before": start > 0}


def search_quotes(conn: Connection, keys: list[tuple[str, int]]) -> list[Row]:
    if not keys:
        return []
    q, docs = schema.quotes, schema.documents
    wanted = or_(*(and_(q.c.doc_id == d, q.c.idx == i) for d, i in keys))
    return rows(conn, select(q.c.doc_id, q.c.idx, q.c.content, q.c.speaker_name,
                             q.c.speaker_actor_id, docs.c.title)
                .select_from(q.join(docs, docs.c.id == q.c.doc_id)).where(wanted))


def like_pattern(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def find_actors(conn: Connection, name: str, limit: int = 20) -> list[Row]:
    a = schema.actors
    return rows(conn, select(a.c.id, a.c.name, a.c.code, a.c.country, a.c.label)
                .where(func.lower(a.c.name).like(like_pattern(name.lower()), escape="\\"))
                .order_by(func.length(a.c.name)).limit(limit))


def actor(conn: Connection, actor_id: int) -> Row | None:
    row = conn.execute(select(schema.actors).where(schema.actors.c.id == actor_id)).mappings()
    found = row.first()
    return dict(found) if found else None


def actor_dossier(conn: Connection, actor_id: int) -> Row | None:
    """The actor, its events as source and as target, quotes by it and about it."""
    found = actor(conn, actor_id)
    if found is None:
        return None
    q, docs = schema.quotes, schema.documents
    ent, men = schema.entities, schema.mentions
    found["as_source"] = events(conn, actor_id=actor_id, role="source", limit=200)
    found["as_target"] = events(conn, actor_id=actor_id, role="target", limit=200)
    found["quotes_by"] = rows(conn, select(q.c.doc_id, q.c.idx, q.c.content, q.c.kind,
                                           docs.c.title, docs.c.published)
                              .select_from(q.join(docs, docs.c.id == q.c.doc_id))
                              .where(q.c.speaker_actor_id == actor_id).limit(200))
    about = (select(q.c.doc_id, q.c.idx, q.c.content, q.c.speaker_name, q.c.speaker_actor_id,
                    docs.c.title).distinct()
             .select_from(q.join(docs, docs.c.id == q.c.doc_id)
                          .join(men, and_(men.c.doc_id == q.c.doc_id, men.c.start >= q.c.start,
                                          men.c.end <= q.c.end))
                          .join(ent, and_(ent.c.doc_id == men.c.doc_id,
                                          ent.c.idx == men.c.entity_idx)))
             .where(ent.c.actor_id == actor_id)
             .where(or_(q.c.speaker_actor_id.is_(None), q.c.speaker_actor_id != actor_id))
             .limit(200))
    found["quotes_about"] = rows(conn, about)
    am = schema.actor_mentions
    n = func.count().label("n")
    found["names"] = rows(conn, select(am.c.name, n).where(am.c.actor_id == actor_id)
                          .group_by(am.c.name).order_by(n.desc(), am.c.name).limit(12))
    found["documents"] = rows(conn, select(docs.c.id, docs.c.title, docs.c.published).distinct()
                              .select_from(ent.join(docs, docs.c.id == ent.c.doc_id))
                              .where(ent.c.actor_id == actor_id)
                              .order_by(docs.c.published.desc()).limit(200))
    return found


def list_actors(conn: Connection, limit: int = 100) -> list[Row]:
    """The actors named in the most documents. Counted over the entities' index alone (an
    actor id with its document ids), then joined to the few actors kept."""
    a, ent = schema.actors, schema.entities
    docs = func.count(func.distinct(ent.c.doc_id)).label("documents")
    top = (select(ent.c.actor_id, docs).where(ent.c.actor_id.is_not(None))
           .group_by(ent.c.actor_id).order_by(docs.desc()).limit(limit).subquery("top"))
    return rows(conn, select(a.c.id, a.c.name, a.c.code, a.c.country, a.c.label,
                             top.c.documents)
                .select_from(top.join(a, a.c.id == top.c.actor_id))
                .order_by(top.c.documents.desc(), a.c.name))


@dataclass
class EventFilter:
    actor: str | None = None  # an actor id, or a name / CAMEO code fragment
    type: str | None = None  # PLOVER type or CAMEO code prefix
    country: str | None = None  # ISO alpha-3
    date_from: str | None = None
    date_to: str | None = None
    cluster: int | None = None  # the reports of one event cluster
    acled: str | None = None  # an ACLED event type or sub-event type ("Battles", "Grenade")


def events(
    conn: Connection,
    filters: EventFilter | None = None,
    doc_id: str | None = None,
    actor_id: int | None = None,
    role: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[Row]:
    """Events with their actors, document and corroboration count, newest first."""
    ev, docs, clusters, ea = (schema.events, schema.documents, schema.event_clusters,
                              schema.event_actors)
    statement = (
        select(ev, docs.c.title, docs.c.outlet, docs.c.url, clusters.c.reports, clusters.c.outlets)
        .select_from(ev.join(docs, docs.c.id == ev.c.doc_id)
                     .outerjoin(clusters, clusters.c.id == ev.c.cluster_id))
    )
    if doc_id is not None:
        statement = statement.where(ev.c.doc_id == doc_id).order_by(ev.c.idx)
    else:
        statement = statement.order_by(ev.c.date.desc(), ev.c.doc_id, ev.c.idx)
    if actor_id is not None:
        # The actor's events first (an index gives them), then their rows: a scan of every
        # event with a test per row is what made actor pages slow on large stores.
        involved = select(ea.c.doc_id, ea.c.event_idx).where(ea.c.actor_id == actor_id)
        if role:
            involved = involved.where(ea.c.role == role)
        mine = involved.distinct().subquery("mine")
        statement = statement.join(mine, and_(mine.c.doc_id == ev.c.doc_id,
                                              mine.c.event_idx == ev.c.idx))
    statement = apply_filters(statement, filters)
    found = rows(conn, statement.limit(limit).offset(offset))
    attach_actors(conn, found)
    return found


def apply_filters(statement: Any, filters: EventFilter | None) -> Any:
    if filters is None:
        return statement
    ev, ea, actors = schema.events, schema.event_actors, schema.actors
    if filters.cluster is not None:
        statement = statement.where(ev.c.cluster_id == filters.cluster)
    if filters.type:
        wanted = filters.type.strip()
        statement = statement.where(or_(ev.c.plover == wanted.upper(),
                                        ev.c.cameo.like(f"{wanted}%"),
                                        func.lower(ev.c.event_type) == wanted.lower(),
                                        func.lower(ev.c.sub_event_type) == wanted.lower()))
    if filters.country:
        statement = statement.where(ev.c.country == filters.country.upper())
    if filters.acled:
        wanted = filters.acled.strip().lower()
        statement = statement.where(or_(func.lower(ev.c.event_type) == wanted,
                                        func.lower(ev.c.sub_event_type) == wanted))
    if filters.date_from:
        statement = statement.where(ev.c.date >= filters.date_from)
    if filters.date_to:
        # "~" sorts after any digit: --to 2019-12 keeps 2019-12-31
        statement = statement.where(ev.c.date <= filters.date_to + "~")
    if filters.actor:
        who = filters.actor.strip()
        match = or_(actors.c.name.like(like_pattern(who), escape="\\"), actors.c.code == who)
        if who.isdigit():
            match = or_(match, actors.c.id == int(who))
        involved = (select(literal(1)).select_from(ea.join(actors, actors.c.id == ea.c.actor_id))
                    .where(ea.c.doc_id == ev.c.doc_id, ea.c.event_idx == ev.c.idx, match))
        statement = statement.where(involved.exists())
    return statement


def attach_actors(conn: Connection, found: list[Row]) -> None:
    if not found:
        return
    ea = schema.event_actors
    keys = {(r["doc_id"], r["idx"]) for r in found}
    doc_ids = {d for d, _ in keys}
    by_event: dict[tuple[str, int], dict[str, list[Row]]] = {}
    for row in rows(conn, select(ea).where(ea.c.doc_id.in_(doc_ids))
                    .order_by(ea.c.role, ea.c.position)):
        key = (row["doc_id"], row["event_idx"])
        if key in keys:
            by_event.setdefault(key, {"source": [], "target": []})[row["role"]].append(row)
    for r in found:
        roles = by_event.get((r["doc_id"], r["idx"]), {"source": [], "target": []})
        r["source"], r["target"] = roles["source"], roles["target"]


def timeline(conn: Connection, filters: EventFilter | None = None) -> list[Row]:
    """Events per day and PLOVER type."""
    ev = schema.events
    statement = (select(ev.c.date, ev.c.plover, func.count().label("n"))
                 .where(ev.c.date.is_not(None)).group_by(ev.c.date, ev.c.plover)
                 .order_by(ev.c.date))
    return rows(conn, apply_filters(statement, filters))


def network(conn: Connection, limit: int = 150,
            filters: EventFilter | None = None) -> tuple[list[Row], list[Row]]:
    """Actor pairs linked by events (source -> target) and the actors they join; with
    ``filters``, only through the events that pass them."""
    ea, ev = schema.event_actors, schema.events
    src, tgt = ea.alias("src"), ea.alias("tgt")
    n = func.count().label("n")
    statement = (select(src.c.actor_id.label("source"), tgt.c.actor_id.label("target"), n)
                 .select_from(src.join(tgt, and_(src.c.doc_id == tgt.c.doc_id,
                                                 src.c.event_idx == tgt.c.event_idx)))
                 .where(src.c.role == "source", tgt.c.role == "target",
                        src.c.actor_id != tgt.c.actor_id)
                 .group_by(src.c.actor_id, tgt.c.actor_id).order_by(n.desc()).limit(limit))
    if filters is not None:
        statement = apply_filters(statement.join(ev, and_(ev.c.doc_id == src.c.doc_id,
                                                          ev.c.idx == src.c.event_idx)), filters)
    edges = rows(conn, statement)
    ids = {e["source"] for e in edges} | {e["target"] for e in edges}
    degree: Counter[int] = Counter()
    for e in edges:
        degree[e["source"]] += e["n"]
        degree[e["target"]] += e["n"]
    a = schema.actors
    nodes = rows(conn, select(a.c.id, a.c.name, a.c.code, a.c.country).where(a.c.id.in_(ids)))
    for node in nodes:
        node["degree"] = degree[node["id"]]
    return nodes, edges


def map_points(conn: Connection, filters: EventFilter | None = None,
               limit: int = 5000) -> list[Row]:
    """Located events (their place's coordinates)."""
    ev, docs = schema.events, schema.documents
    statement = (select(ev.c.doc_id, ev.c.idx, ev.c.plover, ev.c.cameo, ev.c.date,
                        ev.c.place_name, ev.c.lat, ev.c.lon, ev.c.country, docs.c.title)
                 .select_from(ev.join(docs, docs.c.id == ev.c.doc_id))
                 .where(ev.c.lat.is_not(None), ev.c.lon.is_not(None)).limit(limit))
    return rows(conn, apply_filters(statement, filters))


def incident_points(conn: Connection, country: str | None = None,
                    limit: int = 5000) -> list[Row]:
    """Located incidents: one point per real-world occurrence, however often it was told."""
    inc, docs = schema.incidents, schema.documents
    statement = (select(inc.c.doc_id, inc.c.idx, inc.c.kind, inc.c.event_type,
                        inc.c.sub_event_type, inc.c.date, inc.c.location, inc.c.lat, inc.c.lon,
                        inc.c.country, inc.c.geo_precision, inc.c.fatalities, docs.c.title)
                 .select_from(inc.join(docs, docs.c.id == inc.c.doc_id))
                 .where(inc.c.lat.is_not(None), inc.c.lon.is_not(None)).limit(limit))
    if country:
        statement = statement.where(inc.c.country == country.upper())
    return rows(conn, statement)


def incidents(conn: Connection, country: str | None = None, kind: str | None = None,
              date_from: str | None = None, date_to: str | None = None,
              limit: int = 100, offset: int = 0) -> list[Row]:
    """Stored incidents, newest first, filtered by country, type (ACLED event or sub-event
    type, or the incident's kind) and date range (ISO dates compare as text)."""
    inc = schema.incidents
    statement = select(inc).order_by(inc.c.date.desc(), inc.c.doc_id, inc.c.idx)
    if country:
        statement = statement.where(inc.c.country == country.upper())
    if kind:
        statement = statement.where(or_(inc.c.event_type == kind, inc.c.sub_event_type == kind,
                                        inc.c.kind == kind))
    if date_from:
        statement = statement.where(inc.c.date >= date_from)
    if date_to:
        statement = statement.where(inc.c.date <= date_to + "~")  # "~" sorts after any suffix
    found = rows(conn, statement.limit(limit).offset(offset))
    for row in found:
        row["events"] = json.loads(row["events"])
        row["evidence"] = json.loads(row["evidence"])
    return found


def incident_timeline(conn: Connection) -> list[Row]:
    """Incidents per date and type (ACLED's event type, else the incident's kind)."""
    inc = schema.incidents
    kind = func.coalesce(inc.c.event_type, inc.c.kind).label("type")
    statement = (select(inc.c.date, kind, func.count().label("n"))
                 .where(inc.c.date.is_not(None)).group_by(inc.c.date, kind)
                 .order_by(inc.c.date))
    return rows(conn, statement)


def place_points(conn: Connection, country: str | None = None, limit: int = 3000) -> list[Row]:
    """Distinct located places with how often they are mentioned (for the map)."""
    p = schema.places
    n = func.count().label("n")
    statement = (select(p.c.name, p.c.lat, p.c.lon, p.c.country, n,
                        func.min(p.c.doc_id).label("doc_id"))
                 .where(p.c.lat.is_not(None), p.c.lon.is_not(None))
                 .group_by(p.c.name, p.c.lat, p.c.lon, p.c.country)
                 .order_by(n.desc()).limit(limit))
    if country:
        statement = statement.where(p.c.country == country.upper())
    return rows(conn, statement)


def generation(conn: Connection) -> tuple[int, str | None]:
    """Changes whenever documents are added: a key for caching derived views."""
    d = schema.documents
    count, latest = conn.execute(select(func.count(), func.max(d.c.ingested_at))).one()
    return int(count), latest


def located_places(conn: Connection, limit: int = 20000) -> list[Row]:
    p, docs = schema.places, schema.documents
    return rows(conn, select(p, docs.c.title).select_from(p.join(docs, docs.c.id == p.c.doc_id))
                .where(p.c.lat.is_not(None), p.c.lon.is_not(None)).limit(limit))


def connect(store: Store) -> Connection:
    return store.engine.connect()
