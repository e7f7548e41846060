"""The web app and its API over a small invented store, as a user's browser sees them.

One of the stored articles carries ``<script>`` and ``<img onerror>`` in its title, outlet,
author, text, entity, actor, place, quote and figure: every page that shows it must show it
as text.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newscoder.errors import StoreError
from newscoder.store import query
from newscoder.store.db import open_store
from newscoder.web.app import create_app
from newscoder.web.highlight import Mark, highlight
from storefixtures import HOSTILE, build_store, meeting_a, reset_postgres

PAGES = ["/", "/documents", "/documents/meeting-a", "/documents/hostile%3Cb%3E", "/actors",
         "/events", "/events?type=CONSULT&country=TUR&from=2024-03-01&to=2024-03-31",
         "/timeline", "/network", "/map", "/map?country=TUR", "/search?q=Marsh",
         "/search?q=script", "/search?q=%3Cscript%3E"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("web") / "news.db")
    build_store(path)
    return path


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    return TestClient(create_app(db))


def actor_id(db: str, name: str) -> int:
    with open_store(db, create=False, readonly=True) as store, store.engine.connect() as conn:
        return int(next(a["id"] for a in query.find_actors(conn, name) if a["name"] == name))


def test_health_answers_with_the_schema_version_and_counts(client: TestClient) -> None:
    response = client.get("/api/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["counts"]["documents"] == 3


@pytest.mark.parametrize("url", PAGES)
def test_every_page_answers_with_a_content_security_policy(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"


def hostile_pages(db: str) -> list[str]:
    return PAGES + [f"/actors/{actor_id(db, HOSTILE)}", f"/actors/{actor_id(db, 'Lena Marsh')}"]


class Elements(HTMLParser):
    """The elements and attributes a browser would build from a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text = ""  # text inside <script> elements (there must be none)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        if self.tags and self.tags[-1][0] == "script":
            self.script_text += data.strip()


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(html)
    assert parser.script_text == ""  # no inline script: scripts come from /static only
    return parser.tags


def test_hostile_html_is_shown_as_text_on_every_page(client: TestClient, db: str) -> None:
    for url in hostile_pages(db):
        html = client.get(url).text
        tags = elements(html)
        assert not [t for t, _ in tags if t in ("img", "iframe", "object")], url
        scripts = [attrs.get("src") or "" for t, attrs in tags if t == "script"]
        assert all(src.startswith("/static/") for src in scripts), url
        handlers = [name for _, attrs in tags for name in attrs if name.startswith("on")]
        assert handlers == [], url
        assert "<script>alert" not in html and "<img src=x" not in html, url


@pytest.mark.parametrize("url", ["/documents/hostile%3Cb%3E", "/events", "/search?q=script"])
def test_hostile_text_is_visible_escaped(client: TestClient, url: str) -> None:
    assert "&lt;script&gt;alert(" in client.get(url).text


def test_the_hostile_actor_page_shows_its_name_escaped(client: TestClient, db: str) -> None:
    html = client.get(f"/actors/{actor_id(db, HOSTILE)}").text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_the_document_page_links_entities_to_their_actor_pages(client: TestClient,
                                                               db: str) -> None:
    html = client.get("/documents/meeting-a").text
    marsh = actor_id(db, "Lena Marsh")
    assert re.search(rf'<a href="/actors/{marsh}" class="hl mention"[^>]*>Lena Marsh</a>', html)
    assert 'class="hl quote"' in html and 'class="hl timex"' in html
    assert 'class="hl figure"' in html and 'class="hl place"' in html
    assert 'class="hl event"' in html


def test_the_document_page_lists_verbatim_copies(tmp_path: Path) -> None:
    from newscoder.model import Document
    from newscoder.store.write import store_copy

    db = str(tmp_path / "news.db")
    build_store(db)
    with open_store(db) as store, store.engine.begin() as conn:
        store_copy(conn, Document(id="reprint", text="", title=HOSTILE, outlet="Wire Daily"),
                   "meeting-a")
    html = TestClient(create_app(db)).get("/documents/meeting-a").text
    assert "Also published verbatim as: <span>&lt;script&gt;" in html
    assert "(Wire Daily)" in html


def test_ids_that_are_urls_get_working_links(tmp_path: Path) -> None:
    from newscoder.store.ingest import Deduplicator, write_batch
    from storefixtures import meeting_b

    analysis = meeting_b()
    analysis.document.id = "https://example.org/news/a b?c=1#top"
    db = str(tmp_path / "news.db")
    with open_store(db) as store:
        write_batch(store, [analysis], Deduplicator(store))
    client = TestClient(create_app(db))
    link = re.search(r'href="(/documents/[^"]+)"', client.get("/").text)
    assert link is not None
    assert client.get(link.group(1)).status_code == 200
    assert client.get("/api" + link.group(1)).json()["id"] == analysis.document.id


