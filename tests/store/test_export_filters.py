"""Exports an ACLED or GDELT user can load (issue 21): filters, the columns of the events
table, ISO dates sortable as text with their precision, GeoJSON events with their actors, and
``-o -`` for standard output."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscoder.cli import cli
from storefixtures import build_store

pd = pytest.importorskip("pandas")  # what an analyst loads the tables with

EVENT_COLUMNS = {
    "actor1_code", "actor1_name", "actor2_code", "actor2_name", "event_code", "plover",
    "event_type", "sub_event_type", "fatalities", "date", "time_precision", "location_name",
    "lat", "lon", "geo_precision", "admin1", "admin2", "modality", "evidence_text", "doc_id",
    "url", "reports",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("filters") / "news.db")
    build_store(path)
    return path


def run(db: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["export", "--db", db, *args])
    return result.exit_code, result.stdout, result.stderr


def events_table(db: str, *filters: str) -> pd.DataFrame:  # type: ignore[name-defined]
    code, out, err = run(db, "--format", "csv", *filters, "-o", "-")
    assert code == 0, err
    return pd.read_csv(io.StringIO(out), dtype={"date": str})


@pytest.mark.issue(21)
def test_the_events_table_loads_in_pandas_with_acled_and_gdelt_columns(db: str) -> None:
    table = events_table(db)
    assert set(table.columns) >= EVENT_COLUMNS
    assert len(table) == 4
    assert list(table.sort_values("date")["date"]) == sorted(table["date"])
    assert set(table["time_precision"]) == {"day"}
    assault = table[table["event_code"] == 195].iloc[0]
    assert assault["fatalities"] == 12 and assault["evidence_text"].startswith("Shelling")


@pytest.mark.issue(21)
@pytest.mark.parametrize(("filters", "expected"), [
    ((), {"meeting-a#0", "meeting-a#1", "meeting-b#0", "hostile<b>#0"}),
    (("--from", "2024-03-05"), {"meeting-b#0", "hostile<b>#0"}),
    (("--to", "2024-03-04"), {"meeting-a#0", "meeting-a#1"}),
    (("--from", "2024-03", "--to", "2024-03"), {"meeting-a#0", "meeting-b#0", "hostile<b>#0"}),
    (("--type", "CONSULT"), {"meeting-a#0", "meeting-b#0"}),
    (("--type", "19"), {"meeting-a#1"}),
    (("--type", "Shelling/artillery/missile attack"), {"meeting-a#1"}),
    (("--actor", "Lena Marsh"), {"meeting-a#0", "meeting-b#0"}),
    (("--actor", "TUROPP"), {"meeting-a#0", "meeting-b#0"}),
    (("--country", "tur", "--type", "ACCUSE"), {"hostile<b>#0"}),
    (("--country", "SYR"), set()),
])
def test_event_filters(db: str, filters: tuple[str, ...], expected: set[str]) -> None:
    code, out, err = run(db, "--format", "jsonl", *filters, "-o", "-")
    assert code == 0, err
    assert {json.loads(line)["id"] for line in out.splitlines()} == expected


@pytest.mark.issue(21)
def test_geojson_events_carry_actors_type_modality_and_evidence(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    code, _, err = run(db, "--format", "geojson", "--type", "CONSULT", "-o", str(out))
    assert code == 0, err
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert {f["properties"]["kind"] for f in features} == {"event"}  # no places with --type
    props = features[0]["properties"]
    assert [a["name"] for a in props["actor1"]] == ["Lena Marsh"]
    assert props["actor2"][0]["code"] == "TUROPP"
    assert props["modality"] == "asserted" and props["plover"] == "CONSULT"
    assert "opposition leaders" in props["evidence"]


@pytest.mark.issue(21)
@pytest.mark.parametrize(("table", "filters", "rows"), [
    ("quotes", ("--actor", "Lena Marsh"), 1),
    ("quotes", ("--from", "2024-03-06"), 1),
    ("figures", ("--type", "killed"), 1),
    ("figures", ("--to", "2024-03-04"), 0),
])
def test_quotes_and_figures_tables_take_their_filters(db: str, table: str,
                                                      filters: tuple[str, ...],
                                                      rows: int) -> None:
    code, out, err = run(db, "--format", "csv", "--table", table, *filters, "-o", "-")
    assert code == 0, err
    assert len(pd.read_csv(io.StringIO(out))) == rows


def test_a_filter_a_table_cannot_take_is_a_clear_error(db: str) -> None:
    code, _, err = run(db, "--format", "csv", "--table", "figures", "--actor", "Marsh",
                       "-o", "-")
    assert code != 0 and "cannot be filtered by actor" in err


@pytest.mark.issue(21)
def test_parquet_goes_to_standard_output(db: str) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", "parquet", "-o", "-"])
    assert result.exit_code == 0, result.stderr
    table = pd.read_parquet(io.BytesIO(result.stdout_bytes))
    assert len(table) == 4 and table["fatalities"].max() == 12


@pytest.mark.issue(21)
def test_geojson_places_follow_the_country_and_the_articles_dates(db: str,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "late.geojson"
    code, _, err = run(db, "--format", "geojson", "--from", "2024-03-06", "-o", str(out))
    assert code == 0, err
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert {f["properties"]["doc_id"] for f in features} == {"hostile<b>"}
    assert {f["properties"]["kind"] for f in features} == {"event", "place"}
