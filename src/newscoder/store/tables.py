"""The incidents, quotes and figures tables of an export, and the CSV/Parquet table writer.

Each table takes the export's filters where they mean something for it: dates (the
incident's day, else the article's publication day), country (where the row has a place),
type (an incident's ACLED type, sub-type or kind; a quote's kind; a figure's category) and
actor (an incident's actors, a quote's speaker by name or CAMEO code).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, func, or_, select

from newscoder.store import schema
from newscoder.store.dates import event_day
from newscoder.store.db import Store
from newscoder.store.query import EventFilter, like_pattern

Rows = Callable[[Connection, EventFilter], Iterator[dict[str, Any]]]


@contextmanager
def atomic_output(path: str, mode: str = "w") -> Iterator[IO[Any]]:
    """A file written beside ``path`` and renamed at the end, so an interrupted export never
    leaves a half-written file under the requested name; ``-`` is standard output."""
    if path == "-":
        yield sys.stdout.buffer if "b" in mode else sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    temporary = target.with_name(f".{target.name}.partial")
    kwargs = {"encoding": "utf-8", "newline": ""} if "b" not in mode else {}
    try:
        with open(temporary, mode, **kwargs) as handle:
            yield handle
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)


def until(day: str) -> str:
    """The upper bound of a date filter: ``2019-12`` keeps ``2019-12-31`` ("~" sorts after
    any digit)."""
    return day + "~"


def by_dates(statement: Any, column: Any, filters: EventFilter) -> Any:
    if filters.date_from:
        statement = statement.where(column >= filters.date_from)
    if filters.date_to:
        statement = statement.where(column <= until(filters.date_to))
    return statement


# ACLED-like columns of the incidents table, in ACLED's own names where it has them.
INCIDENT_COLUMNS = [
    "incident_id", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "fatalities", "injured", "estimate", "lead", "kind", "source", "notes",
    "doc_id", "url",
]


def incident_statement(filters: EventFilter) -> Any:
    incidents, docs = schema.incidents, schema.documents
    statement = (
        select(incidents, docs.c.text, docs.c.url, docs.c.outlet, docs.c.title)
        .select_from(incidents.join(docs, docs.c.id == incidents.c.doc_id))
        .order_by(incidents.c.date, incidents.c.doc_id, incidents.c.idx)
    )
    statement = by_dates(statement, func.coalesce(incidents.c.date, docs.c.published), filters)
    if filters.country:
        statement = statement.where(incidents.c.country == filters.country.upper())
    if filters.type:
        wanted = filters.type.strip().lower()
        statement = statement.where(or_(*(func.lower(c) == wanted for c in (
            incidents.c.event_type, incidents.c.sub_event_type, incidents.c.kind))))
    if filters.actor:
        who = like_pattern(filters.actor.strip())
        statement = statement.where(or_(incidents.c.actor1.like(who, escape="\\"),
                                        incidents.c.actor2.like(who, escape="\\")))
    return statement


def incident_notes(row: Any, spans: list[list[int]]) -> str | None:
    """The text of the incident's evidence; the headline for one only the title told."""
    if spans:
        return " … ".join(row["text"][start:end] for start, end in spans)
    return f"[headline] {row['title']}" if row["title"] else None


def incident_rows(conn: Connection, filters: EventFilter) -> Iterator[dict[str, Any]]:
    """One row per stored incident, its notes the text of its evidence spans."""
    for row in conn.execute(incident_statement(filters)).mappings():
        spans = json.loads(row["evidence"])
        sources = [s for s in (row["outlet"], row["reported_by"]) if s]
        day, precision = event_day(row["date"], row["date_precision"])
        yield {
            "incident_id": f"{row['doc_id']}:{row['idx']}",
            "event_date": day, "time_precision": precision,
            "event_type": row["event_type"], "sub_event_type": row["sub_event_type"],
            "actor1": row["actor1"] or None, "actor2": row["actor2"] or None,
            "country": row["country"], "admin1": row["admin1"], "location": row["location"],
            "latitude": row["lat"], "longitude": row["lon"],
            "geo_precision": row["geo_precision"], "fatalities": row["fatalities"],
            "injured": row["injured"], "estimate": bool(row["estimate"]),
            "lead": bool(row["lead"]), "kind": row["kind"], "source": "; ".join(sources) or None,
            "notes": incident_notes(row, spans),
            "doc_id": row["doc_id"], "url": row["url"],
        }


QUOTE_COLUMNS = ["doc_id", "idx", "published", "kind", "speaker", "speaker_code", "cue",
                 "content", "start", "end", "url"]
FIGURE_COLUMNS = ["doc_id", "idx", "published", "category", "value", "headline", "text",
                  "start", "end", "url"]


