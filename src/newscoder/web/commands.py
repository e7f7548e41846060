"""The ``serve`` command: the web app over a store, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import os

import click

from newscoder.errors import StoreError
from newscoder.web import DB_VARIABLE


@click.command()
@click.option("--db", required=True, help="SQLite file or postgresql:// URL of a store.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 exposes the store to your network.")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (each opens the store read-only).")
def serve(db: str, host: str, port: int, workers: int) -> None:
    """Serve the web app and the JSON API over a store (read-only).

    Example: newscoder serve --db news.db   then open http://127.0.0.1:8000/
    """
    import uvicorn

    from newscoder.web.app import create_app

    try:
        app = create_app(db)  # fails here, once, on a missing, foreign or corrupt store
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"newscoder: serving {db} at http://{shown}:{port}/  (Ctrl+C to stop)", err=True)
    limits = {"host": host, "port": port, "log_level": "warning", "limit_concurrency": 200,
              "timeout_keep_alive": 20, "h11_max_incomplete_event_size": 16_384}
    if workers == 1:
        uvicorn.run(app, **limits)
        return
    os.environ[DB_VARIABLE] = db  # each worker process builds its own app from it
    uvicorn.run("newscoder.web.app:app_from_environment", factory=True, workers=workers,
                **limits)
