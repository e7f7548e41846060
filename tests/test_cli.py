"""End-to-end tests of `newscoder analyze`: the contract record, formats and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscoder.cli import cli

pytestmark = pytest.mark.slow

CONTRACT_KEYS = {"id", "text", "published", "quotes", "timexes", "places", "figures", "events"}


def run_analyze(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed command as a user would, in a separate process."""
    command = [sys.executable, "-m", "newscoder", "analyze", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_cli_analyze_seed_writes_one_contract_record(seed_path: Path) -> None:
    result = run_analyze(str(seed_path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) >= CONTRACT_KEYS
    assert record["published"] == "2014-01-13"
    assert record["text"] == seed_path.read_text(encoding="utf-8")
    people = {e["name"] for e in record["details"]["entities"] if e["label"] == "PERSON"}
    assert {"John Kerry", "Ahmad Jarba", "Laurent Fabius", "Romain Caillet"} <= people


def test_cli_analyze_jsonl_with_a_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    rows = [
        json.dumps({"id": "one", "text": "The council met on Monday.", "date": "2020-01-08"}),
        '{"id": "two", "text": ',
        json.dumps({"id": "three", "text": "Voters went to the polls."}),
    ]
    path.write_text("\n".join(rows) + "\n")
    result = run_analyze(str(path), "--format", "jsonl")
    assert result.returncode != 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["one", "three"]
    assert f"{path}:2" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_analyze_keeps_jsonl_text_exactly(tmp_path: Path) -> None:
    text = "\ufeffLine one.\r\n\r\nLine  two\u00a0with odd spaces.\t"
    path = tmp_path / "exact.jsonl"
    path.write_text(json.dumps({"id": "e", "text": text}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"] == text


def test_cli_analyze_json_and_output_file(tmp_path: Path, examples_dir: Path) -> None:
    out = tmp_path / "out.json"
    article = str(examples_dir / "01_vienna_talks.txt")
    result = CliRunner().invoke(cli, ["analyze", article, "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    (record,) = json.loads(out.read_text())
    assert record["published"] == "2019-03-04"
    assert record["meta"]["author"] == "Dana Whitfield"


def test_cli_analyze_pretty_view_shows_metadata_and_entities(examples_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["analyze", str(examples_dir / "02_market_bombing.txt")])
    assert result.exit_code == 0, result.output
    assert "Car bomb kills at least 17" in result.stdout
    assert "published 2016-10-21" in result.stdout
    assert "Ahmed Salim" in result.stdout


def test_cli_analyze_pretty_view_lists_incidents_with_the_lead_marked(
    examples_dir: Path,
) -> None:
    result = CliRunner().invoke(cli, ["analyze", str(examples_dir / "02_market_bombing.txt")])
    incidents = result.stdout.split("Incidents")[1]
    assert "Remote" in incidents and "★" in incidents
    assert "2016-10-20" in incidents


def test_cli_analyze_unreadable_and_binary_files(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(bytes(range(256)))
    (tmp_path / "good.txt").write_text("Rain fell on the city on Friday.\n")
    result = run_analyze(str(tmp_path), str(tmp_path / "nope.txt"), "--format", "jsonl")
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1
    assert "photo.txt" in result.stderr and "nope.txt" in result.stderr
    assert "Traceback" not in result.stderr
