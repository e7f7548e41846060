"""Exports of a store: events as PLOVER-style JSON lines and a CAMEO/Phoenix-style table
(CSV or Parquet), places and events as GeoJSON, and the actor network as GraphML.

Each exporter writes to a temporary file beside the output and renames it at the end, so an
interrupted export never leaves a half-written file under the requested name.
"""

from __future__ import annotations

import csv
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from newscoder.store import query, schema
from newscoder.store.db import Store

PAGE = 2000
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
PHOENIX_COLUMNS = (
    "event_id", "date", "year", "month", "day",
    "source_actor_full", "source_actor_name", "source_actor_entity", "source_actor_role",
    "target_actor_full", "target_actor_name", "target_actor_entity", "target_actor_role",
    "event_code", "event_root_code", "quad_class", "goldstein", "plover", "modality",
    # ACLED's own column names for its typology and the toll of the event
    "event_type", "sub_event_type", "fatalities",
    "location_name", "country_code", "lat", "lon",
    "doc_id", "title", "outlet", "url", "evidence_start", "evidence_end", "evidence_text",
    "cluster_id", "reports",
)


@contextmanager
def atomic_output(path: str, mode: str = "w") -> Iterator[Any]:
    target = Path(path)
    temporary = target.with_name(f".{target.name}.partial")
    kwargs = {"encoding": "utf-8", "newline": ""} if "b" not in mode else {}
    try:
        with open(temporary, mode, **kwargs) as handle:
            yield handle
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def all_events(conn: Connection) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        page = query.events(conn, limit=PAGE, offset=offset)
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


def phoenix_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    texts: dict[str, str] = {}
    for e in all_events(conn):
        day = e["date"] or ""
        source, target = actor_fields(e["source"]), actor_fields(e["target"])
        yield {
            "event_id": f"{e['doc_id']}#{e['idx']}", "date": day,
            "year": int(day[:4]) if day[:4].isdigit() else None,
            "month": int(day[5:7]) if day[5:7].isdigit() else None,
            "day": int(day[8:10]) if day[8:10].isdigit() else None,
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
            "lat": e["lat"], "lon": e["lon"], "doc_id": e["doc_id"], "title": e["title"],
            "outlet": e["outlet"], "url": e["url"], "evidence_start": e["start"],
            "evidence_end": e["end"], "evidence_text": evidence_text(conn, e, texts),
            "cluster_id": e["cluster_id"], "reports": e["reports"],
        }


def plover_record(e: dict[str, Any], evidence: str) -> dict[str, Any]:
    def actors(role: str) -> list[dict[str, Any]]:
        return [{"name": a["name"], "code": a["code"], "country": a["code"][:3],
                 "sector": a["code"][3:6] or None, "actor_id": a["actor_id"]} for a in e[role]]

    return {
        "id": f"{e['doc_id']}#{e['idx']}",
        "event_type": e["plover"],
        "mode": e["modality"],
        "cameo": e["cameo"],
        "acled": {"event_type": e["event_type"], "sub_event_type": e["sub_event_type"]}
        if e["event_type"] else None,
        "fatalities": e["fatalities"],
        "event_date": e["date"],
        "actor1": actors("source"),
        "actor2": actors("target"),
        "location": {"name": e["place_name"], "country": e["country"], "lat": e["lat"],
                     "lon": e["lon"]} if e["place_name"] or e["country"] else None,
        "source": {"doc_id": e["doc_id"], "title": e["title"], "outlet": e["outlet"]},
        "evidence": {"start": e["start"], "end": e["end"], "text": evidence},
        "cluster": {"id": e["cluster_id"], "reports": e["reports"], "outlets": e["outlets"]},
    }


def export_jsonl(store: Store, output: str) -> int:
    count = 0
    texts: dict[str, str] = {}
    with store.engine.connect() as conn, atomic_output(output) as handle:
        for event in all_events(conn):
            record = plover_record(event, evidence_text(conn, event, texts))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def export_geojson(store: Store, output: str) -> int:
    features = []
    with store.engine.connect() as conn:
        for e in query.map_points(conn, limit=10_000_000):
            features.append(point(e["lon"], e["lat"], {
                "kind": "event", "plover": e["plover"], "cameo": e["cameo"], "date": e["date"],
                "place": e["place_name"], "country": e["country"], "doc_id": e["doc_id"],
                "event_idx": e["idx"], "title": e["title"]}))
        for p in query.located_places(conn, limit=10_000_000):
            features.append(point(p["lon"], p["lat"], {
                "kind": "place", "name": p["name"], "geonameid": p["geonameid"],
                "country": p["country"], "doc_id": p["doc_id"], "start": p["start"],
                "end": p["end"], "title": p["title"]}))
    with atomic_output(output) as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle,
                  ensure_ascii=False)
    return len(features)


