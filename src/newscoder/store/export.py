"""Exports of a store: events as PLOVER-style JSON lines and an event table an ACLED, GDELT
or Phoenix user can load (CSV or Parquet), places and events as GeoJSON, the actor network as
GraphML; the incidents, quotes and figures tables are in newscoder.store.tables.

Every exporter takes the same filters (dates, country, type, actor: a query.EventFilter),
writes to a temporary file beside the output and renames it at the end, so an interrupted
export never leaves a half-written file under the requested name; ``-`` is standard output.
Dates are ISO days that sort as text, with how finely they are known in their own column.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, select

from newscoder.store import query, schema
from newscoder.store.db import Store
from newscoder.store.query import EventFilter
from newscoder.store.tables import TABLES, Writer, atomic_output, table_exporters

PAGE = 2000
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
PHOENIX_COLUMNS = (
    "event_id", "date", "time_precision", "year", "month", "day",
    # ACLED's and GDELT's names for the two sides: codes and names, ";" between several
    "actor1_code", "actor1_name", "actor2_code", "actor2_name",
    "source_actor_full", "source_actor_name", "source_actor_entity", "source_actor_role",
    "target_actor_full", "target_actor_name", "target_actor_entity", "target_actor_role",
    "event_code", "event_root_code", "quad_class", "goldstein", "plover", "modality",
    # ACLED's own column names for its typology and the toll of the event
    "event_type", "sub_event_type", "fatalities",
    "location_name", "country_code", "admin1", "admin2", "lat", "lon", "geo_precision",
    "doc_id", "title", "outlet", "url", "evidence_start", "evidence_end", "evidence_text",
    "cluster_id", "reports", "outlets",
    "copy_ids",  # text-identical copies of the article stored under other ids, ";" between
)


def all_events(conn: Connection, filters: EventFilter | None = None
               ) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        page = query.events(conn, filters, limit=PAGE, offset=offset)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def evidence_text(conn: Connection, event: dict[str, Any], cache: dict[str, str]) -> str:
    if event["doc_id"] not in cache:
        cache.clear()  # events come grouped by document often enough; keep memory flat
        found = query.document(conn, event["doc_id"])
        cache[event["doc_id"]] = found["text"] if found else ""
    return cache[event["doc_id"]][event["start"] : event["end"]]


def quad_class(cameo: str) -> int | None:
    """CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    4 material conflict (by the two-digit root code)."""
    if len(cameo) < 2 or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    for limit, quad in ((5, 1), (9, 2), (14, 3), (20, 4)):
        if 1 <= root <= limit:
            return quad
    return None


def actor_fields(actors: list[dict[str, Any]]) -> tuple[str, str, str, str]:
    """Full code, name, country part and role part, joined by ';' when several."""
    codes = [a["code"] for a in actors]
    return (";".join(codes), ";".join(a["name"] for a in actors),
            ";".join(c[:3] for c in codes), ";".join(c[3:6] for c in codes))


def copies_of(conn: Connection) -> dict[str, str]:
    """Analysed document id -> its text-identical copies' ids, ";"-joined."""
    docs = schema.documents
    found: dict[str, list[str]] = {}
    for doc_id, original in conn.execute(select(docs.c.id, docs.c.copy_of)
                                         .where(docs.c.copy_of.is_not(None))
                                         .order_by(docs.c.id)):
        found.setdefault(original, []).append(doc_id)
    return {k: ";".join(v) for k, v in found.items()}


def calendar_parts(day: str, precision: str | None) -> tuple[int | None, ...]:
    """Year, month and day numbers, each only when the date is known that finely."""
    if not day[:4].isdigit():
        return None, None, None
    month = int(day[5:7]) if precision in ("day", "week", "month") else None
    return int(day[:4]), month, int(day[8:10]) if precision == "day" else None


