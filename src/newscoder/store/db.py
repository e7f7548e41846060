"""Opening a store: SQLite by default (a file), PostgreSQL by URL; schema, FTS and migrations.

A store is recognised by its ``newscoder_meta`` table. A file that is not SQLite, or a
database that already holds other tables, is refused with a clear message: the store never
writes over what it did not create.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from newscoder.errors import StoreError
from newscoder.store import schema
from newscoder.store.migrate import add_columns, version_5

SQLITE_MAGIC = b"SQLite format 3\x00"
_LOCAL = threading.local()

# Full-text search. SQLite: FTS5 tables filled by the writer. PostgreSQL: GIN indexes over
# tsvector expressions, queried with plainto_tsquery (which accepts any string).
SQLITE_FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
    "doc_id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5("
    "doc_id UNINDEXED, idx UNINDEXED, speaker, content, tokenize='unicode61 remove_diacritics 2')",
)
POSTGRES_FTS = (
    "CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING GIN "
    "(to_tsvector('english', coalesce(title, '') || ' ' || text))",
    "CREATE INDEX IF NOT EXISTS ix_quotes_tsv ON quotes USING GIN "
    "(to_tsvector('english', coalesce(speaker_name, '') || ' ' || content))",
)

# version -> (name, step). Version 1 is the initial schema; later steps alter tables.
MIGRATIONS: dict[int, tuple[str, Callable[[Connection], None]]] = {
    1: ("initial schema", lambda conn: None),
    # Version 5 folds the copies of version 2 into documents: nothing to create here.
    2: ("document_copies: verbatim copies under other ids", lambda conn: None),
    3: ("events: ACLED event_type, sub_event_type and fatalities", lambda conn: add_acled(conn)),
    4: ("incidents: one row per occurrence",
        lambda conn: schema.incidents.create(conn, checkfirst=True)),
    5: ("documents: one row per id (copy_of), coder; events: ISO day, precisions, admin "
        "names; clusters: what reports agree on; generic nouns no actors",
        lambda conn: version_5(conn)),
}


def add_acled(conn: Connection) -> None:
    """The ACLED columns on the events table; a store created with them already is left as it
    is. Events stored before stay null until their documents are analysed again."""
    add_columns(conn, schema.events.name, schema.EVENT_COLUMNS_V3)


def database_url(db: str) -> str:
    """A SQLAlchemy URL from what the user typed: a file path or a postgresql:// URL."""
    if "://" in db:
        if db.startswith(("postgresql://", "postgres://")):
            return "postgresql+psycopg://" + db.split("://", 1)[1]
        if db.startswith(("postgresql+psycopg://", "sqlite://")):
            return db
        raise StoreError(f"unsupported database URL {db!r}: give a file or postgresql://...")
    return f"sqlite:///{Path(db).expanduser()}"


def check_sqlite_file(path: Path) -> None:
    """Refuse what is not a SQLite file before SQLite gets a chance to touch it."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        head = handle.read(16)
    if head != SQLITE_MAGIC:
        raise StoreError(
            f"{path} is not a SQLite database (corrupt or another kind of file); "
            "refusing to overwrite it"
        )


def sqlite_path(url: str) -> Path | None:
    if not url.startswith("sqlite:///"):
        return None
    raw = url[len("sqlite:///") :].split("?", 1)[0]
    if raw.startswith("file:"):
        raw = raw[len("file:") :]
    return Path(raw) if raw and raw != ":memory:" else None


def make_engine(url: str, readonly: bool = False, timeout_s: float | None = None) -> Engine:
    if url.startswith("sqlite"):
        return sqlite_engine(url, readonly)
    options = []
    if readonly:
        options.append("-c default_transaction_read_only=on")
    if timeout_s:
        options.append(f"-c statement_timeout={int(timeout_s * 1000)}")
    connect_args = {"options": " ".join(options)} if options else {}
    return create_engine(url, connect_args=connect_args, pool_pre_ping=True)


def sqlite_engine(url: str, readonly: bool) -> Engine:
    path = sqlite_path(url)
    if path is not None and readonly:
        # mode=ro: the server cannot write even by mistake.
        url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    # No pooled connections: a SQLite connection must not be carried across the fork that
    # starts analysis workers, and opening one costs less than a millisecond.
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                           poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # SQLAlchemy, not the driver, opens transactions: DDL is transactional too, and a
        # batch is exactly one BEGIN ... COMMIT.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if not readonly:
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()
        install_deadline(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def install_deadline(dbapi_conn: sqlite3.Connection) -> None:
    """Let SQLite abort a statement once the calling thread's deadline has passed."""

    def handler() -> int:
        deadline = getattr(_LOCAL, "deadline", None)
        return 1 if deadline is not None and time.monotonic() > deadline else 0

    dbapi_conn.set_progress_handler(handler, 10_000)