def test_a_figure_read_from_the_headline_shows_the_headline(tmp_path: Path) -> None:
    from newscoder.model import Figure
    from newscoder.store.ingest import Deduplicator, write_batch
    from storefixtures import meeting_b

    analysis = meeting_b()
    analysis.document.title = "Four hurt as scaffolding falls on Quay Street"
    analysis.figures.append(Figure(0, 0, 4, "injured", headline=True, from_title=True))
    db = str(tmp_path / "news.db")
    with open_store(db) as store:
        write_batch(store, [analysis], Deduplicator(store))
    html = TestClient(create_app(db)).get(f"/documents/{analysis.document.id}").text
    assert ('<li><span class="muted">[headline]</span> Four hurt as scaffolding falls on Quay '
            'Street → 4') in html


def test_the_actor_page_is_a_dossier(client: TestClient, db: str) -> None:
    html = client.get(f"/actors/{actor_id(db, 'Lena Marsh')}").text
    assert '<h1 class="actor-name">Lena Marsh</h1>' in html
    assert "Events as source (2)" in html
    assert "We will meet again before the spring," in html
    assert "Mentioned as: “Lena Marsh” (2)" in html


def test_api_document_is_the_contract_record(client: TestClient) -> None:
    record = client.get("/api/documents/meeting-a").json()
    expected = meeting_a().to_dict()
    assert {k: record[k] for k in ("id", "text", "published", "quotes", "timexes", "places",
                                   "figures", "events")} == \
        {k: expected[k] for k in ("id", "text", "published", "quotes", "timexes", "places",
                                  "figures", "events")}


