"""The ``serve`` command: the web app over a store, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import click

from newscoder.errors import StoreError


@click.command()
@click.option("--db", required=True, help="SQLite file or postgresql:// URL of a store.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 exposes the store to your network.")
@click.option("--port", type=int, default=8000, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Serve the web app and the JSON API over a store (read-only).

    Example: newscoder serve --db news.db   then open http://127.0.0.1:8000/
    """
    import uvicorn

    from newscoder.web.app import create_app

    try:
        app = create_app(db)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"newscoder: serving {db} at http://{shown}:{port}/  (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", limit_concurrency=200,
                timeout_keep_alive=5, h11_max_incomplete_event_size=16_384)
