"""Tables an analyst loads: incidents as ACLED-like rows, quotes, figures."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscoder.cli import cli

pytestmark = pytest.mark.slow

REPORT = (
    "A roadside bomb exploded beside a minibus near Kandahar on Tuesday, killing six "
    "passengers and wounding nine, provincial officials said. A second blast in the same "
    "district on Wednesday wounded two police officers.\n\n"
    '"We will find those responsible," Governor Tooryalai Wesa said.'
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("incidents")
    source = folder / "in.jsonl"
    source.write_text(json.dumps({"id": "kdh", "text": REPORT, "date": "2018-04-12"}) + "\n")
    db = folder / "news.db"
    result = CliRunner().invoke(cli, ["ingest", str(source), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_incidents_export_as_acled_like_rows(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "incidents.csv"
    args = ["export", "--db", str(store), "--format", "csv", "--table", "incidents"]
    result = CliRunner().invoke(cli, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {"event_date", "event_type", "sub_event_type", "admin1", "latitude", "fatalities",
            "injured", "notes", "geo_precision"} <= set(rows[0])
    lead = next(r for r in rows if r["lead"] == "True")
    assert lead["event_date"] == "2018-04-10"
    assert lead["fatalities"] == "6"
    assert lead["country"] == "AFG"
    assert "roadside bomb" in lead["notes"]
    assert len(rows) == 2  # Tuesday's bombing and Wednesday's second blast


def test_incidents_export_as_parquet(store: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "incidents.parquet"
    args = ["export", "--db", str(store), "--format", "parquet", "--table", "incidents"]
    assert CliRunner().invoke(cli, [*args, "-o", str(out)]).exit_code == 0
    table = pq.read_table(out)
    assert table.schema.field("fatalities").type == "int64"
    assert table.num_rows == 2


def test_incidents_are_not_exported_as_geojson(store: Path, tmp_path: Path) -> None:
    args = ["export", "--db", str(store), "--format", "geojson", "--table", "incidents"]
    result = CliRunner().invoke(cli, [*args, "-o", str(tmp_path / "x.geojson")])
    assert result.exit_code != 0
    assert "csv or parquet" in result.output


def export_table(store: Path, tmp_path: Path, table: str) -> list[dict[str, str]]:
    out = tmp_path / f"{table}.csv"
    args = ["export", "--db", str(store), "--format", "csv", "--table", table, "-o", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_quotes_export_says_who_said_what(store: Path, tmp_path: Path) -> None:
    rows = export_table(store, tmp_path, "quotes")
    direct = [r for r in rows if r["kind"] == "direct"]
    assert [r["content"] for r in direct] == ["We will find those responsible,"]
    assert direct[0]["speaker"].endswith("Wesa")
    assert direct[0]["cue"] == "said"
    assert direct[0]["published"] == "2018-04-12"


def test_figures_export_lists_each_count(store: Path, tmp_path: Path) -> None:
    rows = export_table(store, tmp_path, "figures")
    killed = [r for r in rows if r["category"] == "killed"]
    assert [(r["text"], float(r["value"])) for r in killed] == [("six", 6.0)]


def test_an_incident_only_the_headline_tells_has_the_headline_as_notes(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    record = {"id": "wall", "date": "2019-05-03",
              "title": "Two men shot dead outside a bar in Dayton, Ohio",
              "text": "Please sign in to keep reading.\n\nSubscribe for full access today."}
    source.write_text(json.dumps(record) + "\n")
    db, out = tmp_path / "news.db", tmp_path / "incidents.csv"
    assert CliRunner().invoke(cli, ["ingest", str(source), "--db", str(db)]).exit_code == 0
    args = ["export", "--db", str(db), "--format", "csv", "--table", "incidents", "-o", str(out)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    with out.open(encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["fatalities"] == "2"
    assert row["notes"] == "[headline] Two men shot dead outside a bar in Dayton, Ohio"


def test_a_figure_read_from_the_headline_shows_the_headline(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    record = {"id": "paywall", "date": "2021-08-14",
              "title": "Three wounded in parking lot shooting in Akron",
              "text": "Create a free account to continue.\n\nAlready a member? Log in."}
    source.write_text(json.dumps(record) + "\n")
    db = tmp_path / "news.db"
    assert CliRunner().invoke(cli, ["ingest", str(source), "--db", str(db)]).exit_code == 0
    rows = export_table(db, tmp_path, "figures")
    injured = [r for r in rows if r["category"] == "injured"]
    assert [(r["text"], float(r["value"])) for r in injured] == [
        ("[headline] Three wounded in parking lot shooting in Akron", 3.0)]
