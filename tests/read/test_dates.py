"""Publication dates as sources write them, and a clear warning for one that cannot be read
(issue 18)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscoder.cli import cli
from newscoder.model import Document
from newscoder.read import iter_documents
from newscoder.read.dates import is_us_source, parse_date


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("raw", "order", "url", "expected"),
    [
        ("2021-05-04", "auto", None, "2021-05-04"),
        ("2021-05-04T22:10:00+02:00", "auto", None, "2021-05-04"),
        ("Tue, 04 May 2021 10:00:00 +0000", "auto", None, "2021-05-04"),
        ("May 4, 2021", "auto", None, "2021-05-04"),
        ("4 May 2021", "MDY", None, "2021-05-04"),  # written out: the order does not matter
        ("05/04/2021", "auto", None, "2021-04-05"),  # day first by default
        ("05/04/2021", "DMY", None, "2021-04-05"),
        ("05/04/2021", "MDY", None, "2021-05-04"),
        ("05/04/2021", "auto", "https://www.nytimes.com/2021/05/04/a.html", "2021-05-04"),
        ("05/04/2021", "auto", "https://news.example.co.uk/a", "2021-04-05"),
        ("13/01/2014", "MDY", None, "2014-01-13"),  # no 13th month: only one reading
        ("2021-02-30", "auto", None, None),
        ("last Tuesday", "auto", None, None),
        ("page 12", "auto", None, None),
    ],
)
def test_read_dates_common_forms(
    raw: str, order: str, url: str | None, expected: str | None
) -> None:
    parsed = parse_date(raw, order, url)  # type: ignore[arg-type]
    assert (parsed.isoformat() if parsed else None) == expected


@pytest.mark.parametrize(
    ("url", "us"),
    [("https://www.washingtonpost.com/x", True), ("https://wral.us/x", True),
     ("https://www.bbc.co.uk/news/1", False), (None, False)],
)
def test_read_dates_us_source(url: str | None, us: bool) -> None:
    assert is_us_source(url) is us


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.issue(18)
def test_read_dates_jsonl_numeric_date_in_chosen_order(tmp_path: Path) -> None:
    record = {"id": "a", "text": "Rain fell.", "date": "05/04/2021"}
    path = write_jsonl(tmp_path / "a.jsonl", [record])
    (day_first,) = list(iter_documents([path]))
    (month_first,) = list(iter_documents([path], "MDY"))
    assert isinstance(day_first, Document) and isinstance(month_first, Document)
    assert (day_first.published, month_first.published) == ("2021-04-05", "2021-05-04")


@pytest.mark.issue(18)
def test_read_dates_unreadable_date_is_a_warning_naming_the_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write_jsonl(
        tmp_path / "b.jsonl",
        [{"id": "a", "text": "Rain fell.", "date": "2021-05-04"},
         {"id": "b", "text": "Snow fell.", "date": "around noon"}],
    )
    with caplog.at_level(logging.WARNING, logger="newscoder.read.dates"):
        documents = list(iter_documents([path]))
    assert [d.published for d in documents if isinstance(d, Document)] == ["2021-05-04", None]
    assert [r.getMessage().split(": ")[0] for r in caplog.records] == [f"{path}:2"]
    assert "around noon" in caplog.records[0].getMessage()


@pytest.mark.slow
@pytest.mark.issue(18)
def test_read_dates_cli_date_order(tmp_path: Path) -> None:
    record = {"id": "c", "text": "Rain fell.", "date": "05/04/2021"}
    path = write_jsonl(tmp_path / "c.jsonl", [record])
    result = CliRunner().invoke(cli, ["analyze", str(path), "--format", "jsonl",
                                      "--date-order", "MDY", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[-1])["published"] == "2021-05-04"


def page_with_date(content: str, attribute: str = 'name="date"') -> str:
    body = "The ferry sailed again on Monday after three days in port, its operator said. " * 3
    return (f'<html><head><meta {attribute} content="{content}"><title>Ferry</title></head>'
            f"<body><article><p>{body}</p></article></body></html>")


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("content", "attribute", "order", "url", "expected"),
    [
        ("05/04/2021", 'name="date"', "auto", None, "2021-04-05"),
        ("05/04/2021", 'name="date"', "MDY", None, "2021-05-04"),
        ("05/04/2021", 'property="article:published_time"', "auto",
         "https://www.nytimes.com/2021/ferry.html", "2021-05-04"),
        ("2021-05-04T08:00:00Z", 'property="article:published_time"', "DMY", None,
         "2021-05-04"),
        ("Tue, 04 May 2021 08:00:00 +0000", 'itemprop="datePublished"', "auto", None,
         "2021-05-04"),
        ("4 May 2021", 'name="pubdate"', "MDY", None, "2021-05-04"),
    ],
)
def test_read_dates_html_metadata_in_chosen_order(
    content: str, attribute: str, order: str, url: str | None, expected: str
) -> None:
    from newscoder.read.html import read_html

    document = read_html(page_with_date(content, attribute), "p.html", "p", order, url)  # type: ignore[arg-type]
    assert document.published == expected


@pytest.mark.issue(18)
def test_read_dates_html_unreadable_metadata_date_is_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "ferry.html"
    path.write_text(page_with_date("the day after the storm"), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="newscoder.read.dates"):
        (document,) = list(iter_documents([path]))
    assert isinstance(document, Document) and document.published is None
    assert [r.getMessage().split(": ")[0] for r in caplog.records] == [str(path)]


@pytest.mark.slow
@pytest.mark.issue(18)
def test_read_dates_ingest_date_order_and_warning_naming_the_line(tmp_path: Path) -> None:
    import sqlite3

    path = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "d1", "text": "Rain fell on the port.", "date": "05/04/2021"},
        {"id": "d2", "text": "Snow fell on the hills.", "date": "after lunch"},
    ])
    db = tmp_path / "news.db"
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db), "--date-order",
                                      "MDY", "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"newscoder: warning: {path}:2: cannot read the date 'after lunch'" in result.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, published FROM documents ORDER BY id").fetchall()
    assert rows == [("d1", "2021-05-04"), ("d2", None)]
