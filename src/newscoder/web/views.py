"""The interactive views (map, timeline, network) and the JSON they draw.

Pages render their filters, a summary and a plain table on the server (every article string
escaped by Jinja); scripts from ``/static`` only (Leaflet, Vega-Lite, Cytoscape, installed by
npm at set-up into ``static/vendor``) fetch the JSON below and draw. Article text reaches the
page through ``textContent``, canvas labels or escaped tooltips, never as markup.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Connection, func, select

from newscoder.store import schema
from newscoder.store.query import EventFilter
from newscoder.web import viewdata
from newscoder.web.viewdata import IncidentFilter, NetworkFilter

VENDOR = Path(__file__).resolve().parent / "static" / "vendor" / "versions.json"
TABLE_ROWS = 200
COUNTRY_TRENDS = 8
Renderer = Any  # app.add_pages' page(request, name, **context)
Row = dict[str, Any]


class ViewCache:
    """The last few results of the views' queries, keyed by the filters and the number of
    stored documents, kept ``ttl`` seconds: the map, timeline and network each read every
    incident or actor link, and are read far more often than the store changes. A re-analysis
    that keeps the document count shows within ``ttl`` seconds (the store's own generation
    key reads every document row: 0.1 s on 5,000 documents, too slow to ask every time)."""

    def __init__(self, size: int = 24, ttl: float = 30.0) -> None:
        self.size, self.ttl = size, ttl
        self.items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, conn: Connection, key: Hashable, compute: Callable[[], Any]) -> Any:
        documents = conn.execute(select(func.count()).select_from(schema.documents)).scalar()
        full, now = (documents, key), time.monotonic()
        with self.lock:
            if full in self.items and now - self.items[full][0] < self.ttl:
                self.items.move_to_end(full)
                return self.items[full][1]
        value = compute()
        with self.lock:
            self.items[full] = (now, value)
            self.items.move_to_end(full)
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


def cached(request: Request, conn: Connection, key: Hashable,
           compute: Callable[[], Any]) -> Any:
    cache: ViewCache = request.app.state.view_cache
    return cache.get(conn, key, compute)


def vendor_ready() -> bool:
    """Whether ``make setup`` has copied the browser libraries (else pages say so)."""
    return VENDOR.exists()


def incident_filter(type_: str | None, date_from: str | None, date_to: str | None,
                    actor: str | None, country: str | None) -> IncidentFilter:
    from newscoder.web.app import iso_day  # one date check for every endpoint

    return IncidentFilter(type=type_ or None, date_from=iso_day(date_from),
                          date_to=iso_day(date_to), actor=actor or None,
                          country=(country or "").upper() or None)


def compact(row: dict[str, Any]) -> dict[str, Any]:
    """What the map and timeline need of an incident (keys are short: thousands are sent)."""
    return {key: row[key] for key in ("doc_id", "idx", "type", "sub_event_type", "date",
                                      "day", "date_precision", "location", "admin1", "lat",
                                      "lon", "country", "geo_precision", "point", "fatalities",
                                      "injured", "actor1", "actor2", "title")}


def incidents_of(request: Request, conn: Connection, filters: IncidentFilter) -> list[Row]:
    return cached(request, conn, ("incidents", filters),
                  lambda: viewdata.incident_rows(conn, filters))


def types_of(request: Request, conn: Connection) -> list[Row]:
    return cached(request, conn, "types", lambda: viewdata.incident_types(conn))


def network_of(request: Request, conn: Connection, filters: NetworkFilter) -> dict[str, Any]:
    return cached(request, conn, ("network", filters), lambda: viewdata.network(conn, filters))



def event_filters(
    actor: str | None = Query(None, max_length=200, description="actor id, name or code"),
    type: str | None = Query(None, max_length=40, description="PLOVER type or CAMEO code"),
    country: str | None = Query(None, max_length=8, description="ISO alpha-3"),
    date_from: str | None = Query(None, alias="from", max_length=10),
    date_to: str | None = Query(None, alias="to", max_length=10),
    cluster: int | None = Query(None, ge=0, description="event cluster: all its reports"),
    acled: str | None = Query(None, max_length=60,
                              description="ACLED event type or sub-event type"),
) -> EventFilter:
    """The events list's filters as query parameters: one declaration for every endpoint
    that lists or counts events."""
    from newscoder.web.app import event_filter  # the app imports this module

    return event_filter(actor, type, country, date_from, date_to, cluster, acled)


def add_view_api(app: FastAPI) -> None:
    from newscoder.web.app import reading

    app.state.view_cache = ViewCache()

    @app.get("/api/views/incidents", tags=["api"])
    def view_incidents(
        request: Request,
        type: str | None = Query(None, max_length=60,
                                 description="ACLED event or sub-event type, or kind"),
        date_from: str | None = Query(None, alias="from", max_length=10),
        date_to: str | None = Query(None, alias="to", max_length=10),
        actor: str | None = Query(None, max_length=200, description="perpetrator or victim"),
        country: str | None = Query(None, max_length=8, description="ISO alpha-3"),
        limit: int = Query(viewdata.MAX_INCIDENTS, ge=1, le=viewdata.MAX_INCIDENTS),
    ) -> Response:
        """Incidents for the map and timeline: each with a calendar ``day`` (a week, month or
        year placed at its first day, ``date_precision`` saying which) and ``point``: where
        the place itself is known, or an ``admin`` or ``country`` centroid."""
        filters = incident_filter(type, date_from, date_to, actor, country)

        def body() -> bytes:  # serialised once: thousands of rows
            found = incidents_of(request, conn, filters)[:limit]
            return json.dumps({"incidents": [compact(r) for r in found], "count": len(found),
                               "truncated": len(found) == limit}).encode()

        with reading(request) as conn:
            content = cached(request, conn, ("incidents.json", filters, limit), body)
        return Response(content, media_type="application/json")

    @app.get("/api/views/event-days", tags=["api"])
    def view_event_days(
        request: Request, filters: Annotated[EventFilter, Depends(event_filters)]
    ) -> dict[str, Any]:
        """Events per calendar day and PLOVER type, with the events list's filters."""
        from newscoder.store.query import apply_filters

        with reading(request) as conn:
            days = cached(request, conn, ("event-days", repr(filters)), lambda: viewdata.event_days(
                conn, lambda s: apply_filters(s, filters)))
        return {"days": days}

    @app.get("/api/network", tags=["api"])
    def view_network(
        request: Request,
        min_events: int = Query(1, ge=1, le=100_000),
        kind: str | None = Query(None, max_length=40,
                                 description="entity label (PERSON, ORG...) or CAMEO sector"),
        q: str | None = Query(None, max_length=200, description="actor name fragment"),
        limit: int = Query(150, ge=1, le=viewdata.MAX_EDGES),
    ) -> dict[str, Any]:
        """The actor network: actors linked by events from source to target (``n`` events),
        with at least ``min_events`` per link, touching an actor of ``kind`` or named ``q``."""
        filters = NetworkFilter(min_events, kind or None, q or None, limit)
        with reading(request) as conn:
            return network_of(request, conn, filters)


