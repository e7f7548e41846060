"""``newscoder actors --uncoded``: the actor names a store left without a code (issue 26)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscoder.cli import cli

# Invented reports: an armed group and a commander no dictionary knows, told three times,
# beside actors the knowledge base codes (the Arakan Army, Myanmar's junta).
REPORTS = [
    "Fighters of the Tawlar Hills Brigade attacked a police post near Sittwe on Monday. "
    "Commander Neyo Barsk said the Tawlar Hills Brigade would fight on.",
    "The Tawlar Hills Brigade and the Arakan Army shared a checkpoint, Neyo Barsk told reporters.",
    "Residents said the Tawlar Hills Brigade had left the town before the junta's air strike.",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("uncoded")
    for number, text in enumerate(REPORTS):
        (folder / f"report{number}.txt").write_text(f"Report {number}\n\n{text}\n")
    db = folder / "news.db"
    result = CliRunner().invoke(
        cli, ["ingest", str(folder), "--db", str(db), "--workers", "1", "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.slow
@pytest.mark.issue(26)
def test_actors_uncoded_lists_unknown_names_with_counts_and_examples(store: Path) -> None:
    result = CliRunner().invoke(cli, ["actors", "--uncoded", "--db", str(store), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    by_name = {row["name"]: row for row in rows}
    brigade = next(row for name, row in by_name.items() if "Tawlar Hills Brigade" in name)
    assert brigade["count"] >= 3
    assert "Tawlar Hills Brigade" in brigade["example"]
    assert not any("Arakan Army" in name for name in by_name)  # coded: not listed
    counts = [row["count"] for row in rows]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.slow
def test_actors_uncoded_leaves_the_store_unchanged(store: Path) -> None:
    before = store.read_bytes()
    CliRunner().invoke(cli, ["actors", "--uncoded", "--db", str(store)])
    assert store.read_bytes() == before


def test_actors_command_needs_a_report_and_a_store(tmp_path: Path) -> None:
    assert CliRunner().invoke(cli, ["actors", "--db", str(tmp_path / "x.db")]).exit_code == 2
    missing = CliRunner().invoke(cli, ["actors", "--uncoded", "--db", str(tmp_path / "x.db")])
    assert missing.exit_code == 1
    assert "no such store" in missing.output