def quote_rows(conn: Connection, filters: EventFilter) -> Iterator[dict[str, Any]]:
    """One row per stored quote: who said what, with the speaker's CAMEO code when coded."""
    quotes, docs, actors = schema.quotes, schema.documents, schema.actors
    statement = (
        select(quotes, docs.c.text, docs.c.url, docs.c.published, actors.c.code)
        .select_from(
            quotes.join(docs, docs.c.id == quotes.c.doc_id).outerjoin(
                actors, actors.c.id == quotes.c.speaker_actor_id
            )
        )
        .order_by(quotes.c.doc_id, quotes.c.idx)
    )
    statement = by_dates(statement, docs.c.published, filters)
    if filters.type:
        statement = statement.where(quotes.c.kind == filters.type.strip().lower())
    if filters.actor:
        who = filters.actor.strip()
        statement = statement.where(or_(quotes.c.speaker_name.like(like_pattern(who),
                                                                   escape="\\"),
                                        actors.c.code == who))
    for row in conn.execute(statement).mappings():
        cue = None
        if row["cue_start"] is not None:
            cue = row["text"][row["cue_start"] : row["cue_end"]]
        yield {
            "doc_id": row["doc_id"], "idx": row["idx"], "published": row["published"],
            "kind": row["kind"], "speaker": row["speaker_name"], "speaker_code": row["code"],
            "cue": cue, "content": row["content"], "start": row["start"], "end": row["end"],
            "url": row["url"],
        }


def figure_words(row: Any) -> str:
    """The words of a figure; the headline for one read from the title, which has no offsets
    in the text (its span is empty), as an incident's notes are."""
    if row["start"] < row["end"]:
        return row["text"][row["start"] : row["end"]]
    return f"[headline] {row['title']}" if row["title"] else ""


def figure_rows(conn: Connection, filters: EventFilter) -> Iterator[dict[str, Any]]:
    """One row per stored figure (killed, injured, displaced, ...), with its words."""
    figures, docs = schema.figures, schema.documents
    statement = (
        select(figures, docs.c.text, docs.c.title, docs.c.url, docs.c.published)
        .select_from(figures.join(docs, docs.c.id == figures.c.doc_id))
        .order_by(figures.c.doc_id, figures.c.idx)
    )
    statement = by_dates(statement, docs.c.published, filters)
    if filters.type:
        statement = statement.where(figures.c.category == filters.type.strip().lower())
    for row in conn.execute(statement).mappings():
        yield {
            "doc_id": row["doc_id"], "idx": row["idx"], "published": row["published"],
            "category": row["category"], "value": row["value"], "headline": bool(row["headline"]),
            "text": figure_words(row), "start": row["start"],
            "end": row["end"], "url": row["url"],
        }


# Which filters a table can apply (the CLI refuses the others with a clear message).
TABLE_FILTERS = {
    "events": {"date_from", "date_to", "country", "type", "actor"},
    "incidents": {"date_from", "date_to", "country", "type", "actor"},
    "quotes": {"date_from", "date_to", "type", "actor"},
    "figures": {"date_from", "date_to", "type"},
}

Writer = Callable[[Store, str, EventFilter], int]


def table_exporters(columns: list[str] | tuple[str, ...], rows: Rows,
                    types: dict[str, str]) -> dict[str, Writer]:
    """CSV and Parquet writers of one table of rows (``types``: arrow type names by column,
    strings elsewhere)."""

    def to_csv(store: Store, output: str, filters: EventFilter) -> int:
        count = 0
        with store.engine.connect() as conn, atomic_output(output) as handle:
            writer = csv.DictWriter(handle, fieldnames=list(columns))
            writer.writeheader()
            for row in rows(conn, filters):
                writer.writerow(row)
                count += 1
        return count

    def to_parquet(store: Store, output: str, filters: EventFilter) -> int:
        import pyarrow as pa
        import pyarrow.parquet as pq

        fields = [(name, getattr(pa, types.get(name, "string"))()) for name in columns]
        with store.engine.connect() as conn:
            found = list(rows(conn, filters))
        with atomic_output(output, "wb") as handle:
            pq.write_table(pa.Table.from_pylist(found, schema=pa.schema(fields)), handle)
        return len(found)

    return {"csv": to_csv, "parquet": to_parquet}


INCIDENT_TYPES = {"latitude": "float64", "longitude": "float64", "fatalities": "int64",
                  "injured": "int64", "estimate": "bool_", "lead": "bool_"}
TABLES: dict[str, dict[str, Writer]] = {
    "incidents": table_exporters(INCIDENT_COLUMNS, incident_rows, INCIDENT_TYPES),
    "quotes": table_exporters(QUOTE_COLUMNS, quote_rows,
                              {"idx": "int64", "start": "int64", "end": "int64"}),
    "figures": table_exporters(FIGURE_COLUMNS, figure_rows,
                               {"idx": "int64", "value": "float64", "headline": "bool_",
                                "start": "int64", "end": "int64"}),
}
