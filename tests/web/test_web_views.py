"""The JSON and pages behind the interactive views, over invented incidents (no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_viewstore import REPORTS, build_view_store

from newscoder.web.app import create_app
from newscoder.web.viewdata import calendar_day, point_kind


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = str(tmp_path_factory.mktemp("views") / "news.db")
    build_view_store(db)
    return TestClient(create_app(db))


@pytest.mark.parametrize(("stored", "expected"), [
    ("2023-02-14", ("2023-02-14", "day")),
    ("2023-02-14T09:30", ("2023-02-14", "day")),
    ("2023-W07", ("2023-02-13", "week")),  # the Monday of ISO week 7
    ("2020-W53", ("2020-12-28", "week")),
    ("2023-03", ("2023-03-01", "month")),
    ("2047", ("2047-01-01", "year")),
    ("2023-02-30", (None, None)),
    ("2023-W60", (None, None)),
    ("PRESENT_REF", (None, None)),
    ("", (None, None)),
    (None, (None, None)),
])
def test_calendar_day_places_a_stored_date_on_the_axis(stored: str | None,
                                                       expected: tuple) -> None:
    assert calendar_day(stored) == expected


@pytest.mark.parametrize(("precision", "drawn"), [
    ("point", "point"), ("city", "point"), (None, "point"), ("admin2", "admin"),
    ("admin1", "admin"), ("country", "country"), ("region", "country"),
])
def test_a_centroid_is_drawn_as_a_centroid(precision: str | None, drawn: str) -> None:
    assert point_kind(precision) == drawn


def incidents(client: TestClient, **params: str) -> list[dict]:
    response = client.get("/api/views/incidents", params=params)
    assert response.status_code == 200, response.text
    return response.json()["incidents"]


@pytest.mark.parametrize(("params", "expected"), [
    ({}, {r[0] for r in REPORTS}),
    ({"type": "Protests"}, {"square", "nation"}),
    ({"type": "Armed clash"}, {"harbour-3", "harbour-4", "ridge", "north"}),
    ({"country": "mli"}, {"ridge", "north"}),
    ({"actor": "coast guard"}, {"harbour-3", "harbour-4"}),
    ({"actor": "%"}, set()),
    # the week 2023-W07 starts on 13 February: inside February, though it sorts after March
    ({"from": "2023-02-01", "to": "2023-02-28"},
     {"ridge", "north", "harbour-3", "hostile-incident"}),
    ({"from": "2023-03-01"}, {"harbour-4", "square", "nation"}),
])
def test_the_map_data_filters(client: TestClient, params: dict, expected: set) -> None:
    assert {i["doc_id"] for i in incidents(client, **params)} == expected


def test_the_map_data_says_how_each_point_was_found(client: TestClient) -> None:
    points = {i["doc_id"]: (i["point"], i["day"], i["date_precision"])
              for i in incidents(client)}
    assert points["nation"] == ("country", "2023-03-01", "month")
    assert points["north"] == ("admin", "2023-02-13", "week")
    assert points["ridge"] == ("point", "2023-02-03", "day")


def test_the_map_data_refuses_a_malformed_date(client: TestClient) -> None:
    assert client.get("/api/views/incidents", params={"to": "soon"}).status_code == 422


def edges(client: TestClient, **params: str) -> set[tuple[str, str, int]]:
    graph = client.get("/api/network", params=params).json()
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    return {(names[e["source"]], names[e["target"]], e["n"]) for e in graph["edges"]}


@pytest.mark.parametrize(("params", "expected"), [
    ({}, {("Lena Marsh", "Türkiye OPP", 2), ("Somalia MIL", "Somalia REB", 1),
          ("Somalia MIL", "Somalia", 1), ("Mali REB", "Mali MIL", 2)}),
    ({"min_events": "2"}, {("Lena Marsh", "Türkiye OPP", 2), ("Mali REB", "Mali MIL", 2)}),
    ({"kind": "person"}, {("Lena Marsh", "Türkiye OPP", 2)}),
    ({"kind": "REB", "min_events": "2"}, {("Mali REB", "Mali MIL", 2)}),
    ({"q": "marsh"}, {("Lena Marsh", "Türkiye OPP", 2)}),
    ({"q": "nobody"}, set()),
])
def test_the_network_filters(client: TestClient, params: dict, expected: set) -> None:
    assert edges(client, **params) == expected


def test_the_network_marks_the_actors_found_by_the_search(client: TestClient) -> None:
    graph = client.get("/api/network", params={"q": "Mali"}).json()
    assert {n["name"] for n in graph["nodes"] if n["match"]} == {"Mali REB", "Mali MIL",
                                                                 "Somalia MIL", "Somalia REB",
                                                                 "Somalia"}


@pytest.mark.parametrize("url", ["/map?type=Protests", "/timeline?unit=week",
                                 "/network?min_events=2&kind=REB&q=Mali", "/events"])
def test_the_view_pages_render_their_filters(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert 'id="filters"' in response.text


def test_the_view_pages_refuse_unknown_bins(client: TestClient) -> None:
    assert client.get("/timeline", params={"unit": "decade"}).status_code == 422


def test_the_document_page_names_its_coder(client: TestClient) -> None:
    html = client.get("/documents/ridge").text
    assert 'id="coder"' in html and "coded by newscoder" in html


@pytest.mark.parametrize(("stored", "shown"), [
    ({"coder": {"version": "1.2", "data": "abc"}}, {"version": "1.2", "data": "abc"}),
    ({"coder": '{"version": "1.2", "data": "abc"}'}, {"version": "1.2", "data": "abc"}),
    ({"coder": "1.2"}, {"version": "1.2"}),
    ({"coder": None, "record": '{"coder": {"version": "0.9", "data": "d"}}'},
     {"version": "0.9", "data": "d"}),
    ({"record": "{}"}, None),
    ({"record": "not json"}, None),
])
def test_the_coder_is_read_from_the_store_or_the_record(stored: dict, shown: dict | None) -> None:
    from newscoder.web.app import coder_of

    assert coder_of(stored) == shown


def test_event_days_are_on_the_calendar(client: TestClient) -> None:
    days = client.get("/api/views/event-days", params={"type": "ASSAULT"}).json()["days"]
    assert {(d["day"], d["date_precision"]) for d in days} >= {("2023-02-13", "week"),
                                                               ("2023-01-09", "day")}


def test_vendor_files_are_where_the_pages_load_them() -> None:
    from newscoder.web.views import VENDOR, vendor_ready

    if not vendor_ready():
        pytest.skip("browser libraries not installed (make setup runs npm ci)")
    folder = VENDOR.parent
    for path in ["leaflet/leaflet.js", "leaflet.markercluster/leaflet.markercluster.js",
                 "vega-interpreter/vega-interpreter.min.js", "cytoscape/cytoscape.min.js",
                 "world-atlas/countries-50m.json"]:
        assert (folder / path).stat().st_size > 1000, path
        assert (folder / Path(path).parent / "LICENSE.txt").exists(), path


def test_the_view_cache_recomputes_when_documents_change_or_time_passes(tmp_path: Path) -> None:
    from newscoder.store.db import open_store
    from newscoder.web.views import ViewCache

    db = str(tmp_path / "news.db")
    build_view_store(db)
    calls: list[int] = []
    cache = ViewCache(size=2, ttl=60)
    with open_store(db, create=False, readonly=True) as store, store.engine.connect() as conn:
        for _ in range(3):
            cache.get(conn, "k", lambda: calls.append(1) or len(calls))
        assert calls == [1]  # computed once, then served
        cache.ttl = 0
        assert cache.get(conn, "k", lambda: calls.append(1) or len(calls)) == 2
        for key in ("a", "b", "c"):
            cache.get(conn, key, lambda: 0)
        assert len(cache.items) == 2  # the oldest entries go first


@pytest.fixture(scope="module")
def pg_client() -> TestClient:
    """The views over PostgreSQL (NEWSCODER_TEST_POSTGRES; CI starts a server)."""
    import os

    from storefixtures import reset_postgres

    url = os.environ.get("NEWSCODER_TEST_POSTGRES")
    if not url:
        pytest.skip("NEWSCODER_TEST_POSTGRES is not set (CI sets it)")
    reset_postgres(url)
    build_view_store(url)
    return TestClient(create_app(url))


@pytest.mark.parametrize(("url", "check"), [
    ("/api/views/incidents?actor=COAST%20guard",
     lambda r: {i["doc_id"] for i in r.json()["incidents"]} == {"harbour-3", "harbour-4"}),
    ("/api/views/incidents?from=2023-02-01&to=2023-02-28",
     lambda r: r.json()["count"] == 4),
    ("/api/network?min_events=2", lambda r: len(r.json()["edges"]) == 2),
    ("/api/network?kind=reb&min_events=2", lambda r: len(r.json()["edges"]) == 1),
    ("/api/views/event-days?type=PROTEST", lambda r: len(r.json()["days"]) == 2),
    ("/map?type=Protests", lambda r: "2 located incident(s)" in r.text),
    ("/timeline?country=som", lambda r: "4 incident(s) match" in r.text),
    ("/network?q=Marsh", lambda r: "Lena Marsh" in r.text),
])
def test_the_views_on_postgresql(pg_client: TestClient, url: str, check: object) -> None:
    response = pg_client.get(url)
    assert response.status_code == 200, response.text[:300]
    assert check(response)  # type: ignore[operator]


@pytest.mark.parametrize("url", ["/map", "/timeline", "/network"])
def test_without_the_libraries_a_view_says_how_to_get_them(
    client: TestClient, url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from newscoder.web import views

    monkeypatch.setattr(views, "VENDOR", tmp_path / "absent" / "versions.json")
    html = client.get(url).text
    assert 'id="vendor-missing"' in html and "make setup" in html
    assert '"/static/vendor/' not in html and "<table" in html  # no library is loaded
