"""The data behind the interactive views: incidents for the map and timelines, the network.

Read-only queries over the store's tables (SQLAlchemy Core, bound parameters only), written
here rather than in ``newscoder.store.query`` because only the views need these shapes: one
compact row per incident with its date placed on a real calendar day, and an actor graph
filtered before it is cut to size.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from newscoder.store import schema
from newscoder.store.query import like_pattern, rows

MAX_INCIDENTS = 20_000
MAX_EDGES = 400
WEEK = re.compile(r"^(\d{4})-W(\d{2})")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
YEAR = re.compile(r"^(\d{4})$")
# coarse places: their point is a centroid of a region, not where the incident happened
CENTROID_PRECISIONS = {"admin2": "admin", "admin1": "admin", "country": "country",
                       "region": "country"}
Row = dict[str, Any]


@dataclass(frozen=True)
class IncidentFilter:
    type: str | None = None  # ACLED event or sub-event type, or the incident's kind
    date_from: str | None = None  # ISO day
    date_to: str | None = None
    actor: str | None = None  # a fragment of a perpetrator's or victim's name
    country: str | None = None  # ISO alpha-3


def calendar_day(value: str | None) -> tuple[str | None, str | None]:
    """The first day of the period a stored date names, and how finely it is known.

    ``2019-07-12`` is a day, ``2019-W46`` the Monday of ISO week 46, ``2019-07`` the 1st of
    July, ``2019`` the 1st of January: a time axis needs a day, the precision says how much
    of it to believe.
    """
    if not value:
        return None, None
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return date.fromisoformat(value[:10]).isoformat(), "day"
        if week := WEEK.match(value):
            year, number = int(week.group(1)), int(week.group(2))
            return date.fromisocalendar(year, number, 1).isoformat(), "week"
        if month := MONTH.match(value):
            return date(int(month.group(1)), int(month.group(2)), 1).isoformat(), "month"
        if YEAR.match(value):
            return f"{value}-01-01", "year"
    except ValueError:
        return None, None
    return None, None


def point_kind(geo_precision: str | None) -> str:
    """``point`` where the place itself is known, ``admin`` or ``country`` for a centroid."""
    return CENTROID_PRECISIONS.get(geo_precision or "", "point")


def incident_rows(conn: Connection, filters: IncidentFilter,
                  limit: int = MAX_INCIDENTS) -> list[Row]:
    """Incidents matching the filters, newest first, each with a calendar day and the kind of
    point it is drawn at.

    The date range is applied to calendar days, not to the stored text: ``2023-W07`` sorts
    after ``2023-03-10`` as text but is a February week.
    """
    inc, docs = schema.incidents, schema.documents
    kind = func.coalesce(inc.c.event_type, inc.c.kind).label("type")
    statement = (select(inc.c.doc_id, inc.c.idx, kind, inc.c.sub_event_type, inc.c.kind,
                        inc.c.date, inc.c.date_precision, inc.c.location, inc.c.admin1,
                        inc.c.lat, inc.c.lon, inc.c.country, inc.c.geo_precision,
                        inc.c.fatalities, inc.c.injured, inc.c.actor1, inc.c.actor2,
                        docs.c.title)
                 .select_from(inc.join(docs, docs.c.id == inc.c.doc_id))
                 .order_by(inc.c.doc_id, inc.c.idx))
    found = []
    for row in rows(conn, restrict(statement, filters)):
        row["day"], precision = calendar_day(row["date"])
        row["date_precision"] = row["date_precision"] or precision
        row["point"] = point_kind(row["geo_precision"])
        if in_range(row["day"], filters):
            found.append(row)
    found.sort(key=lambda r: r["day"] or "", reverse=True)
    return found[:limit]


def in_range(day: str | None, filters: IncidentFilter) -> bool:
    if not (filters.date_from or filters.date_to):
        return True
    return day is not None and (filters.date_from or day) <= day <= (filters.date_to or day)


def restrict(statement: Any, filters: IncidentFilter) -> Any:
    inc = schema.incidents
    if filters.type:
        statement = statement.where(or_(inc.c.event_type == filters.type,
                                        inc.c.sub_event_type == filters.type,
                                        inc.c.kind == filters.type))
    if filters.country:
        statement = statement.where(inc.c.country == filters.country.upper())
    if filters.actor:
        statement = statement.where(or_(contains(inc.c.actor1, filters.actor),
                                        contains(inc.c.actor2, filters.actor)))
    return statement


def contains(column: Any, fragment: str) -> Any:
    """Case-insensitive substring match (LIKE is case-sensitive on PostgreSQL)."""
    return func.lower(column).like(like_pattern(fragment.strip().lower()), escape="\\")


def incident_types(conn: Connection) -> list[Row]:
    """The incident types in the store with their counts (the filter's choices)."""
    inc = schema.incidents
    kind = func.coalesce(inc.c.event_type, inc.c.kind).label("type")
    n = func.count().label("n")
    return rows(conn, select(kind, n).group_by(kind).order_by(n.desc(), kind))


def event_days(conn: Connection, statement_filter: Any) -> list[Row]:
    """Events per stored date and PLOVER type, each date placed on a calendar day."""
    ev = schema.events
    # the store keeps the precision beside an ISO date (schema 5); older rows may lack it
    precision = ev.c.date_precision.label("stored_precision")
    statement = (select(ev.c.date, precision, ev.c.plover.label("type"), func.count().label("n"))
                 .where(ev.c.date.is_not(None)).group_by(ev.c.date, precision, ev.c.plover))
    found = []
    for row in rows(conn, statement_filter(statement)):
        row["day"], row["date_precision"] = calendar_day(row["date"])
        row["date_precision"] = row.pop("stored_precision") or row["date_precision"]
        if row["day"]:
            found.append(row)
    return found


@dataclass(frozen=True)
class NetworkFilter:
    min_events: int = 1  # an edge needs at least this many events
    kind: str | None = None  # the actor's entity label (PERSON, ORG, GPE...) or CAMEO sector
    q: str | None = None  # only actors whose name contains this, and their neighbours
    limit: int = 150


def network(conn: Connection, filters: NetworkFilter) -> dict[str, list[Row]]:
    """Actors linked by events (source -> target), filtered, the heaviest edges first."""
    ea, actors = schema.event_actors, schema.actors
    src, tgt = ea.alias("src"), ea.alias("tgt")
    a1, a2 = actors.alias("a1"), actors.alias("a2")
    n = func.count().label("n")
    statement = (select(src.c.actor_id.label("source"), tgt.c.actor_id.label("target"), n)
                 .select_from(src.join(tgt, and_(src.c.doc_id == tgt.c.doc_id,
                                                 src.c.event_idx == tgt.c.event_idx))
                              .join(a1, a1.c.id == src.c.actor_id)
                              .join(a2, a2.c.id == tgt.c.actor_id))
                 .where(src.c.role == "source", tgt.c.role == "target",
                        src.c.actor_id != tgt.c.actor_id)
                 .group_by(src.c.actor_id, tgt.c.actor_id)
                 .having(func.count() >= filters.min_events)
                 .order_by(n.desc(), src.c.actor_id, tgt.c.actor_id)
                 .limit(min(filters.limit, MAX_EDGES)))
    if filters.kind:
        statement = statement.where(or_(of_kind(a1, filters.kind), of_kind(a2, filters.kind)))
    if filters.q:
        statement = statement.where(or_(contains(a1.c.name, filters.q),
                                        contains(a2.c.name, filters.q)))
    edges = rows(conn, statement)
    return {"nodes": network_nodes(conn, edges, filters), "edges": edges}


def of_kind(table: Any, kind: str) -> Any:
    wanted = kind.strip().upper()
    return or_(func.upper(table.c.label) == wanted, func.upper(table.c.sector) == wanted)


def network_nodes(conn: Connection, edges: list[Row], filters: NetworkFilter) -> list[Row]:
    degree: Counter[int] = Counter()
    for edge in edges:
        degree[edge["source"]] += edge["n"]
        degree[edge["target"]] += edge["n"]
    a = schema.actors
    nodes = rows(conn, select(a.c.id, a.c.name, a.c.code, a.c.country, a.c.label, a.c.sector)
                 .where(a.c.id.in_(set(degree))).order_by(a.c.id))
    needle = (filters.q or "").strip().lower()
    kind = (filters.kind or "").strip().upper()
    for node in nodes:
        node["degree"] = degree[node["id"]]
        node["match"] = bool(needle) and needle in node["name"].lower()
        node["of_kind"] = bool(kind) and kind in {(node["label"] or "").upper(),
                                                  (node["sector"] or "").upper()}
    return nodes


def actor_kinds(conn: Connection) -> list[str]:
    """Entity labels and CAMEO sectors of actors that take part in events (the kind filter)."""
    a, ea = schema.actors, schema.event_actors
    involved = select(ea.c.actor_id)
    labels = conn.execute(select(a.c.label).distinct().where(a.c.id.in_(involved),
                                                             a.c.label.is_not(None))).scalars()
    sectors = conn.execute(select(a.c.sector).distinct().where(a.c.id.in_(involved),
                                                               a.c.sector.is_not(None))).scalars()
    return sorted({*labels} | {*sectors})
