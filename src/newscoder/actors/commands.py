"""``newscoder actors``: what the actor coding of a store left undone."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from newscoder.errors import StoreError


@click.command()
@click.option("--uncoded", is_flag=True, help="List the actor names left without a code.")
@click.option("--db", required=True, help="SQLite file or postgresql:// URL of a store.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="How many names to list.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def actors(uncoded: bool, db: str, limit: int, as_json: bool) -> None:
    """Report on the actors of a store (read-only).

    With --uncoded: the most frequent actor names that got no code or only a bare sector
    ("REB" with no country), with counts and an example sentence each, so that they can be
    added to an actor overlay file (newscoder analyze --actors FILE).

    Example: newscoder actors --uncoded --db news.db --limit 20
    """
    if not uncoded:
        raise click.UsageError("say what to report: --uncoded")
    from newscoder.actors.uncoded import uncoded as find_uncoded
    from newscoder.store.db import open_store

    try:
        with open_store(db, create=False, readonly=True) as store, store.engine.connect() as conn:
            found = find_uncoded(conn, limit)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    for item in found:
        if as_json:
            click.echo(json.dumps(asdict(item), ensure_ascii=False))
        else:
            code = item.code or "-"
            click.echo(f"{item.count:6d}  {item.name}  [{code}]\n        {item.example}")