def add_view_pages(app: FastAPI, page: Renderer) -> None:
    from newscoder.web.app import reading

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def world_map(
        request: Request,
        type: str | None = Query(None, max_length=60),
        date_from: str | None = Query(None, alias="from", max_length=10),
        date_to: str | None = Query(None, alias="to", max_length=10),
        actor: str | None = Query(None, max_length=200),
        country: str | None = Query(None, max_length=8),
    ) -> HTMLResponse:
        filters = incident_filter(type, date_from, date_to, actor, country)
        with reading(request) as conn:
            found = incidents_of(request, conn, filters)
            types = types_of(request, conn)
        located = [r for r in found if r["lat"] is not None and r["lon"] is not None]
        precision = Counter(r["point"] for r in located)
        return page(request, "map.html", filters=filters, types=types, located=len(located),
                    total=len(found), precision=precision, rows=located[:TABLE_ROWS],
                    vendor=vendor_ready())

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline(
        request: Request,
        type: str | None = Query(None, max_length=60),
        actor: str | None = Query(None, max_length=200),
        country: str | None = Query(None, max_length=8),
        date_from: str | None = Query(None, alias="from", max_length=10),
        date_to: str | None = Query(None, alias="to", max_length=10),
        unit: str = Query("month", pattern="^(day|week|month)$"),
    ) -> HTMLResponse:
        filters = incident_filter(type, date_from, date_to, actor, country)
        with reading(request) as conn:
            found = incidents_of(request, conn, filters)
            types = types_of(request, conn)
        by_type = Counter(r["type"] for r in found)
        by_country = Counter(r["country"] for r in found if r["country"])
        undated = sum(1 for r in found if not r["day"])
        return page(request, "timeline.html", filters=filters, types=types, unit=unit,
                    by_type=by_type.most_common(), by_country=by_country.most_common(),
                    total=len(found), undated=undated, vendor=vendor_ready())

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network(
        request: Request,
        min_events: int = Query(1, ge=1, le=100_000),
        kind: str | None = Query(None, max_length=40),
        q: str | None = Query(None, max_length=200),
    ) -> HTMLResponse:
        filters = NetworkFilter(min_events, kind or None, q or None)
        with reading(request) as conn:
            graph = network_of(request, conn, filters)
            kinds = cached(request, conn, "kinds", lambda: viewdata.actor_kinds(conn))
        names = {n["id"]: n for n in graph["nodes"]}
        links = [{**e, "source_actor": names.get(e["source"]),
                  "target_actor": names.get(e["target"])} for e in graph["edges"]]
        return page(request, "network.html", filters=filters, kinds=kinds, graph=graph,
                    links=links, vendor=vendor_ready())
