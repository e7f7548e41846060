"""CLI commands over the store: ``newscoder ingest`` and ``newscoder export``."""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Iterator

import click
from sqlalchemy.exc import DatabaseError

from newscoder.errors import ReadError, StoreError
from newscoder.model import Document


def damaged(db: str, error: Exception) -> str:
    """What to say when the database fails midway (a damaged file, a lost server)."""
    reason = getattr(error, "orig", None) or error
    return (f"{db}: the store failed ({reason}); the last completed batch is kept, "
            "nothing half-written")


DB_HELP = "SQLite file (created if missing) or postgresql://user@host/db URL."


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", required=True, help=DB_HELP)
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes.  [default: the machine's cores]")
@click.option("--batch-size", type=int, default=16, show_default=True,
              help="Documents per transaction.")
@click.option("--progress/--no-progress", default=True, help="Progress bar on stderr.")
@click.option("--date-order", type=click.Choice(["auto", "DMY", "MDY"]), default="auto",
              show_default=True,
              help="How to read numeric publication dates like 05/04/2021; auto: day first "
                   "unless the source is a US outlet.")
def ingest(paths: tuple[str, ...], db: str, workers: int | None, batch_size: int,
           progress: bool, date_order: str) -> None:
    """Analyse documents and store them; PATHS are read as by ``newscoder analyze``.

    Files (text, HTML, JSONL, RSS/Atom feeds, PDF reports, WARC archives), folders of them,
    - for standard input and http(s):// URLs of articles or feeds. A document whose id is
    stored is skipped, and one whose text is stored under another id is recorded as a copy
    of it without a second analysis, so running it again, or after an interruption, stores
    each document exactly once. When no input can be read, no store is created.

    Exit status: 0 when every input was read and stored (skipped file types, documents
    already stored and non-English documents are not errors); 1 when an input could not be
    read, fetched or analysed, or the store failed; 2 for a usage error.

    Example: newscoder ingest articles/ feed.rss crawl.warc.gz --db news.db
    """
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from newscoder.cli import say_warnings
    from newscoder.store.db import open_store
    from newscoder.store.ingest import ingest as run_ingest
    from newscoder.store.sources import count_inputs, iter_inputs

    say_warnings()
    console = Console(stderr=True)
    started = time.perf_counter()
    items = readable_first(iter_inputs(paths, date_order))  # type: ignore[arg-type]
    try:
        store = open_store(db, create=True)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               TextColumn("{task.fields[stored]} stored, {task.fields[copy]} copies, "
                          "{task.fields[skipped]} skipped, {task.fields[failed]} failed"),
               TimeElapsedColumn())
    from newscoder.run import workers_for

    counts = {"stored": 0, "copy": 0, "skipped": 0, "failed": 0}
    total = count_inputs(paths)
    workers = workers_for(workers, total)
    with store, Progress(*columns, console=console, disable=not progress, transient=False) as bar:
        task = bar.add_task("ingesting", total=total if progress else None, **counts)

        def on_progress(kind: str, message: str) -> None:
            counts[kind] += 1
            if kind == "failed":
                console.print(f"newscoder: error: {message}", markup=False, highlight=False)
            bar.update(task, advance=1, **counts)

        try:
            report = run_ingest(store, paths, workers=workers, batch_size=max(1, batch_size),
                                on_progress=on_progress, items=items)
        except StoreError as error:
            raise click.ClickException(str(error)) from None
        except DatabaseError as error:
            raise click.ClickException(damaged(db, error)) from None
    seconds = time.perf_counter() - started
    click.echo(
        f"newscoder: stored {report.stored}, {report.copies} verbatim copies recorded, "
        f"skipped {report.skipped} already stored, "
        f"{report.near_duplicates} near-duplicate link(s), {len(report.failures)} failed "
        f"in {seconds:.1f} s",
        err=True,
    )
    if report.failures:
        sys.exit(1)


def readable_first(items: Iterator[Document | ReadError]) -> Iterator[Document | ReadError]:
    """``items`` again once one document could be read. When none can, each error is said
    and the command ends (status 1 if any input failed, else 0) before a store is created,
    so that a run that reads nothing leaves no empty store behind."""
    failed: list[ReadError] = []
    for item in items:
        if isinstance(item, Document):
            return itertools.chain(failed, [item], items)
        failed.append(item)
    for error in failed:
        click.echo(f"newscoder: error: {error}", err=True)
    click.echo(f"newscoder: no document read ({len(failed)} input(s) failed); no store "
               "created or changed", err=True)
    sys.exit(1 if failed else 0)


@click.command()
@click.option("--db", required=True, help="SQLite file or postgresql:// URL of a store.")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["jsonl", "csv", "parquet", "geojson", "graphml"]),
              help="jsonl: PLOVER-style events; csv/parquet: one row per event with ACLED, "
                   "GDELT and Phoenix columns; geojson: events (actors, type, modality, "
                   "evidence) and places; graphml: the actor network.")
