"""CLI commands over the store: placeholders until the store lands (issue 8)."""

from __future__ import annotations

import click


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", required=True)
def ingest(paths: tuple[str, ...], db: str) -> None:
    """Analyse documents and store them (not available yet)."""
    raise click.ClickException("ingest is not available yet")


@click.command()
@click.option("--db", required=True)
@click.option("--format", "fmt", required=True)
@click.option("-o", "--output", required=True)
def export(db: str, fmt: str, output: str) -> None:
    """Export stored records (not available yet)."""
    raise click.ClickException("export is not available yet")