def point(lon: float, lat: float, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": properties}


def xml_text(value: Any) -> str:
    return XML_INVALID.sub("", "" if value is None else str(value))


def export_graphml(store: Store, output: str) -> int:
    with store.engine.connect() as conn:
        nodes, edges = query.network(conn, limit=1_000_000)
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


# ACLED-like columns of the incidents table, in ACLED's own names where it has them.
INCIDENT_COLUMNS = [
    "incident_id", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "fatalities", "injured", "estimate", "lead", "kind", "source", "notes",
    "doc_id", "url",
]


def incident_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    """One row per stored incident, its notes the text of its evidence spans."""
    incidents, docs = schema.incidents, schema.documents
    statement = (
        select(incidents, docs.c.text, docs.c.url, docs.c.outlet)
        .select_from(incidents.join(docs, docs.c.id == incidents.c.doc_id))
        .order_by(incidents.c.date, incidents.c.doc_id, incidents.c.idx)
    )
    for row in conn.execute(statement).mappings():
        spans = json.loads(row["evidence"])
        sources = [s for s in (row["outlet"], row["reported_by"]) if s]
        yield {
            "incident_id": f"{row['doc_id']}:{row['idx']}",
            "event_date": row["date"], "time_precision": row["date_precision"],
            "event_type": row["event_type"], "sub_event_type": row["sub_event_type"],
            "actor1": row["actor1"] or None, "actor2": row["actor2"] or None,
            "country": row["country"], "admin1": row["admin1"], "location": row["location"],
            "latitude": row["lat"], "longitude": row["lon"],
            "geo_precision": row["geo_precision"], "fatalities": row["fatalities"],
            "injured": row["injured"], "estimate": bool(row["estimate"]),
            "lead": bool(row["lead"]), "kind": row["kind"], "source": "; ".join(sources) or None,
            "notes": " … ".join(row["text"][start:end] for start, end in spans),
            "doc_id": row["doc_id"], "url": row["url"],
        }


QUOTE_COLUMNS = ["doc_id", "idx", "published", "kind", "speaker", "speaker_code", "cue",
                 "content", "start", "end", "url"]
FIGURE_COLUMNS = ["doc_id", "idx", "published", "category", "value", "headline", "text",
                  "start", "end", "url"]


def quote_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    """One row per stored quote: who said what, with the speaker's CAMEO code when coded."""
    quotes, docs, actors = schema.quotes, schema.documents, schema.actors
    statement = (
        select(quotes, docs.c.text, docs.c.url, docs.c.published, actors.c.code)
        .select_from(
            quotes.join(docs, docs.c.id == quotes.c.doc_id).outerjoin(
                actors, actors.c.id == quotes.c.speaker_actor_id
            )
        )
        .order_by(quotes.c.doc_id, quotes.c.idx)
    )
    for row in conn.execute(statement).mappings():
        cue = None
        if row["cue_start"] is not None:
            cue = row["text"][row["cue_start"] : row["cue_end"]]
        yield {
            "doc_id": row["doc_id"], "idx": row["idx"], "published": row["published"],
            "kind": row["kind"], "speaker": row["speaker_name"], "speaker_code": row["code"],
            "cue": cue, "content": row["content"], "start": row["start"], "end": row["end"],
            "url": row["url"],
        }


def figure_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    """One row per stored figure (killed, injured, displaced, ...), with its words."""
    figures, docs = schema.figures, schema.documents
    statement = (
        select(figures, docs.c.text, docs.c.url, docs.c.published)
        .select_from(figures.join(docs, docs.c.id == figures.c.doc_id))
        .order_by(figures.c.doc_id, figures.c.idx)
    )
    for row in conn.execute(statement).mappings():
        yield {
            "doc_id": row["doc_id"], "idx": row["idx"], "published": row["published"],
            "category": row["category"], "value": row["value"], "headline": bool(row["headline"]),
            "text": row["text"][row["start"] : row["end"]], "start": row["start"],
            "end": row["end"], "url": row["url"],
        }


def table_exporters(
    columns: list[str], rows: Callable[[Connection], Iterator[dict[str, Any]]],
    types: dict[str, str],
) -> dict[str, Callable[[Store, str], int]]:
    """CSV and Parquet writers of one table of rows (``types``: arrow type names by column,
    strings elsewhere)."""

    def to_csv(store: Store, output: str) -> int:
        count = 0
        with store.engine.connect() as conn, atomic_output(output) as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            for row in rows(conn):
                writer.writerow(row)
                count += 1
        return count

    def to_parquet(store: Store, output: str) -> int:
        import pyarrow as pa
        import pyarrow.parquet as pq

        fields = [(name, getattr(pa, types.get(name, "string"))()) for name in columns]
        with store.engine.connect() as conn:
            found = list(rows(conn))
        with atomic_output(output, "wb") as handle:
            pq.write_table(pa.Table.from_pylist(found, schema=pa.schema(fields)), handle)
        return len(found)

    return {"csv": to_csv, "parquet": to_parquet}


INCIDENT_TYPES = {"latitude": "float64", "longitude": "float64", "fatalities": "int64",
                  "injured": "int64", "estimate": "bool_", "lead": "bool_"}
PHOENIX_TYPES = {"year": "int32", "month": "int32", "day": "int32", "quad_class": "int32",
                 "goldstein": "float64", "lat": "float64", "lon": "float64",
                 "evidence_start": "int64", "evidence_end": "int64", "cluster_id": "int64",
                 "reports": "int64", "fatalities": "int64"}
TABLE_EXPORTERS: dict[str, dict[str, Callable[[Store, str], int]]] = {
    "events": table_exporters(PHOENIX_COLUMNS, phoenix_rows, PHOENIX_TYPES),
    "incidents": table_exporters(INCIDENT_COLUMNS, incident_rows, INCIDENT_TYPES),
    "quotes": table_exporters(QUOTE_COLUMNS, quote_rows,
                              {"idx": "int64", "start": "int64", "end": "int64"}),
    "figures": table_exporters(FIGURE_COLUMNS, figure_rows,
                               {"idx": "int64", "value": "float64", "headline": "bool_",
                                "start": "int64", "end": "int64"}),
}

EXPORTERS: dict[str, Callable[[Store, str], int]] = {
    "jsonl": export_jsonl,
    **TABLE_EXPORTERS["events"],
    "geojson": export_geojson,
    "graphml": export_graphml,
}
