"""End to end (issue 19): ``analyze`` and ``ingest`` read standard input, URLs, feeds and PDF
reports alike; failures are one line and leave no store behind; other languages are stored
without English records."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from read_pdfmaker import make_pdf
from read_samples import ARTICLE_HTML, FEED, FIXTURES, report_pdf
from read_server import serving

from newscoder.cli import cli

pytestmark = [pytest.mark.slow, pytest.mark.issue(19)]
STDIN_TEXT = "Bridge reopens\n\nThe old bridge reopened to traffic on Monday, officials said.\n"


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def analyze(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, ["analyze", *args, "--format", "jsonl", "--workers", "1"],
                              input=stdin)


def ingest(db: Path, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, ["ingest", *args, "--db", str(db), "--workers", "1",
                                    "--no-progress"], input=stdin)


def records(result: Result) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def stored(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, text FROM documents ORDER BY id").fetchall()
    return [(row[0], row[1]) for row in rows]


def routes() -> dict[str, tuple[int, str, bytes, dict[str, str]]]:
    return {"/news/bridge": (200, "text/html", ARTICLE_HTML, {}),
            "/feed": (200, "application/rss+xml", FEED, {})}


def test_read_commands_analyze_stdin() -> None:
    result = analyze("-", stdin=STDIN_TEXT)
    assert result.exit_code == 0, result.output
    (record,) = records(result)
    assert record["text"] == STDIN_TEXT and record["meta"]["title"] == "Bridge reopens"


def test_read_commands_analyze_url_and_feed_url() -> None:
    with serving(routes()) as (base, _):
        result = analyze(f"{base}/news/bridge", f"{base}/feed")
    assert result.exit_code == 0, result.output
    found = records(result)
    assert [r["id"] for r in found] == [f"{base}/news/bridge", "courier-ferry-1",
                                        "courier-quotas-2"]
    assert found[0]["meta"]["authors"][0]["name"] == "Nora Pike"
    assert found[0]["timexes"]  # analysed as an English article: "on Monday" is a date


def test_read_commands_analyze_feed_file_and_pdf(tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(report_pdf())
    result = analyze(str(FIXTURES / "harbour.rss"), str(report))
    assert result.exit_code == 0, result.output
    found = records(result)
    assert [r["id"] for r in found] == ["courier-ferry-1", "courier-quotas-2", "report"]
    # The report's creation date anchors its relative dates: "on Sunday" before 4 May 2021.
    assert {t["value"] for t in found[2]["timexes"]} >= {"2021-05-02"}


def test_read_commands_analyze_other_languages_not_given_english_records() -> None:
    result = analyze(str(FIXTURES / "article_fr.txt"), str(FIXTURES / "article_ar.txt"))
    assert result.exit_code == 0, result.output
    found = records(result)
    assert [r["meta"]["language"] for r in found] == ["fr", "ar"]
    for record in found:
        assert record["events"] == [] and record["quotes"] == [] and record["places"] == []
        assert record["details"]["entities"] == []
    assert "written in French (fr), not English" in result.stderr
    assert "written in Arabic (ar), not English" in result.stderr


def test_read_commands_folder_with_feeds_pdfs_and_unread_files(tmp_path: Path) -> None:
    (tmp_path / "feed.rss").write_bytes(FEED)
    (tmp_path / "report.pdf").write_bytes(report_pdf())
    (tmp_path / "minutes.docx").write_bytes(b"PK")
    result = analyze(str(tmp_path))
    assert result.exit_code == 0, result.output
    assert len(records(result)) == 3
    assert "skipped 1 file(s) of a type newscoder does not read (1 .docx)" in result.stderr


def test_read_commands_analyze_failures_are_one_line_and_exit_1(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf([[]]))
    with serving({}) as (base, _):
        result = analyze(f"{base}/missing", str(scan), "-", stdin=STDIN_TEXT)
    assert result.exit_code == 1
    assert len(records(result)) == 1  # standard input is still analysed
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 2
    assert f"{base}/missing: the server answered 404" in errors[0]
    assert "no text layer" in errors[1]


def test_read_commands_ingest_stores_what_analyze_reads(tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(report_pdf())
    with serving(routes()) as (base, _):
        inputs = ["-", f"{base}/news/bridge", str(FIXTURES / "harbour.rss"), str(report),
                  str(FIXTURES / "article_fr.txt")]
        analysed = analyze(*inputs, stdin=STDIN_TEXT)
        result = ingest(tmp_path / "news.db", *inputs, stdin=STDIN_TEXT)
    assert result.exit_code == 0, result.output
    assert stored(tmp_path / "news.db") == sorted((r["id"], r["text"]) for r in records(analysed))
    with sqlite3.connect(tmp_path / "news.db") as conn:
        (record,) = conn.execute("SELECT record FROM documents WHERE id = 'article_fr'").fetchone()
    assert json.loads(record)["meta"]["language"] == "fr"


@pytest.mark.parametrize("inputs", [["URL/missing"], ["URL/missing", "NOFILE"]])
def test_read_commands_ingest_failure_leaves_no_store(tmp_path: Path, inputs: list[str]) -> None:
    db = tmp_path / "news.db"
    with serving({}) as (base, _):
        given = [i.replace("URL", base).replace("NOFILE", str(tmp_path / "none.txt"))
                 for i in inputs]
        result = ingest(db, *given)
    assert result.exit_code == 1
    assert not db.exists()
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == len(inputs)
    assert "no store created" in result.stderr


def test_read_commands_ingest_of_nothing_readable_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "photo.jpg").write_bytes(b"\xff\xd8")
    result = ingest(tmp_path / "news.db", str(tmp_path / "in"))
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "news.db").exists()
