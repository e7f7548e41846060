"""``newscoder recode`` (issue 26): documents another coder produced are analysed again, the
change in counts is told, a killed run resumes, and a second run changes nothing."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from storebuild import Article

from newscoder.cli import cli
from newscoder.model import Analysis, Document
from newscoder.store import query
from newscoder.store.db import open_store
from newscoder.store.recode import current_coder, recode
from storefixtures import build_store, meeting_a

OLD = json.dumps({"data": "0000", "version": "0.0.1"})


def age(db: str, *doc_ids: str) -> None:
    """Mark documents as analysed by an older coder."""
    with sqlite3.connect(db) as conn:
        conn.executemany("UPDATE documents SET coder = ? WHERE id = ?",
                         [(OLD, d) for d in doc_ids])


def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A pipeline that now reads the shelling of meeting-a as a protest; the ids it saw."""
    seen: list[str] = []

    def analyze_stream(documents: Iterable[Document], workers: int = 1) -> Iterator[Analysis]:
        for doc in documents:
            seen.append(doc.id)
            analysis = meeting_a()
            assert doc.text == analysis.text  # analysed again from the stored text
            analysis.events[1].plover = "PROTEST"
            yield analysis

    monkeypatch.setattr("newscoder.run.analyze_stream", analyze_stream)
    return seen


@pytest.mark.issue(26)
def test_recode_replaces_the_records_of_documents_with_another_coder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "news.db")
    build_store(db)
    age(db, "meeting-a")
    seen = fake_pipeline(monkeypatch)
    with open_store(db) as store:
        report = recode(store)
        again = recode(store)
        with store.engine.connect() as conn:
            types = {e["plover"] for e in query.events(conn, doc_id="meeting-a")}
            coder = query.document(conn, "meeting-a")["coder"]
            clusters = {e["cluster_id"] for e in query.events(conn)}
            stored = query.counts(conn)["event_clusters"]
    assert seen == ["meeting-a"] and report.recoded == 1
    assert (report.before.types["ASSAULT"], report.after.types["ASSAULT"]) == (1, 0)
    assert (report.before.types["PROTEST"], report.after.types["PROTEST"]) == (0, 1)
    assert report.before.types["CONSULT"] == report.after.types["CONSULT"] == 1
    assert types == {"CONSULT", "PROTEST"}
    assert json.dumps(coder, sort_keys=True, separators=(",", ":")) == current_coder()
    assert (again.stale, again.recoded) == (0, 0)
    assert len(clusters) == stored  # the ASSAULT cluster, now empty, is gone


@pytest.mark.issue(26)
def test_recode_prints_the_change_per_type_and_per_actor_code(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "news.db")
    build_store(db)
    age(db, "meeting-a")
    fake_pipeline(monkeypatch)
    first = CliRunner().invoke(cli, ["recode", "--db", db])
    second = CliRunner().invoke(cli, ["recode", "--db", db])
    assert first.exit_code == 0, first.output
    assert "1 of 1 document(s) with another coder recoded" in first.output
    assert "ASSAULT" in first.output and "(-1)" in first.output and "(+1)" in first.output
    assert "0 of 0 document(s)" in second.output and "no change" in second.output


def test_recode_all_analyses_every_document_again(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from storefixtures import all_analyses

    db = str(tmp_path / "news.db")
    build_store(db)
    seen: list[str] = []

    def analyze_stream(documents: Iterable[Document], workers: int = 1) -> Iterator[Analysis]:
        by_id = {a.document.id: a for a in all_analyses()}
        for doc in documents:
            seen.append(doc.id)
            yield by_id[doc.id]

    monkeypatch.setattr("newscoder.run.analyze_stream", analyze_stream)
    result = CliRunner().invoke(cli, ["recode", "--db", db, "--all"])
    assert result.exit_code == 0, result.output
    assert "3 of 3 document(s)" in result.output and sorted(seen) == [
        "hostile<b>", "meeting-a", "meeting-b"]
    assert "no change" in result.output  # the same analyses: the same counts


@pytest.mark.issue(26)
def test_a_copy_follows_its_original_and_is_not_analysed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newscoder.store.ingest import Deduplicator, write_batch
    from newscoder.store.write import store_copy

    db = str(tmp_path / "news.db")
    with open_store(db) as store:
        write_batch(store, [meeting_a()], Deduplicator(store))
        with store.engine.begin() as conn:
            copy = Document(id="reprint", text=meeting_a().text, outlet="Wire")
            store_copy(conn, copy, "meeting-a")
    age(db, "meeting-a", "reprint")
    seen = fake_pipeline(monkeypatch)
    with open_store(db) as store:
        recode(store)
        with store.engine.connect() as conn:
            coders = {query.document(conn, d)["coder"]["data"] for d in ("meeting-a", "reprint")}
    assert seen == ["meeting-a"] and coders != {"0000"} and len(coders) == 1


def test_recode_keeps_actors_apart_when_the_store_learned_to(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """Actors no record points to after recoding are dropped."""
    db = str(tmp_path / "news.db")
    art = Article("meeting-a", meeting_a().text)
    with open_store(db) as store:
        from newscoder.store.ingest import Deduplicator, write_batch

        write_batch(store, [meeting_a()], Deduplicator(store))
    age(db, "meeting-a")

    def analyze_stream(documents: Iterable[Document], workers: int = 1) -> Iterator[Analysis]:
        for _ in documents:
            yield art.analysis  # nothing found any more

    monkeypatch.setattr("newscoder.run.analyze_stream", analyze_stream)
    with open_store(db) as store:
        recode(store)
        with store.engine.connect() as conn:
            assert query.counts(conn)["actors"] == 0


def invented(i: int) -> dict[str, str]:
    towns = ["Alderby", "Brookmere", "Dunmore", "Eastwick", "Fenwick"]
    text = (f"Police in {towns[i % 5]} arrested {i + 2} protesters on Tuesday after a march "
            f"against the closure of the old mill, item {i}. Mayor Ruth Okafor said the "
            f"town would appeal to the government.")
    return {"id": f"doc-{i:02d}", "text": text, "date": "2025-03-04"}


def current_count(db: Path, coder: str) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents WHERE coder = ?",
                                    (coder,)).fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.slow
@pytest.mark.issue(26)
def test_recode_killed_resumes_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(invented(i)) + "\n" for i in range(24)))
    db = tmp_path / "news.db"
    newscoder = str(Path(sys.executable).with_name("newscoder"))
    subprocess.run([newscoder, "ingest", str(source), "--db", str(db), "--no-progress"],
                   check=True, capture_output=True, timeout=600)
    with sqlite3.connect(db) as conn:
        coder = conn.execute("SELECT coder FROM documents LIMIT 1").fetchone()[0]
    age(str(db), *(f"doc-{i:02d}" for i in range(24)))
    command = [newscoder, "recode", "--db", str(db), "--batch-size", "2", "--workers", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while process.poll() is None and time.monotonic() < deadline:
        if current_count(db, coder) >= 4:
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.02)
    process.wait()
    assert 4 <= current_count(db, coder) < 24  # the kill landed mid-run
    finished = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    assert current_count(db, coder) == 24
    again = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert "0 of 0 document(s)" in again.stdout
    with sqlite3.connect(db) as conn:
        for doc_id, record in conn.execute("SELECT id, record FROM documents"):
            sentences = len(json.loads(record)["details"]["sentences"])
            rows = conn.execute("SELECT count(*) FROM sentences WHERE doc_id = ?",
                                (doc_id,)).fetchone()[0]
            assert rows == sentences > 0  # no document half-recoded
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
