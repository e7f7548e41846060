"""``newscoder export``: PLOVER-style JSON lines, a CAMEO/Phoenix-style table (CSV, Parquet),
GeoJSON of places and events, and the actor network as GraphML."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscoder.cli import cli
from newscoder.store.export import quad_class
from storefixtures import HOSTILE, build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("export") / "news.db")
    build_store(path)
    return path


def export(db: str, fmt: str, out: Path) -> str:
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return result.output


def test_jsonl_has_one_plover_style_event_per_line(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert "wrote 4 record(s)" in export(db, "jsonl", out)
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    consult = next(e for e in events if e["source"]["doc_id"] == "meeting-a"
                   and e["event_type"] == "CONSULT")
    assert consult["actor1"][0]["name"] == "Lena Marsh"
    assert consult["actor1"][0]["country"] == "TUR" and consult["actor1"][0]["sector"] == "GOV"
    assert consult["location"]["name"] == "Tarsis"
    assert consult["evidence"]["text"].startswith("Foreign Minister Lena Marsh met")
    assert consult["cluster"]["reports"] == 2


def test_csv_is_a_phoenix_style_table(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    export(db, "csv", out)
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4
    assault = next(r for r in rows if r["event_code"] == "195")
    assert (assault["event_root_code"], assault["quad_class"], assault["year"]) == \
        ("19", "4", "2024")
    hostile = next(r for r in rows if r["doc_id"] == "hostile<b>")
    assert hostile["source_actor_name"] == HOSTILE  # kept verbatim: a CSV is data, not HTML


def test_parquet_matches_the_csv(db: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    export(db, "parquet", tmp_path / "events.parquet")
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.num_rows == 4
    assert sorted(table.column("event_code").to_pylist()) == ["040", "040", "112", "195"]


def test_geojson_has_event_and_place_features(db: str, tmp_path: Path) -> None:
    out = tmp_path / "map.geojson"
    export(db, "geojson", out)
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    kinds = [f["properties"]["kind"] for f in collection["features"]]
    assert kinds.count("event") == 4 and kinds.count("place") == 4
    tarsis = next(f for f in collection["features"] if f["properties"].get("name") == "Tarsis")
    assert tarsis["geometry"] == {"type": "Point", "coordinates": [34.6, 36.8]}


def test_graphml_is_the_actor_network(db: str, tmp_path: Path) -> None:
    out = tmp_path / "actors.graphml"
    export(db, "graphml", out)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = ET.parse(out).getroot().find("g:graph", ns)
    assert graph is not None
    names = {n.get("id"): n.find("g:data[@key='name']", ns).text
             for n in graph.findall("g:node", ns)}
    edges = [(names[e.get("source")], names[e.get("target")],
              e.find("g:data[@key='weight']", ns).text) for e in graph.findall("g:edge", ns)]
    assert edges == [("Lena Marsh", "Türkiye OPP", "2")]


def test_export_of_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db"), "--format",
                                      "csv", "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 1 and "no such store" in result.output
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "none.db").exists()


@pytest.mark.parametrize(("cameo", "quad"), [("010", 1), ("057", 1), ("061", 2), ("090", 2),
                                              ("112", 3), ("141", 3), ("173", 4), ("2042", 4),
                                              ("", None), ("X1", None)])
def test_quad_class(cameo: str, quad: int | None) -> None:
    assert quad_class(cameo) == quad


@pytest.mark.issue(23)
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_carry_acleds_own_columns(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    export(db, fmt, out)
    if fmt == "csv":
        with open(out, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    typed = {(r["event_code"], r["event_type"], r["sub_event_type"], str(r["fatalities"]))
             for r in rows if r["event_type"]}
    assert typed == {("195", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                      "12")}
    consult = next(r for r in rows if r["event_code"] == "040")
    assert not consult["event_type"] and not consult["sub_event_type"]


@pytest.mark.issue(23)
def test_jsonl_events_carry_their_acled_type(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    export(db, "jsonl", out)
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_code = {e["cameo"]: e for e in events}
    assert by_code["195"]["acled"]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert by_code["195"]["fatalities"] == 12
    assert by_code["112"]["acled"] is None


def test_jsonl_leaves_out_statements_which_plover_dropped(tmp_path: Path) -> None:
    from dataclasses import replace

    from newscoder.events.lexicon import statement_type
    from newscoder.store.db import open_store
    from newscoder.store.ingest import Deduplicator, write_batch
    from storefixtures import meeting_a

    analysis = meeting_a()
    meeting = analysis.events[0]
    statement = replace(meeting, plover=statement_type(), cameo="013")  # optimistic comment
    analysis = replace(analysis, events=[*analysis.events, statement])
    db = str(tmp_path / "statements.db")
    with open_store(db) as store:
        write_batch(store, [analysis], Deduplicator(store))
    export(db, "jsonl", tmp_path / "events.jsonl")
    export(db, "csv", tmp_path / "events.csv")
    plover = [json.loads(line)["cameo"]
              for line in (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(tmp_path / "events.csv", encoding="utf-8", newline="") as handle:
        cameo = [row["event_code"] for row in csv.DictReader(handle)]
    assert sorted(plover) == ["040", "195"]
    assert sorted(cameo) == ["013", "040", "195"]  # the CAMEO table keeps it
