"""The ``newscoder`` command: a thin layer over the library."""

from __future__ import annotations

import gc
import importlib
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import click

from newscoder.errors import NewscoderError, ReadError
from newscoder.model import Analysis, Document

FORMATS = ("pretty", "jsonl", "json")


def report(error: ReadError | NewscoderError | str) -> None:
    click.echo(f"newscoder: error: {error}", err=True)


class StderrWarnings(logging.Handler):
    """The library's warnings (a date it cannot read, files it skipped, a document in another
    language) as ``newscoder: warning: ...`` lines on stderr, as the errors are."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno > logging.WARNING:  # an internal error: its traceback, as Python's
            click.echo(logging.Formatter().format(record), err=True)
        else:
            click.echo(f"newscoder: warning: {record.getMessage()}", err=True)


def say_warnings() -> None:
    """Show the library's warnings on stderr (once per process)."""
    logger = logging.getLogger("newscoder")
    if not any(isinstance(handler, StderrWarnings) for handler in logger.handlers):
        logger.addHandler(StderrWarnings())


def analyses(
    paths: tuple[str, ...], failures: list[str], workers: int = 1, date_order: str = "auto"
) -> Iterator[Analysis]:
    """Analyse every readable document, reporting each failure on stderr as it happens."""
    from newscoder.read import iter_documents
    from newscoder.run import analyze_stream

    def documents() -> Iterator[Document]:
        for item in iter_documents(paths, date_order):  # type: ignore[arg-type]
            if isinstance(item, ReadError):
                failures.append(str(item))
                report(item)
            else:
                yield item

    for item in analyze_stream(documents(), workers=workers):
        if isinstance(item, Analysis):
            yield item
        else:
            failures.append(item)
            report(item)


class LazyGroup(click.Group):
    """A group whose commands over the store, the web app and the actor tables are imported
    only when one of them runs: ``analyze`` of one sentence need not load SQLAlchemy or
    FastAPI first (start-up time, issue 20)."""

    LAZY = {
        "ingest": "newscoder.store.commands:ingest",
        "export": "newscoder.store.commands:export",
        "recode": "newscoder.store.commands:recode",
        "serve": "newscoder.web.commands:serve",
        "actors": "newscoder.actors.commands:actors",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.LAZY:
            module, attribute = self.LAZY[name].split(":")
            command: click.Command = getattr(importlib.import_module(module), attribute)
            return command
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newscoder")
def cli() -> None:
    """newscoder: news articles to source-traced events, quotes, times, places and figures."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="pretty", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not stdout.")
@click.option(
    "--workers", type=click.IntRange(min=1), default=None,
    help="Worker processes.  [default: the machine's cores]",
)
@click.option(
    "--date-order", type=click.Choice(["auto", "DMY", "MDY"]), default="auto", show_default=True,
    help="How to read numeric publication dates like 05/04/2021; auto: day first unless the "
    "source is a US outlet.",
)
@click.option(
    "--actors", "actors_file", type=click.Path(exists=True, dir_okay=False), default=None,
    help="An actor table (the format of lexicons/en/actors/recent.tsv) that adds to or "
    "overrides the package's actor codes; part of the records' coder hash.",
)
def analyze(
    paths: tuple[str, ...], fmt: str, output: str | None, workers: int | None, date_order: str,
    actors_file: str | None,
) -> None:
    """Analyse articles: files, folders, standard input or web pages and feeds.

    PATHS are files (.txt, .html, .jsonl, .rss/.atom/.xml feeds, .pdf reports, .warc
    archives), folders of them (read recursively; other files are counted and said), - for
    standard input (JSONL or one plain-text article) and http(s):// URLs of articles or feeds
    (fetched with a timeout and a size limit, robots.txt respected). A document in another
    language than English is kept with its metadata and a warning, and not analysed.

    Exit status: 0 when every input was read and analysed (skipped file types and
    non-English documents are only warnings); 1 when an input could not be read, fetched or
    analysed (each is said on stderr; the others are still written); 2 for a usage error.

    Example: newscoder analyze article.txt --format jsonl -o out.jsonl --actors my_actors.tsv
    """
    if actors_file:
        use_actor_overlay(actors_file)
    say_warnings()
    from newscoder.progress import progress_over
    from newscoder.read import count_documents
    from newscoder.run import workers_for

    total = count_documents(paths)
    workers = workers_for(workers, total)
    failures: list[str] = []
    handle: TextIO = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        items = analyses(paths, failures, workers, date_order)
        with progress_over(items, total, "analysing") as tracked:
            write_analyses(tracked, fmt, handle)
    finally:
        if output:
            handle.close()
    if failures:
        click.echo(f"newscoder: {len(failures)} input(s) failed", err=True)
        sys.exit(1)


def use_actor_overlay(path: str) -> None:
    """Put a user's actor table in force for this run (the workers inherit the variable) and
    read it now, so a bad row is reported before any document is analysed."""
    import os

    from newscoder.actors import kb

    os.environ[kb.OVERLAY_VARIABLE] = str(Path(path).resolve())
    kb.load.cache_clear()
    kb.load()


def to_json(value: object, indent: int | None = None) -> str:
    """JSON in readable UTF-8; escaped where the text holds lone surrogates, which JSON allows
    as ``\\ud800`` escapes but UTF-8 cannot encode."""
    dumped = json.dumps(value, ensure_ascii=False, indent=indent)
    try:
        dumped.encode("utf-8")
    except UnicodeEncodeError:
        dumped = json.dumps(value, ensure_ascii=True, indent=indent)
    return dumped


def write_analyses(items: Iterator[Analysis], fmt: str, handle: TextIO) -> None:
    if fmt == "jsonl":
        for analysis in items:
            handle.write(to_json(analysis.to_dict()) + "\n")
            handle.flush()
    elif fmt == "json":
        handle.write(to_json([analysis.to_dict() for analysis in items], indent=2) + "\n")
    else:
        from newscoder.render import render_analysis

        if hasattr(handle, "reconfigure"):
            handle.reconfigure(errors="backslashreplace")  # a terminal view never fails on text
        for analysis in items:
            render_analysis(analysis, handle)


@cli.command(name="eval")
@click.argument("kind")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Only the first N documents.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(kind: str, path: Path, limit: int | None, as_json: bool) -> None:
    """Score one extractor against annotated data.

    KIND is quotes, time, places, events, casualties or acled.

    Example: newscoder eval time ../shared/data/time/tbaq_train.jsonl
    """
    from newscoder.eval import load_evaluator

    try:
        figures = load_evaluator(kind)(path, limit)
    except NewscoderError as error:
        raise click.ClickException(str(error)) from None
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    from newscoder.render import render_figures

    render_figures(f"{kind}: {path.name}", figures)


@cli.command()
@click.option("--only", multiple=True, help="Build only these tables.")
def build(only: tuple[str, ...]) -> None:
    """Build the data tables (gazetteer, actor knowledge base) the extractors read."""
    from newscoder.build import build_all

    build_all(only or None, force=True)


# The collector's default passes (one per 700 new objects) walk the parser's and the tables'
# objects again and again while they load: a tenth of a one-sentence run went to them. The
# stages make few reference cycles, so the command collects less often.
COLLECTOR_THRESHOLDS = (100_000, 50, 50)


def collect_rarely() -> None:
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


def main() -> None:
    collect_rarely()
    try:
        cli()
    except NewscoderError as error:
        report(error)
        sys.exit(1)