def phoenix_rows(conn: Connection, filters: EventFilter) -> Iterator[dict[str, Any]]:
    texts: dict[str, str] = {}
    copies = copies_of(conn)
    for e in all_events(conn, filters):
        day = e["date"] or ""
        year, month, day_number = calendar_parts(day, e["date_precision"])
        source, target = actor_fields(e["source"]), actor_fields(e["target"])
        yield {
            "event_id": f"{e['doc_id']}#{e['idx']}", "date": e["date"],
            "time_precision": e["date_precision"], "year": year, "month": month,
            "day": day_number,
            "actor1_code": source[0], "actor1_name": source[1],
            "actor2_code": target[0], "actor2_name": target[1],
            "source_actor_full": source[0], "source_actor_name": source[1],
            "source_actor_entity": source[2], "source_actor_role": source[3],
            "target_actor_full": target[0], "target_actor_name": target[1],
            "target_actor_entity": target[2], "target_actor_role": target[3],
            "event_code": e["cameo"], "event_root_code": e["cameo"][:2],
            "quad_class": quad_class(e["cameo"]), "goldstein": e["goldstein"],
            "plover": e["plover"], "modality": e["modality"],
            "event_type": e["event_type"], "sub_event_type": e["sub_event_type"],
            "fatalities": e["fatalities"],
            "location_name": e["place_name"], "country_code": e["country"],
            "admin1": e["admin1"], "admin2": e["admin2"], "lat": e["lat"], "lon": e["lon"],
            "geo_precision": e["geo_precision"], "doc_id": e["doc_id"], "title": e["title"],
            "outlet": e["outlet"], "url": e["url"], "evidence_start": e["start"],
            "evidence_end": e["end"], "evidence_text": evidence_text(conn, e, texts),
            "cluster_id": e["cluster_id"], "reports": e["reports"], "outlets": e["outlets"],
            "copy_ids": copies.get(e["doc_id"]),
        }


def side(e: dict[str, Any], role: str) -> list[dict[str, Any]]:
    """An event's actors on one side, as the JSON exports give them."""
    return [{"name": a["name"], "code": a["code"], "country": a["code"][:3],
             "sector": a["code"][3:6] or None, "actor_id": a["actor_id"]} for a in e[role]]


def plover_record(e: dict[str, Any], evidence: str) -> dict[str, Any]:
    return {
        "id": f"{e['doc_id']}#{e['idx']}",
        "event_type": e["plover"],
        "mode": e["modality"],
        "cameo": e["cameo"],
        "acled": {"event_type": e["event_type"], "sub_event_type": e["sub_event_type"]}
        if e["event_type"] else None,
        "fatalities": e["fatalities"],
        "event_date": e["date"],
        "time_precision": e["date_precision"],
        "actor1": side(e, "source"),
        "actor2": side(e, "target"),
        "location": {"name": e["place_name"], "country": e["country"], "admin1": e["admin1"],
                     "admin2": e["admin2"], "lat": e["lat"], "lon": e["lon"],
                     "geo_precision": e["geo_precision"]}
        if e["place_name"] or e["country"] else None,
        "source": {"doc_id": e["doc_id"], "title": e["title"], "outlet": e["outlet"],
                   "url": e["url"]},
        "evidence": {"start": e["start"], "end": e["end"], "text": evidence},
        "cluster": {"id": e["cluster_id"], "reports": e["reports"], "outlets": e["outlets"]},
    }


def export_jsonl(store: Store, output: str, filters: EventFilter) -> int:
    """PLOVER-style records of the events PLOVER has: statements stay in the CAMEO table."""
    from newscoder.events.lexicon import statement_type  # the coder's lexicon, read on use

    count = 0
    texts: dict[str, str] = {}
    statement = statement_type()
    with store.engine.connect() as conn, atomic_output(output) as handle:
        for event in all_events(conn, filters):
            if event["plover"] == statement:
                continue
            record = plover_record(event, evidence_text(conn, event, texts))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def event_feature(e: dict[str, Any], evidence: str) -> dict[str, Any]:
    """A located event: its type, modality, actors and evidence, and how fine its point is."""
    return point(e["lon"], e["lat"], {
        "kind": "event", "plover": e["plover"], "cameo": e["cameo"],
        "event_type": e["event_type"], "sub_event_type": e["sub_event_type"],
        "modality": e["modality"], "fatalities": e["fatalities"], "date": e["date"],
        "time_precision": e["date_precision"], "place": e["place_name"],
        "country": e["country"], "admin1": e["admin1"], "admin2": e["admin2"],
        "geo_precision": e["geo_precision"], "actor1": side(e, "source"),
        "actor2": side(e, "target"), "evidence": evidence, "doc_id": e["doc_id"],
        "event_idx": e["idx"], "title": e["title"], "url": e["url"],
        "reports": e["reports"]})