@click.option("--table", type=click.Choice(["events", "incidents", "quotes", "figures"]),
              default="events", show_default=True,
              help="With csv or parquet: one row per event; per incident with ACLED-like "
                   "columns (date, location, admin1, event and sub-event type, actors, "
                   "fatalities, injured, notes); per quote (speaker, speaker's code, kind, cue, "
                   "content); or per figure.")
@click.option("--from", "date_from", metavar="DATE",
              help="Only from this ISO date (YYYY, YYYY-MM or YYYY-MM-DD) on.")
@click.option("--to", "date_to", metavar="DATE", help="Only up to this ISO date, included.")
@click.option("--country", metavar="ISO3", help="Only events or incidents in this country.")
@click.option("--type", "kind", metavar="TYPE",
              help="Events: PLOVER type, CAMEO code prefix, ACLED event or sub-event type; "
                   "incidents: ACLED type or kind; quotes: kind; figures: category.")
@click.option("--actor", metavar="NAME|CODE|ID",
              help="Only events with this actor (name fragment, CAMEO code or actor id); "
                   "incidents by actor name; quotes by speaker name or code.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Output file; - for standard output.")
def export(db: str, fmt: str, table: str, date_from: str | None, date_to: str | None,
           country: str | None, kind: str | None, actor: str | None, output: str) -> None:
    """Export the stored events, incidents, quotes, figures, places and actor network.

    Dates are ISO days (sortable as text) with their precision in ``time_precision``.

    Example: newscoder export --db news.db --format csv --from 2019-01 --country SYR -o -
    """
    from newscoder.store.db import open_store
    from newscoder.store.export import EXPORTERS, TABLE_EXPORTERS
    from newscoder.store.query import EventFilter
    from newscoder.store.tables import TABLE_FILTERS

    if table != "events" and fmt not in TABLE_EXPORTERS[table]:
        raise click.ClickException(f"--table {table} is exported as csv or parquet")
    filters = EventFilter(actor=actor, type=kind, country=country, date_from=date_from,
                          date_to=date_to)
    given = {name for name, value in vars(filters).items() if value}
    if given - TABLE_FILTERS[table]:
        unusable = ", ".join(sorted(given - TABLE_FILTERS[table])).replace("date_", "")
        raise click.ClickException(f"--table {table} cannot be filtered by {unusable}")
    exporter = EXPORTERS[fmt] if table == "events" else TABLE_EXPORTERS[table][fmt]
    try:
        with open_store(db, create=False, readonly=True) as store:
            count = exporter(store, output, filters)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    except DatabaseError as error:
        raise click.ClickException(damaged(db, error)) from None
    where = "standard output" if output == "-" else output
    click.echo(f"newscoder: wrote {count} record(s) to {where}", err=True)


@click.command()
@click.option("--db", required=True, help="SQLite file or postgresql:// URL of a store.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes.  [default: the machine's cores]")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Documents per transaction.")
@click.option("--actors", "actors_file", type=click.Path(exists=True, dir_okay=False),
              default=None, help="A user's actor table in force (as for analyze); part of "
                                 "the coder.")
@click.option("--all", "everything", is_flag=True,
              help="Recode every document, whatever its coder (after an upgrade that changed "
                   "how the store links actors and events); resume a killed run without it.")
def recode(db: str, workers: int | None, batch_size: int, actors_file: str | None,
           everything: bool) -> None:
    """Analyse again the stored documents that another coder produced.

    A document's coder is the package version and a hash of the lexicons, tables and actor
    overlay that analysed it. Those whose coder is not the current one are analysed again
    from their stored text, one transaction per batch, so an interrupted run resumes where it
    stopped and a second run changes nothing. Prints how the counts of events per type and
    of event parties per actor code changed.

    Example: newscoder recode --db news.db --actors my_actors.tsv
    """
    if actors_file:
        from newscoder.cli import use_actor_overlay

        use_actor_overlay(actors_file)
    from newscoder.run import workers_for
    from newscoder.store.db import open_store
    from newscoder.store.recode import changes
    from newscoder.store.recode import recode as run_recode

    try:
        store = open_store(db, create=True)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    started = time.perf_counter()
    with store:
        try:
            report = run_recode(store, workers=workers_for(workers, None),
                                batch_size=batch_size, everything=everything)
        except DatabaseError as error:
            raise click.ClickException(damaged(db, error)) from None
    for error in report.failures:
        click.echo(f"newscoder: error: {error}", err=True)
    click.echo(f"newscoder: {report.recoded} of {report.stale} document(s) with another coder "
               f"recoded in {time.perf_counter() - started:.1f} s; coder now {report.coder}")
    for title, before, after in (("events per type", report.before.types, report.after.types),
                                 ("event parties per actor code", report.before.actors,
                                  report.after.actors)):
        changed = changes(before, after)
        click.echo(f"{title}:" + ("" if changed else " no change"))
        for key, old, new in changed:
            click.echo(f"  {key or '-':<12} {old:>6} -> {new:<6} ({new - old:+d})")
    if report.failures:
        sys.exit(1)
