"""The map and the timeline are drawn from incidents: one mark per real-world occurrence."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from newscoder.cli import cli
from newscoder.web.app import create_app

pytestmark = pytest.mark.slow

# One bombing told three times (headline, lead, recap) and a clash in another country.
ARTICLES = [
    {"id": "a", "date": "2019-07-13", "text": (
        "Car bomb kills 14 in Mogadishu\n\nA car bomb exploded outside a hotel in Mogadishu on "
        "Friday, killing 14 people, police said.\n\nFriday's bombing was the deadliest this "
        "year.")},
    {"id": "b", "date": "2020-03-02", "text": (
        "Soldiers and rebels clashed near Kidal on Sunday, and five fighters were killed, "
        "officials said.")},
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    folder = tmp_path_factory.mktemp("views")
    source = folder / "in.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    db = folder / "news.db"
    result = CliRunner().invoke(cli, ["ingest", str(source), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return TestClient(create_app(str(Path(db))))


def listed(page: str) -> str:
    """The map page's table of located incidents."""
    return page.split('<table class="incidents">')[1].split("</table>")[0]


def test_the_map_draws_one_point_per_incident(client: TestClient) -> None:
    page = client.get("/map").text
    assert "2 located incident(s)" in page
    assert re.search(r"Mogadishu.*?<td class=\"num\">14</td>", listed(page), re.S)


def test_the_map_filters_by_country(client: TestClient) -> None:
    page = client.get("/map", params={"country": "MLI"}).text
    assert "1 located incident(s)" in page
    assert "Mogadishu" not in listed(page)


def test_the_map_api_places_each_incident_on_a_calendar_day(client: TestClient) -> None:
    found = client.get("/api/views/incidents").json()["incidents"]
    assert {(i["country"], i["day"]) for i in found} == {("SOM", "2019-07-12"),
                                                         ("MLI", "2020-03-01")}
    assert all(i["point"] in ("point", "admin", "country") for i in found)


def test_the_timeline_counts_incidents_by_type(client: TestClient) -> None:
    page = client.get("/timeline").text
    assert "Timeline of incidents" in page
    assert "Explosions/Remote violence" in page


def test_the_api_lists_incidents_with_their_filters(client: TestClient) -> None:
    found = client.get("/api/incidents").json()["incidents"]
    assert {i["country"] for i in found} == {"SOM", "MLI"}
    bombing = client.get("/api/incidents", params={"country": "SOM"}).json()["incidents"]
    assert [(i["location"], i["fatalities"], i["date"]) for i in bombing] == [
        ("Mogadishu", 14, "2019-07-12")
    ]
    assert bombing[0]["events"] and bombing[0]["evidence"]
    later = client.get("/api/incidents", params={"from": "2020-01-01"}).json()["incidents"]
    assert [i["country"] for i in later] == ["MLI"]
    clashes = client.get("/api/incidents", params={"type": "Battles"}).json()["incidents"]
    assert [i["country"] for i in clashes] == ["MLI"]


def test_the_api_refuses_a_malformed_date(client: TestClient) -> None:
    assert client.get("/api/incidents", params={"from": "last week"}).status_code == 422
