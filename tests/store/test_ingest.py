"""``newscoder ingest``: every input kind, each document once, and no loss after ``kill -9``.

The articles are invented here; they go through the real pipeline (so these tests load the
model).
"""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscoder.cli import cli

pytestmark = pytest.mark.slow

TOWNS = ["Alderby", "Brookmere", "Calder Vale", "Dunmore", "Eastwick", "Fenwick", "Glenholt",
         "Harrowgate", "Ivybridge", "Juniper Falls"]
THINGS = ["bridge", "library", "clinic", "school", "market", "harbour"]
MONTHS = ["March", "April", "May", "June", "July", "August"]


def article(i: int) -> dict[str, str]:
    """A short invented news item; no two share their wording."""
    town, thing, month = TOWNS[i % 10], THINGS[i % 6], MONTHS[(i // 6) % 6]
    text = (
        f"The council of {town} said on Tuesday that the new {thing} would open in {month}, "
        f"{i + 3} weeks later than planned. Mayor Ruth Okafor told reporters that "
        f"\"{i * 7 + 11} workers\" had been hired. Residents of {town} gathered {i + 2} "
        f"petitions against the delay, item {i}."
    )
    return {"id": f"item-{i:03d}", "text": text, "date": "2025-02-04", "title": f"{town} {thing}"}


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def stored_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM documents ORDER BY id")]


def ingest(*args: str) -> object:
    return CliRunner().invoke(cli, ["ingest", "--no-progress", *args])


RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Ferry service resumes</title><link>https://example.org/ferry</link>
<guid>ferry-1</guid><pubDate>Tue, 04 Feb 2025 09:00:00 GMT</pubDate>
<description>&lt;p&gt;The ferry between Alderby and Dunmore resumed on Monday after
storms, the operator said.&lt;/p&gt;</description></item>
<item><title>Harbour dredging</title><link>https://example.org/harbour</link>
<description>Dredging of the Eastwick harbour will start in April, officials said.</description>
</item></channel></rss>"""

HTML = """<html><head><title>Orchard festival returns</title></head><body><article>
<h1>Orchard festival returns</h1><p>The orchard festival in Glenholt returns this autumn after a
two-year pause, organisers announced on Friday. Tickets go on sale in June.</p>
<p>Organiser Tom Reyes said the festival would be smaller than before but would keep the parade
that made it famous across the county.</p></article></body></html>"""


def write_warc(path: Path) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        record = writer.create_warc_record("https://example.org/orchard", "response",
                                           payload=io.BytesIO(HTML.encode()),
                                           http_headers=headers)
        writer.write_record(record)
    return path


def test_ingest_reads_every_kind_of_input_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "items.jsonl", [article(i) for i in range(3)])
    (folder / "note.txt").write_text("Calder Vale opened its new clinic on Monday, the "
                                     "health board said.\n", encoding="utf-8")
    (folder / "wire.rss").write_text(RSS, encoding="utf-8")
    write_warc(folder / "crawl.warc.gz")
    db = tmp_path / "news.db"

    first = ingest(str(folder), "--db", str(db))
    assert first.exit_code == 0, first.output
    ids = stored_ids(db)
    assert len(ids) == 7  # 3 JSONL lines, 1 text file, 2 feed entries, 1 WARC page
    assert {"item-000", "note", "ferry-1", "https://example.org/harbour"} <= set(ids)

    again = ingest(str(folder), "--db", str(db))
    assert again.exit_code == 0
    assert "stored 0, 0 verbatim copies recorded, skipped 7 already stored" in again.output
    assert stored_ids(db) == ids


def test_the_same_text_under_another_id_is_recorded_as_a_copy(tmp_path: Path) -> None:
    copy = dict(article(1), id="copy-of-1", title="Reprinted")
    source = write_jsonl(tmp_path / "in.jsonl", [article(1), copy])
    db = tmp_path / "news.db"
    result = ingest(str(source), "--db", str(db))
    assert "stored 1, 1 verbatim copies recorded" in result.output
    assert stored_ids(db) == ["copy-of-1", "item-001"]  # one row per id (issue 21)
    with sqlite3.connect(db) as conn:
        copies = conn.execute("SELECT id, copy_of, title FROM documents "
                              "WHERE copy_of IS NOT NULL").fetchall()
        analysed = conn.execute("SELECT count(DISTINCT doc_id) FROM sentences").fetchone()[0]
    assert copies == [("copy-of-1", "item-001", "Reprinted")]
    assert analysed == 1  # the copy is not analysed again
    assert "skipped 2 already stored" in ingest(str(source), "--db", str(db)).output


def test_a_near_duplicate_is_stored_and_linked(tmp_path: Path) -> None:
    wire = article(4)
    rewrite = dict(wire, id="rewrite", text=wire["text"].replace("Tuesday", "Wednesday"))
    db = tmp_path / "news.db"
    ingest(str(write_jsonl(tmp_path / "in.jsonl", [wire, rewrite])), "--db", str(db))
    with sqlite3.connect(db) as conn:
        links = conn.execute("SELECT doc_id, other_id FROM duplicates").fetchall()
    assert links == [("rewrite", "item-004")]


def test_bad_inputs_are_reported_and_the_rest_stored(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(article(0)) + "\n{not json\n" + json.dumps({"id": "x"}) + "\n"
                      + json.dumps(article(1)) + "\n", encoding="utf-8")
    result = ingest(str(source), "--db", str(tmp_path / "news.db"))
    assert result.exit_code == 1
    assert f"{source}:2" in result.output and f"{source}:3" in result.output
    assert stored_ids(tmp_path / "news.db") == ["item-000", "item-001"]


def test_ingest_refuses_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("my precious notes\n", encoding="utf-8")
    result = ingest(str(write_jsonl(tmp_path / "in.jsonl", [article(0)])), "--db", str(db))
    assert result.exit_code == 1
    assert "not a SQLite database" in result.output
    assert db.read_text(encoding="utf-8") == "my precious notes\n"


def test_a_store_damaged_inside_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    ingest(str(write_jsonl(tmp_path / "a.jsonl", [article(i) for i in range(3)])), "--db", str(db))
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    data[page_size * 2 :] = b"\xa5" * (len(data) - page_size * 2)  # header intact, pages not
    db.write_bytes(bytes(data))
    result = ingest(str(write_jsonl(tmp_path / "b.jsonl", [article(7)])), "--db", str(db))
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "malformed" in result.output and "Traceback" not in result.output
    assert db.read_bytes() == bytes(data)  # left as it was for the user to rescue


def test_workers_store_the_same_documents(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [article(i) for i in range(6)])
    ingest(str(source), "--db", str(tmp_path / "one.db"))
    ingest(str(source), "--db", str(tmp_path / "two.db"), "--workers", "2")
    assert stored_ids(tmp_path / "one.db") == stored_ids(tmp_path / "two.db")


def count_documents(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0  # the schema is not there yet


def run_and_kill(command: list[str], db: Path, after: int) -> int:
    """Start ingest, ``kill -9`` it once ``after`` documents are committed; the count then."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if count_documents(db) >= after:
                os.kill(process.pid, signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
    return count_documents(db)


@pytest.mark.issue(21)
def test_ingest_killed_twice_resumes_with_every_document_exactly_once(tmp_path: Path) -> None:
    records = [article(i) for i in range(60)]
    copies = [dict(article(5), id="copy-5"), dict(article(41), id="copy-41")]
    source = write_jsonl(tmp_path / "in.jsonl", records[:30] + copies[:1] + records[30:]
                         + copies[1:])
    db = tmp_path / "news.db"
    command = [str(Path(sys.executable).with_name("newscoder")), "ingest", str(source),
               "--db", str(db), "--batch-size", "2", "--no-progress"]
    first = run_and_kill(command, db, after=4)
    second = run_and_kill(command, db, after=first + 10)
    assert 4 <= first < second < 62  # both kills landed mid-run
    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    assert stored_ids(db) == sorted(r["id"] for r in records + copies)  # each id once
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT id, copy_of FROM documents WHERE copy_of IS NOT NULL "
                            "ORDER BY id").fetchall() \
            == [("copy-41", "item-041"), ("copy-5", "item-005")]
        # No half-written document: each has all its sentences and its search entry.
        for doc_id, record in conn.execute("SELECT id, record FROM documents "
                                           "WHERE copy_of IS NULL"):
            sentences = len(json.loads(record)["details"]["sentences"])
            rows = conn.execute("SELECT count(*) FROM sentences WHERE doc_id = ?",
                                (doc_id,)).fetchone()[0]
            assert rows == sentences > 0
        assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == 60
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