def place_features(conn: Connection, filters: EventFilter) -> Iterator[dict[str, Any]]:
    """Located place mentions, by the filters that mean something for a place: country and
    the article's dates (none when an event type or actor is asked for)."""
    if filters.type or filters.actor:
        return
    dated = filters.date_from or filters.date_to
    published = dict(conn.execute(select(schema.documents.c.id, schema.documents.c.published)
                                  ).all()) if dated else {}
    for p in query.located_places(conn, limit=10_000_000):
        if filters.country and p["country"] != filters.country.upper():
            continue
        if dated and not within(published.get(p["doc_id"]), filters):
            continue
        yield point(p["lon"], p["lat"], {
            "kind": "place", "name": p["name"], "geonameid": p["geonameid"],
            "country": p["country"], "doc_id": p["doc_id"], "start": p["start"],
            "end": p["end"], "title": p["title"]})


def within(day: str | None, filters: EventFilter) -> bool:
    """Is an article's day inside the filters' dates? An undated article is not."""
    if not day:
        return False
    return (not filters.date_from or day >= filters.date_from) and (
        not filters.date_to or day <= filters.date_to + "~")


def export_geojson(store: Store, output: str, filters: EventFilter) -> int:
    features = []
    texts: dict[str, str] = {}
    with store.engine.connect() as conn:
        for e in all_events(conn, filters):
            if e["lat"] is not None and e["lon"] is not None:
                features.append(event_feature(e, evidence_text(conn, e, texts)))
        features += place_features(conn, filters)
    with atomic_output(output) as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle,
                  ensure_ascii=False)
    return len(features)


def point(lon: float, lat: float, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": properties}


def xml_text(value: Any) -> str:
    return XML_INVALID.sub("", "" if value is None else str(value))


def export_graphml(store: Store, output: str, filters: EventFilter) -> int:
    with store.engine.connect() as conn:
        nodes, edges = query.network(conn, limit=1_000_000, filters=filters)
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    for key, target, kind in (("name", "node", "string"), ("code", "node", "string"),
                              ("country", "node", "string"), ("degree", "node", "int"),
                              ("weight", "edge", "int")):
        ET.SubElement(root, "key", {"id": key, "for": target, "attr.name": key,
                                    "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="actors", edgedefault="directed")
    for node in nodes:
        element = ET.SubElement(graph, "node", id=f"a{node['id']}")
        for key in ("name", "code", "country", "degree"):
            ET.SubElement(element, "data", key=key).text = xml_text(node[key])
    for i, edge in enumerate(edges):
        element = ET.SubElement(graph, "edge", id=f"e{i}", source=f"a{edge['source']}",
                                target=f"a{edge['target']}")
        ET.SubElement(element, "data", key="weight").text = str(edge["n"])
    with atomic_output(output, "wb") as handle:
        ET.ElementTree(root).write(handle, encoding="utf-8", xml_declaration=True)
    return len(nodes) + len(edges)


PHOENIX_TYPES = {"year": "int32", "month": "int32", "day": "int32", "quad_class": "int32",
                 "goldstein": "float64", "lat": "float64", "lon": "float64",
                 "evidence_start": "int64", "evidence_end": "int64", "cluster_id": "int64",
                 "reports": "int64", "outlets": "int64", "fatalities": "int64"}
TABLE_EXPORTERS: dict[str, dict[str, Writer]] = {
    "events": table_exporters(PHOENIX_COLUMNS, phoenix_rows, PHOENIX_TYPES),
    **TABLES,
}

EXPORTERS: dict[str, Writer] = {
    "jsonl": export_jsonl,
    **TABLE_EXPORTERS["events"],
    "geojson": export_geojson,
    "graphml": export_graphml,
}