@pytest.mark.parametrize("url", ["/api/documents/nope", "/api/actors/99999"])
def test_api_missing_records_are_404_json(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404 and response.json()["detail"]


def test_a_missing_document_page_is_a_404_page(client: TestClient) -> None:
    response = client.get("/documents/%3Cscript%3Enope")
    assert response.status_code == 404
    assert "<script>nope" not in response.text


def test_api_search(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Marsh spring"}).json()
    assert [d["id"] for d in body["documents"]] == ["meeting-a"]
    assert [q["doc_id"] for q in body["quotes"]] == ["meeting-a"]


@pytest.mark.parametrize("typed", ['"', "' OR 1=1 --", "%", "NEAR(zz", "*", "zz AND", "\\", "🙂"])
def test_api_search_takes_any_text(client: TestClient, typed: str) -> None:
    response = client.get("/api/search", params={"q": typed})
    assert response.status_code == 200
    assert response.json()["documents"] == []


@pytest.mark.parametrize(("params", "expected"), [
    ({}, 4),
    ({"type": "CONSULT"}, 2),
    ({"actor": "Marsh", "from": "2024-03-05"}, 1),
    ({"country": "TUR", "to": "2024-03-04"}, 2),
    ({"actor": "%"}, 0),
    ({"acled": "Explosions/Remote violence"}, 1),
    ({"acled": "shelling/artillery/missile attack"}, 1),
    ({"acled": "Battles"}, 0),
])
def test_api_events_filters(client: TestClient, params: dict, expected: int) -> None:
    body = client.get("/api/events", params=params).json()
    assert body["count"] == expected


def test_api_events_report_the_corroboration_count(client: TestClient) -> None:
    events = client.get("/api/events", params={"type": "CONSULT"}).json()["events"]
    assert {e["reports"] for e in events} == {2}


def test_an_event_cluster_lists_all_its_reports(client: TestClient) -> None:
    consult = client.get("/api/events", params={"type": "CONSULT"}).json()["events"][0]
    reports = client.get("/api/events", params={"cluster": consult["cluster_id"]}).json()
    assert sorted(e["doc_id"] for e in reports["events"]) == ["meeting-a", "meeting-b"]
    html = client.get("/events?type=CONSULT").text
    assert f'<a href="/events?cluster={consult["cluster_id"]}"' in html
    assert "all its reports" in client.get(f"/events?cluster={consult['cluster_id']}").text


def test_api_rejects_a_malformed_date(client: TestClient) -> None:
    assert client.get("/api/events", params={"from": "yesterday"}).status_code == 422


def test_api_actor(client: TestClient, db: str) -> None:
    body = client.get(f"/api/actors/{actor_id(db, 'Lena Marsh')}").json()
    assert body["name"] == "Lena Marsh" and len(body["as_source"]) == 2


def test_openapi_describes_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/health", "/api/documents/{doc_id}", "/api/search", "/api/events",
            "/api/actors/{actor_id}"} <= set(paths)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_the_server_is_read_only(client: TestClient, method: str) -> None:
    assert client.request(method, "/api/health").status_code == 405


def test_request_size_limits(client: TestClient) -> None:
    big = client.request("GET", "/api/health", content=b"x" * 100_000)
    assert big.status_code == 413
    assert client.get("/api/search?q=" + "a" * 5000).status_code == 414


def test_the_app_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        create_app(str(tmp_path / "absent.db"))
    assert not (tmp_path / "absent.db").exists()


def test_serve_binds_to_loopback_by_default() -> None:
    from newscoder.web.commands import serve

    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_a_runaway_query_is_interrupted(db: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from newscoder.store.db import query_deadline

    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) " \
              "SELECT count(*) FROM c"
    with open_store(db, create=False, readonly=True) as store, store.engine.connect() as conn:
        with pytest.raises(OperationalError, match="interrupt"), query_deadline(0.2):
            conn.execute(text(endless))
        assert query.counts(conn)["documents"] == 3  # the connection still works


@pytest.fixture(scope="module")
def pg_client() -> TestClient:
    """The same app over PostgreSQL (NEWSCODER_TEST_POSTGRES; CI starts a server)."""
    url = os.environ.get("NEWSCODER_TEST_POSTGRES")
    if not url:
        pytest.skip("NEWSCODER_TEST_POSTGRES is not set (CI sets it)")
    reset_postgres(url)
    build_store(url)
    return TestClient(create_app(url))


@pytest.mark.parametrize(("url", "check"), [
    ("/api/health", lambda r: r.json()["counts"]["documents"] == 3),
    ("/api/documents/meeting-b", lambda r: r.json()["published"] == "2024-03-05"),
    ("/api/search?q=Marsh%20spring", lambda r: [d["id"] for d in r.json()["documents"]]
     == ["meeting-a"]),
    ("/api/search?q=%27%20OR%20zz%3Dzz%20--%20%25", lambda r: r.json()["documents"] == []),
    ("/api/events?type=CONSULT&country=TUR", lambda r: r.json()["count"] == 2),
    ("/documents/hostile%3Cb%3E", lambda r: "&lt;script&gt;alert(" in r.text),
    ("/events", lambda r: "Lena Marsh" in r.text),
    ("/network", lambda r: "Türkiye OPP" in r.text),
    ("/search?q=Vell", lambda r: "Omar Vell" in r.text),
])
def test_the_app_on_postgresql(pg_client: TestClient, url: str, check: object) -> None:
    response = pg_client.get(url)
    assert response.status_code == 200
    assert check(response)  # type: ignore[operator]


def test_the_app_cannot_write_to_postgresql(pg_client: TestClient) -> None:
    from sqlalchemy import text

    store = pg_client.app.state.store  # type: ignore[attr-defined]
    with pytest.raises(Exception, match="read-only"), store.engine.begin() as conn:
        conn.execute(text("DELETE FROM documents"))


def test_worker_processes_build_the_app_from_the_environment(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newscoder.web import DB_VARIABLE
    from newscoder.web.app import app_from_environment

    monkeypatch.setenv(DB_VARIABLE, db)
    assert TestClient(app_from_environment()).get("/api/health").json()["status"] == "ok"


@pytest.mark.parametrize(("text", "marks", "expected"), [
    ("a <b> & c", [], "a &lt;b&gt; &amp; c"),
    ("Kerry said x", [Mark(0, 5, "mention", "PERSON", href="/actors/3"), Mark(6, 10, "cue")],
     '<a href="/actors/3" class="hl mention" title="PERSON">Kerry</a> '
     '<span class="hl cue" title="">said</span> x'),
    ('"Go home," he said', [Mark(1, 9, "quote", "q", ref="quote-0"),
                            Mark(1, 3, "mention", "m", href="/actors/1")],
     '&#34;<span class="hl quote" id="quote-0-text" title="q">'
     '<a href="/actors/1" class="hl mention" title="m">Go</a></span>'
     '<span class="hl quote" title="q"> home,</span>&#34; he said'),
    ("<i>x</i>", [Mark(3, 4, "mention", '"><script>', href='/a"b')],
     '&lt;i&gt;<a href="/a&#34;b" class="hl mention" title="&#34;&gt;&lt;script&gt;">x</a>'
     "&lt;/i&gt;"),
    ("short", [Mark(2, 99, "quote"), Mark(-1, 2, "mention")], "short"),  # out of range: dropped
])
def test_highlighting_escapes_the_text_and_nests_the_marks(text: str, marks: list,
                                                            expected: str) -> None:
    assert str(highlight(text, marks)) == expected


@pytest.mark.issue(23)
def test_event_pages_show_the_acled_type_and_fatalities(client: TestClient) -> None:
    events = client.get("/api/events", params={"acled": "Shelling/artillery/missile attack"})
    (shelling,) = events.json()["events"]
    assert (shelling["event_type"], shelling["fatalities"]) == ("Explosions/Remote violence", 12)
    html = client.get("/documents/meeting-a").text
    assert "Shelling/artillery/missile attack" in html and '<td class="num">12</td>' in html
    filtered = client.get("/events", params={"acled": "Battles"}).text
    assert "Shelling/artillery/missile attack" not in filtered and 'value="Battles"' in filtered
