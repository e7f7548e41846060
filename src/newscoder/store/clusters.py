"""Event clusters: the same real-world event told by several articles, counted once.

Two event records are one event only when everything an analyst would check agrees:

- the same PLOVER type and the same modality (an attack that happened and one that was
  denied or only threatened are not one report);
- days known to the day, at most ``CLUSTER_DAYS`` apart;
- the same place at the finest precision both give (a city against a city, a city against a
  state by the city's state, ...);
- compatible actors: a side named in both shares an actor, and at least one side does. Where
  the place agrees only at country level (or neither gives one), both sides must be named in
  both and share an actor: "the US" acting in Afghanistan and in Syria is two events, and a
  police arrest in California is not one in Indiana.

Generic nouns ("a man") have no actor id, so they never make two events compatible.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from newscoder.model import Event
from newscoder.store import schema

CLUSTER_DAYS = 1  # events at most this many days apart may be one event
LEVELS = ("geonameid", "admin2", "admin1", "country")  # finest first
FINE = frozenset({"point", "city"})  # precisions at which the geonameid is the place itself


@dataclass
class Report:
    """What one event record brings to clustering."""

    plover: str
    modality: str
    day: str | None  # YYYY-MM-DD when known to the day
    sources: set[int]
    targets: set[int]
    place: dict[str, Any]

    @property
    def key(self) -> str:
        return f"{self.plover}|{self.modality}|{self.place.get('country') or ''}"


def place_of(event: Event) -> dict[str, Any]:
    place = event.place
    if place is None:
        return {}
    found = {"country": place.country, "admin1": place.admin1, "admin2": place.admin2,
             "geonameid": place.geonameid if (place.precision or "city") in FINE else None}
    return {k: v for k, v in found.items() if v}


def report_of(event: Event, day: str | None, precision: str | None,
              roles: dict[str, list[int | None]]) -> Report:
    return Report(
        plover=event.plover, modality=event.modality,
        day=day if precision == "day" else None,
        sources={i for i in roles["source"] if i is not None},
        targets={i for i in roles["target"] if i is not None},
        place=place_of(event),
    )


def finest_common(a: dict[str, Any], b: dict[str, Any]) -> tuple[str | None, bool]:
    """The finest level both places give, and whether they agree there."""
    for level in LEVELS:
        if a.get(level) and b.get(level):
            return level, str(a[level]).casefold() == str(b[level]).casefold()
    return None, not a and not b


def actors_agree(a: Report, b: dict[str, set[int]], both_needed: bool) -> bool:
    shared = 0
    for mine, theirs in ((a.sources, b["sources"]), (a.targets, b["targets"])):
        if mine and theirs:
            if not mine & theirs:
                return False
            shared += 1
        elif both_needed:
            return False
    return shared >= 1


def agrees(report: Report, cluster: dict[str, Any]) -> bool:
    if report.day is None or cluster["date_first"] is None or cluster["sources"] is None:
        return False
    level, same = finest_common(report.place, json.loads(cluster["place"] or "{}"))
    if not same:
        return False
    sides = {"sources": set(json.loads(cluster["sources"])),
             "targets": set(json.loads(cluster["targets"] or "[]"))}
    return actors_agree(report, sides, both_needed=level in (None, "country"))


def days_around(day: str) -> tuple[str, str]:
    centre = date.fromisoformat(day)
    gap = timedelta(days=CLUSTER_DAYS)
    return (centre - gap).isoformat(), (centre + gap).isoformat()


def assign_cluster(conn: Connection, event: Event, report: Report) -> int:
    """The cluster of the same event reported elsewhere, or a new one."""
    table = schema.event_clusters
    if report.day is not None:
        low, high = days_around(report.day)
        candidates = conn.execute(
            select(table).where(table.c.key == report.key, table.c.modality == report.modality,
                                table.c.date_last >= low, table.c.date_first <= high)
            .order_by(table.c.id)).mappings()
        for row in candidates:
            if agrees(report, dict(row)):
                join(conn, dict(row), report)
                return int(row["id"])
    return conn.execute(insert(table).values(
        key=report.key, plover=event.plover, cameo=event.cameo, date_first=report.day,
        date_last=report.day, country=report.place.get("country"), reports=0, outlets=0,
        modality=report.modality, sources=json.dumps(sorted(report.sources)),
        targets=json.dumps(sorted(report.targets)),
        place=json.dumps(report.place, sort_keys=True),
    )).inserted_primary_key[0]


def join(conn: Connection, row: dict[str, Any], report: Report) -> None:
    """Widen the cluster by the new report: its days, its actors, a finer place."""
    place = json.loads(row["place"] or "{}")
    if len(report.place) > len(place):
        place = report.place
    values = {
        "date_first": min(report.day or row["date_first"], row["date_first"]),
        "date_last": max(report.day or row["date_last"], row["date_last"]),
        "sources": json.dumps(sorted(set(json.loads(row["sources"])) | report.sources)),
        "targets": json.dumps(sorted(set(json.loads(row["targets"] or "[]")) | report.targets)),
        "place": json.dumps(place, sort_keys=True),
    }
    conn.execute(update(schema.event_clusters).where(schema.event_clusters.c.id == row["id"])
                 .values(values))


def refresh_cluster_counts(conn: Connection, cluster_ids: Any = None) -> None:
    """Recount each cluster's reports (distinct articles) and outlets (distinct outlets
    known among them; an article without an outlet adds a report, not an outlet)."""
    events, docs, clusters = schema.events, schema.documents, schema.event_clusters
    reports = (
        select(func.count(func.distinct(events.c.doc_id)))
        .where(events.c.cluster_id == clusters.c.id)
        .scalar_subquery()
    )
    outlets = (
        select(func.count(func.distinct(docs.c.outlet)))
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


def drop_empty_clusters(conn: Connection) -> None:
    """Clusters no event points to any more (after documents were analysed again)."""
    clusters, events = schema.event_clusters, schema.events
    used = select(events.c.cluster_id).where(events.c.cluster_id.is_not(None))
    conn.execute(clusters.delete().where(clusters.c.id.not_in(used)))
