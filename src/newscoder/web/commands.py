"""The ``serve`` command: placeholder until the web app lands (issue 8)."""

from __future__ import annotations

import click


@click.command()
@click.option("--db", required=True)
def serve(db: str) -> None:
    """Serve the web app (not available yet)."""
    raise click.ClickException("serve is not available yet")
