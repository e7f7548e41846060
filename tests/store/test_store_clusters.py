"""Event clusters (issue 21): one cluster only when type, modality, actors, place and day agree.

The invented articles reproduce two false merges a user met: two arrests by police in two
states on the same day, and one country's statements about two other countries.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from storebuild import Article

from newscoder.store import query
from newscoder.store.clusters import finest_common
from newscoder.store.db import open_store
from newscoder.store.ingest import Deduplicator, write_batch

HARBOUR = {"geonameid": 7001, "country": "USA", "admin1": "Coastland", "precision": "city"}
MILLBROOK = {"geonameid": 7002, "country": "USA", "admin1": "Prairieland", "precision": "city"}
PRAIRIE = {"country": "USA", "admin1": "Prairieland", "precision": "admin1"}
USA = {"country": "USA", "precision": "country"}


def clusters(tmp_path: Path, *articles: Article) -> list[dict]:
    db = str(tmp_path / "news.db")
    with open_store(db) as opened:
        write_batch(opened, [a.analysis for a in articles], Deduplicator(opened))
        with opened.engine.connect() as conn:
            return query.events(conn, limit=100)


def arrest(doc_id: str, text: str, town: str, where: dict, day: str = "2024-05-10",
           outlet: str | None = "Harbour Herald") -> Article:
    art = Article(doc_id, text, outlet=outlet)
    police = art.actor("police", "USACOP")
    man = art.actor("man", "PPL")
    art.event("COERCE", "173", [police], [man], day, place=art.place(town, **where))
    return art


@pytest.mark.issue(21)
@pytest.mark.parametrize("indiana", [MILLBROOK, PRAIRIE, USA])
def test_two_arrests_by_police_in_two_states_are_two_events(tmp_path: Path,
                                                            indiana: dict) -> None:
    transit = arrest("transit", "Transit police arrested a man at a Harbour City rail "
                                "station after a fight on a train.", "Harbour City", HARBOUR)
    drugs = arrest("drugs", "In Millbrook, police arrested a man suspected of selling drugs.",
                   "Millbrook", indiana, outlet="Valley Post")
    found = clusters(tmp_path, transit, drugs)
    assert len({e["cluster_id"] for e in found}) == 2
    assert {(e["reports"], e["outlets"]) for e in found} == {(1, 1)}


def statement(doc_id: str, text: str, country: str, modality: str, outlet: str) -> Article:
    art = Article(doc_id, text, outlet=outlet)
    us = art.entity("United States", "GPE", "US", country="USA")
    speaker = art.actor("US", "USA", entity=us)
    place = art.place(country, country=country[:3].upper(), precision="country")
    art.event("APPEAL", "020", [speaker], [], "2024-05-10", place=place, modality=modality)
    return art


@pytest.mark.issue(21)
@pytest.mark.parametrize(("second", "modality"), [
    ("Syria", "negated"), ("Syria", "asserted"), ("Afghanistan", "negated")])
def test_one_countrys_statements_about_two_places_are_two_events(
        tmp_path: Path, second: str, modality: str) -> None:
    welcome = statement("swap", "The US welcomed the prisoner swap agreed in Afghanistan.",
                        "Afghanistan", "asserted", "Harbour Herald")
    camps = statement("camps", f"The US does not back moving people out of camps in {second}.",
                      second, modality, "Valley Post")
    found = clusters(tmp_path, welcome, camps)
    assert len({e["cluster_id"] for e in found}) == 2


@pytest.mark.parametrize(("outlets", "expected"), [
    (("Harbour Herald", "Valley Post"), (2, 2)),
    (("Harbour Herald", "Harbour Herald"), (2, 1)),
    (("Harbour Herald", None), (2, 1)),
])
def test_the_same_arrest_told_twice_is_one_event_with_its_reports_and_outlets(
        tmp_path: Path, outlets: tuple, expected: tuple) -> None:
    first = arrest("first", "Transit police arrested a man at the Harbour City station.",
                   "Harbour City", HARBOUR, outlet=outlets[0])
    second = arrest("second", "A man was arrested by transit police in Harbour City, the "
                              "station's operator said.", "Harbour City", HARBOUR,
                    day="2024-05-11", outlet=outlets[1])
    found = clusters(tmp_path, first, second)
    assert len({e["cluster_id"] for e in found}) == 1
    assert {(e["reports"], e["outlets"]) for e in found} == {expected}


def test_the_same_arrest_two_days_apart_is_two_events(tmp_path: Path) -> None:
    first = arrest("first", "Transit police arrested a man at the Harbour City station.",
                   "Harbour City", HARBOUR)
    later = arrest("later", "Transit police arrested a man at the Harbour City station again.",
                   "Harbour City", HARBOUR, day="2024-05-12")
    assert len({e["cluster_id"] for e in clusters(tmp_path, first, later)}) == 2


@pytest.mark.parametrize(("a", "b", "expected"), [
    ({"geonameid": 1, "admin1": "X", "country": "USA"}, {"admin1": "X", "country": "USA"},
     ("admin1", True)),
    ({"geonameid": 1, "admin1": "X", "country": "USA"}, {"geonameid": 2, "admin1": "X"},
     ("geonameid", False)),
    ({"country": "USA"}, {"country": "usa"}, ("country", True)),
    ({"country": "USA"}, {}, (None, False)),
    ({}, {}, (None, True)),
])
def test_clusters_compare_places_at_the_finest_level_both_give(a: dict, b: dict,
                                                               expected: tuple) -> None:
    assert finest_common(a, b) == expected
