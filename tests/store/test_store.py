"""The store: schema and migrations, refusing foreign files, writing analyses, cross-document
actors and event clusters, and search that never chokes on what a user types.

Every test runs on SQLite; the ``any_db`` ones also run on PostgreSQL when
NEWSCODER_TEST_POSTGRES holds a URL of a scratch database (CI starts one).
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy import inspect as sqlalchemy_inspect

from newscoder.errors import StoreError
from newscoder.store import query, schema
from newscoder.store.db import open_store
from storefixtures import HOSTILE, build_store, meeting_a, reset_postgres

POSTGRES = os.environ.get("NEWSCODER_TEST_POSTGRES")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store location: a SQLite file, or the scratch PostgreSQL database emptied."""
    if request.param == "sqlite":
        return str(tmp_path / "news.db")
    if not POSTGRES:
        pytest.skip("NEWSCODER_TEST_POSTGRES is not set (CI sets it)")
    reset_postgres(POSTGRES)
    return POSTGRES


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the invented articles, built once per module (tests only read it)."""
    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("store") / "news.db")
    elif not POSTGRES:
        pytest.skip("NEWSCODER_TEST_POSTGRES is not set (CI sets it)")
    else:
        reset_postgres(POSTGRES)
        db = POSTGRES
    build_store(db)
    return db


def test_a_new_store_records_its_schema_version_and_migrations(any_db: str) -> None:
    with open_store(any_db) as store, store.engine.connect() as conn:
        assert query.schema_version(conn) == schema.SCHEMA_VERSION
        applied = conn.execute(select(schema.migrations.c.version)).scalars().all()
        assert applied == list(range(1, schema.SCHEMA_VERSION + 1))
    # Opening it again migrates nothing and loses nothing.
    with open_store(any_db) as store, store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.migrations)).scalar() == \
            schema.SCHEMA_VERSION


def test_sqlite_store_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with open_store(str(db)) as store, store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\xffnot a database at all" * 50, "not a SQLite database"),
        (b"id,text\n1,hello\n", "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\x13" * 200, "cannot open the store"),
    ],
    ids=["random-bytes", "csv-file", "corrupt-sqlite"],
)
def test_a_corrupt_or_foreign_file_is_refused_and_left_untouched(
    tmp_path: Path, content: bytes, message: str
) -> None:
    db = tmp_path / "news.db"
    db.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        open_store(str(db))
    assert db.read_bytes() == content


def test_another_applications_sqlite_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "their.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    before = db.read_bytes()
    with pytest.raises(StoreError, match="not a newscoder store.*invoices|invoices.*not a"):
        open_store(str(db))
    assert db.read_bytes() == before


def as_version_4(db: str) -> None:
    """Turn a store into what schema version 4 wrote: verbatim copies in their own table,
    no coder, copy_of or precision columns, week values as event dates, generic-noun
    parties impossible (actor_id NOT NULL)."""
    columns = [c for c in schema.documents.columns if c.name not in ("copy_of", "coder")]
    names = ", ".join(c.name for c in columns)
    with sqlite3.connect(db) as conn:  # foreign keys are off in a bare sqlite3 connection
        conn.execute("PRAGMA legacy_alter_table = ON")
        conn.execute("CREATE TABLE documents_v4 (id TEXT PRIMARY KEY, content_hash TEXT NOT "
                     "NULL UNIQUE, title TEXT, published TEXT, outlet TEXT, author TEXT, url "
                     "TEXT, source_path TEXT, text TEXT NOT NULL, record TEXT NOT NULL, "
                     "minhash BLOB, ingested_at TEXT NOT NULL)")
        conn.execute(f"INSERT INTO documents_v4 SELECT {names} FROM documents")
        conn.execute("DROP TABLE documents")
        conn.execute("ALTER TABLE documents_v4 RENAME TO documents")
        for table, dropped in (("events", schema.EVENT_COLUMNS_V5),
                               ("event_clusters", schema.CLUSTER_COLUMNS_V5)):
            for name, _, _ in dropped:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
        conn.execute("UPDATE events SET date = '2024-W09' WHERE plover = 'ASSAULT'")
        conn.execute("CREATE TABLE document_copies (id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, "
                     "title TEXT, published TEXT, outlet TEXT, url TEXT, source_path TEXT)")
        conn.execute("INSERT INTO document_copies VALUES ('reprint-a', 'meeting-a', 'Reprint', "
                     "'2024-03-06', 'Wire', NULL, NULL)")
        conn.execute("ALTER TABLE event_actors RENAME TO ea")
        conn.execute("CREATE TABLE event_actors (doc_id TEXT, event_idx INTEGER, role TEXT, "
                     "position INTEGER, actor_id INTEGER NOT NULL, code TEXT NOT NULL, "
                     "name TEXT NOT NULL, PRIMARY KEY (doc_id, event_idx, role, position))")
        conn.execute("INSERT INTO event_actors SELECT * FROM ea")
        conn.execute("DROP TABLE ea")
        conn.execute("DELETE FROM migrations WHERE version > 4")
        conn.execute("UPDATE newscoder_meta SET value = '4' WHERE key = 'schema_version'")


@pytest.mark.issue(21)
def test_a_version_4_store_is_migrated_to_one_row_per_document(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    build_store(db)
    as_version_4(db)
    with open_store(db) as store, store.engine.connect() as conn:
        assert query.schema_version(conn) == schema.SCHEMA_VERSION
        assert query.counts(conn)["documents"] == 4
        assert [c["id"] for c in query.copies(conn, "meeting-a")] == ["reprint-a"]
        copy = query.document(conn, "reprint-a")
        original = query.document(conn, "meeting-a")
        assert copy is not None and original is not None
        assert copy["copy_of"] == "meeting-a" and copy["text"] == original["text"]
        assert original["coder"] == meeting_a().to_dict()["coder"] == copy["coder"]
        assert query.record(conn, "reprint-a")["events"] == query.record(conn, "meeting-a")[
            "events"]
        shelling = query.events(conn, query.EventFilter(type="ASSAULT"))[0]
        # re-read from the stored record, whatever the old column held
        assert (shelling["date"], shelling["date_precision"]) == ("2024-02-26", "day")
        names = conn.execute(select(schema.migrations.c.name)).scalars().all()
        tables = set(sqlalchemy_inspect(conn).get_table_names())
        nullable = {c["name"]: c["nullable"] for c in
                    sqlalchemy_inspect(conn).get_columns("event_actors")}
    assert "document_copies" not in tables and nullable["actor_id"]
    assert any("copy_of" in name for name in names)


def test_opening_an_older_store_read_only_migrates_it_first(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    build_store(db)
    as_version_4(db)
    with open_store(db, create=False, readonly=True) as store, store.engine.connect() as conn:
        assert [c["id"] for c in query.copies(conn, "meeting-a")] == ["reprint-a"]
        assert query.schema_version(conn) == schema.SCHEMA_VERSION


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE newscoder_meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer"):
        open_store(db)


def test_opening_a_missing_store_read_only_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        open_store(str(tmp_path / "absent.db"), create=False, readonly=True)


def test_documents_table_holds_the_contract_record(built: str) -> None:
    any_db = built
    expected = meeting_a().to_dict()
    with open_store(any_db) as store, store.engine.connect() as conn:
        ids = conn.execute(text("SELECT id FROM documents ORDER BY id")).scalars().all()
        assert ids == ["hostile<b>", "meeting-a", "meeting-b"]
        assert query.record(conn, "meeting-a") == json.loads(json.dumps(expected))


def test_records_are_normalised_with_their_offsets(built: str) -> None:
    any_db = built
    analysis = meeting_a()
    with open_store(any_db) as store, store.engine.connect() as conn:
        parts = query.document_parts(conn, "meeting-a")
    text_ = analysis.text
    assert [(m["start"], m["end"]) for m in parts["mentions"]] == sorted(
        (m.start, m.end) for m in analysis.mentions)
    quote = parts["quotes"][0]
    assert text_[quote["start"]:quote["end"]] == "We will meet again before the spring,"
    assert quote["speaker_name"] == "Lena Marsh"
    assert [t["value"] for t in parts["timexes"]] == ["2024-03-04", "2024-W09"]
    assert {p["country"] for p in parts["places"]} == {"TUR"}
    assert parts["figures"][0]["value"] == 12 and parts["figures"][0]["headline"]
    event = parts["events"][0]
    assert text_[event["start"]:event["end"]].startswith("Foreign Minister Lena Marsh met")
    assert [a["name"] for a in event["source"]] == ["Lena Marsh"]


def test_the_same_actor_across_articles_is_one_actor(built: str) -> None:
    any_db = built
    with open_store(any_db) as store, store.engine.connect() as conn:
        found = query.find_actors(conn, "Lena Marsh")
        assert len(found) == 1
        dossier = query.actor_dossier(conn, found[0]["id"])
    assert dossier is not None
    assert {d["id"] for d in dossier["documents"]} == {"meeting-a", "meeting-b", "hostile<b>"}
    assert [q["content"] for q in dossier["quotes_by"]] == ["We will meet again before the spring,"]
    # Omar Vell quotes about "the minister", not by name: no quote about Marsh from him.
    assert len(dossier["as_source"]) == 2 and dossier["code"] == "TURGOV"


def test_one_event_reported_twice_is_one_cluster_with_two_reports(built: str) -> None:
    any_db = built
    with open_store(any_db) as store, store.engine.connect() as conn:
        consults = query.events(conn, query.EventFilter(type="CONSULT"))
    assert len(consults) == 2
    assert consults[0]["cluster_id"] == consults[1]["cluster_id"]
    assert {(e["reports"], e["outlets"]) for e in consults} == {(2, 2)}


def test_events_more_than_a_day_apart_stay_separate(tmp_path: Path) -> None:
    from newscoder.store.ingest import Deduplicator, write_batch
    from storefixtures import meeting_b

    later = meeting_b()
    later.document.id = "meeting-b-later"
    later.document.text += " "  # another text, so not a duplicate
    later.events[0].date = "2024-03-09"
    db = str(tmp_path / "news.db")
    with open_store(db) as store:
        write_batch(store, [meeting_a(), later], Deduplicator(store))
        with store.engine.connect() as conn:
            consults = query.events(conn, query.EventFilter(type="040"))
    assert len({e["cluster_id"] for e in consults}) == 2


@pytest.mark.parametrize(
    "typed",
    ['"', "'", "Marsh' OR 1=1 --", "%", "_", "100%", "--", "NEAR(a b)", "Marsh*", "a:b",
     "^Marsh", "(", ")", "AND OR NOT", '"unbalanced', "\\", "\x00", "🙂", "ليلى", "", " ",
     "x" * 500, HOSTILE],
)
def test_search_takes_any_text_without_error(built: str, typed: str) -> None:
    any_db = built
    with open_store(any_db) as store, store.engine.connect() as conn:
        result = query.search(conn, typed)
    assert isinstance(result.documents, list)


@pytest.mark.parametrize(("typed", "expected"), [
    ("Marsh", {"meeting-a", "meeting-b", "hostile<b>"}),
    ("shelling", {"meeting-a"}),
    ('"Omar Vell"', {"meeting-b"}),
    ("nothing-like-this", set()),
])
def test_search_finds_documents_by_their_words(built: str, typed: str, expected: set) -> None:
    any_db = built
    with open_store(any_db) as store, store.engine.connect() as conn:
        found = {d["id"] for d in query.search(conn, typed).documents}
    assert found == expected


def test_search_finds_quotes_and_actors(built: str) -> None:
    any_db = built
    with open_store(any_db) as store, store.engine.connect() as conn:
        result = query.search(conn, "spring")
        assert [q["doc_id"] for q in result.quotes] == ["meeting-a"]
        assert [a["name"] for a in query.search(conn, "vell").actors] == ["Omar Vell"]


def test_event_filters(built: str) -> None:
    any_db = built
    f = query.EventFilter
    with open_store(any_db) as store, store.engine.connect() as conn:
        def count(filters: query.EventFilter) -> int:
            return len(query.events(conn, filters))

        assert count(f()) == 4
        assert count(f(type="ASSAULT")) == 1
        assert count(f(type="19")) == 1  # CAMEO prefix
        assert count(f(country="tur")) == 4
        assert count(f(date_from="2024-03-05")) == 2
        assert count(f(date_to="2024-03-04")) == 2
        assert count(f(actor="Marsh")) == 2
        assert count(f(actor="TUROPP")) == 2
        assert count(f(actor="100%")) == 0


def test_the_actor_network_links_source_to_target(built: str) -> None:
    any_db = built
    with open_store(any_db) as store, store.engine.connect() as conn:
        nodes, edges = query.network(conn)
    names = {n["id"]: n["name"] for n in nodes}
    assert [(names[e["source"]], names[e["target"]], e["n"]) for e in edges] == [
        ("Lena Marsh", "Türkiye OPP", 2)]  # a coded group is named by its code


def test_read_only_store_cannot_be_written(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    build_store(db)
    store = open_store(db, create=False, readonly=True)
    with pytest.raises(Exception, match="readonly"), store.engine.begin() as conn:
        conn.execute(text("DELETE FROM documents"))
    store.close()
    with open_store(db) as store, store.engine.connect() as conn:
        assert query.counts(conn)["documents"] == 3


def one_entity(doc_id: str, text_: str, name: str, label: str, country: str | None):
    from newscoder.model import Analysis, Document, Entity, Mention

    start = text_.index(name)
    return Analysis(Document(id=doc_id, text=text_),
                    mentions=[Mention(start, start + len(name), name, label, 0)],
                    entities=[Entity(0, name, label, [0], country=country)])


@pytest.mark.parametrize(("first", "second", "expected"), [
    (("American", "NORP"), ("United States", "GPE"), "United States"),  # a place beats a demonym
    (("United States", "GPE"), ("American", "NORP"), "United States"),
    (("Europe", "LOC"), ("European", "NORP"), "Europe"),
])
def test_a_country_and_its_demonym_are_one_actor(tmp_path: Path, first: tuple, second: tuple,
                                                 expected: str) -> None:
    from newscoder.store.ingest import Deduplicator, write_batch

    code = "EUR" if expected == "Europe" else "USA"
    docs = [one_entity("one", f"Officials: {first[0]} talks.", *first, code),
            one_entity("two", f"Later, {second[0]} talks went on.", *second, code)]
    db = str(tmp_path / "news.db")
    with open_store(db) as store:
        for analysis in docs:  # separate batches: the second finds the first in the store
            write_batch(store, [analysis], Deduplicator(store))
        with store.engine.connect() as conn:
            names = conn.execute(text("SELECT name, code FROM actors")).all()
    assert [tuple(n) for n in names] == [(expected, code)]


@pytest.mark.issue(23)
def test_a_version_2_store_gains_the_acled_columns(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    build_store(db)
    with sqlite3.connect(db) as conn:  # the events table as schema version 2 wrote it
        for name in ("event_type", "sub_event_type"):
            conn.execute(f"DROP INDEX ix_events_{name}")
        for name in ("event_type", "sub_event_type", "fatalities"):
            conn.execute(f"ALTER TABLE events DROP COLUMN {name}")
        conn.execute("DELETE FROM migrations WHERE version > 2")
        conn.execute("UPDATE newscoder_meta SET value = '2' WHERE key = 'schema_version'")
    with open_store(db) as store, store.engine.connect() as conn:
        assert query.schema_version(conn) == schema.SCHEMA_VERSION
        stored = query.events(conn, doc_id="meeting-a")
        assert [e["event_type"] for e in stored] == [None, None]  # null until analysed again
        names = conn.execute(select(schema.migrations.c.name)).scalars().all()
    assert any("ACLED" in name for name in names)


@pytest.mark.issue(21)
def test_a_copy_is_counted_listed_found_and_shown_with_its_originals_records(
        tmp_path: Path) -> None:
    from newscoder.model import Document
    from newscoder.store.write import store_copy

    db = str(tmp_path / "news.db")
    build_store(db)
    with open_store(db) as store:
        with store.engine.begin() as conn:
            store_copy(conn, Document(id="wire-copy", text=meeting_a().text, outlet="Wire"),
                       "meeting-a")
        with store.engine.connect() as conn:
            assert query.counts(conn)["documents"] == 4
            listed = {d["id"] for d in query.list_documents(conn)}
            found = [d["id"] for d in query.search(conn, "opposition Tarsis").documents]
            parts = query.document_parts(conn, "wire-copy")
            original = query.document_parts(conn, "meeting-a")
    assert "wire-copy" in listed
    assert found.index("wire-copy") == found.index("meeting-a") + 1
    assert parts["events"] and [e["idx"] for e in parts["events"]] == [
        e["idx"] for e in original["events"]]