@contextmanager
def query_deadline(seconds: float) -> Iterator[None]:
    """Queries run by this thread inside the block are interrupted after ``seconds``."""
    _LOCAL.deadline = time.monotonic() + seconds
    try:
        yield
    finally:
        _LOCAL.deadline = None


class Store:
    """An open store: the engine plus what dialect-specific SQL needs to know."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(db: str, create: bool = True, readonly: bool = False,
               timeout_s: float | None = None) -> Store:
    """Open (and with ``create``, initialise or migrate) the store at ``db``.

    Raises :class:`StoreError` for a corrupt or foreign database, never overwriting it.
    """
    url = database_url(db)
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)
        if not path.exists() and not create:
            raise StoreError(f"{path}: no such store; create it with `newscoder ingest`")
        if path.exists() and path.stat().st_size == 0 and not create:
            raise StoreError(f"{path}: empty file, not a newscoder store")
    try:
        engine = make_engine(url, readonly=readonly and not create, timeout_s=timeout_s)
        with engine.begin() as conn:
            version = store_version(conn)
            if version is None and not create:
                raise StoreError(f"{db}: not a newscoder store (no newscoder_meta table)")
            if create:
                prepare(conn, version)
        if not create and version is not None and version < schema.SCHEMA_VERSION:
            # A store written by an older newscoder: migrate it once (one transaction),
            # then reopen it as asked.
            engine.dispose()
            open_store(db, create=True).close()
            engine = make_engine(url, readonly=readonly, timeout_s=timeout_s)
        if create and engine.dialect.name == "sqlite":
            # Only now that the file is known to be ours: WAL persists in its header.
            raw = engine.raw_connection()
            try:
                raw.driver_connection.execute("PRAGMA journal_mode=WAL")
            finally:
                raw.close()
    except StoreError:
        raise
    except (DatabaseError, OperationalError) as error:
        raise StoreError(f"{db}: cannot open the store: {error.orig or error}") from None
    except SQLAlchemyError as error:
        raise StoreError(f"{db}: cannot open the store: {error}") from None
    return Store(engine)


def store_version(conn: Connection) -> int | None:
    """The store's schema version; None for an empty database; error for a foreign one."""
    names = set(inspect(conn).get_table_names())
    if schema.meta.name not in names:
        if names:
            shown = ", ".join(sorted(names)[:5])
            raise StoreError(
                f"this database already holds other tables ({shown}) and is not a newscoder "
                "store; refusing to write into it"
            )
        return None
    rows = dict(conn.execute(select(schema.meta.c.key, schema.meta.c.value)).all())
    if rows.get("application") != schema.APPLICATION:
        raise StoreError("this database's newscoder_meta table belongs to another application")
    version = int(rows.get("schema_version", "0"))
    if version > schema.SCHEMA_VERSION:
        raise StoreError(
            f"this store has schema version {version}, newer than this newscoder "
            f"({schema.SCHEMA_VERSION}); upgrade newscoder"
        )
    return version


def prepare(conn: Connection, version: int | None) -> None:
    """Create the schema in an empty database, or migrate an older one."""
    if version is None:
        schema.metadata.create_all(conn)
        for statement in SQLITE_FTS if conn.dialect.name == "sqlite" else POSTGRES_FTS:
            conn.execute(text(statement))
        conn.execute(
            schema.meta.insert(),
            [
                {"key": "application", "value": schema.APPLICATION},
                {"key": "schema_version", "value": "0"},
            ],
        )
        version = 0
    for step in range(version + 1, schema.SCHEMA_VERSION + 1):
        name, migrate = MIGRATIONS[step]
        migrate(conn)
        conn.execute(
            schema.migrations.insert().values(
                version=step, name=name, applied_at=datetime.now(UTC).isoformat(timespec="seconds")
            )
        )
        conn.execute(
            schema.meta.update()
            .where(schema.meta.c.key == "schema_version")
            .values(value=str(step))
        )
