"""The web app: pages to read, search and check a store, and a JSON API over it.

Hardening (a news corpus is hostile input): Jinja autoescaping on every template, a strict
Content-Security-Policy (no inline script, nothing from elsewhere), a read-only database
connection, parameterised SQL only, request-size and per-request time limits, GET only.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from newscoder.store import query
from newscoder.store.db import Store, open_store, query_deadline
from newscoder.store.query import EventFilter
from newscoder.web import DB_VARIABLE
from newscoder.web.highlight import highlight, marks_for
from newscoder.web.views import add_view_api, add_view_pages, event_filters, vendor_ready

HERE = Path(__file__).resolve().parent
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
MAX_BODY_BYTES = 16_384
MAX_URL_CHARS = 4_096
REQUEST_SECONDS = 10.0
QUERY_SECONDS = 8.0
EVENTS_PER_PAGE = 200
Page = Callable[..., Awaitable[Response]]


def app_from_environment() -> FastAPI:
    """The app over the store named by NEWSCODER_DB (for ``serve --workers N``)."""
    return create_app(os.environ[DB_VARIABLE])


def create_app(db: str) -> FastAPI:
    """The app over the store ``db`` (opened read-only; it must exist)."""
    store = open_store(db, create=False, readonly=True, timeout_s=QUERY_SECONDS)
    app = FastAPI(
        title="newscoder",
        summary="Events, quotes, actors, places and figures extracted from news articles.",
        version="1",
        docs_url=None,  # the Swagger page loads scripts from a CDN: not under this CSP
        redoc_url=None,
    )
    app.state.store = store
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")  # autoescape on for .html
    app.state.templates = templates
    app.middleware("http")(guard)
    add_api(app)
    add_view_api(app)
    add_pages(app)
    return app


async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Limits and headers for every request: GET/HEAD only, small, and bounded in time."""
    if request.method not in ("GET", "HEAD"):
        return secure(JSONResponse({"detail": "read-only: only GET is served"}, 405))
    length = request.headers.get("content-length")
    if (length and (not length.isdigit() or int(length) > MAX_BODY_BYTES)) or \
            "transfer-encoding" in request.headers:
        return secure(JSONResponse({"detail": "request body too large"}, 413))
    if len(str(request.url)) > MAX_URL_CHARS:
        return secure(JSONResponse({"detail": "request URL too long"}, 414))
    try:
        response = await asyncio.wait_for(call_next(request), timeout=REQUEST_SECONDS)
    except TimeoutError:
        response = JSONResponse({"detail": "request took too long"}, 503)
    return secure(response)


def secure(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    return response


@contextmanager
def reading(request: Request) -> Iterator[Connection]:
    """A connection for one request; a query over its time limit becomes a 503."""
    store: Store = request.app.state.store
    try:
        with query_deadline(QUERY_SECONDS), store.engine.connect() as conn:
            yield conn
    except OperationalError as error:
        if "interrupt" in str(error).lower() or "timeout" in str(error).lower():
            raise HTTPException(503, "query took too long") from None
        raise


def iso_day(value: str | None) -> str | None:
    """A YYYY-MM-DD filter value, or a 422 for anything else."""
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"not a date (YYYY-MM-DD): {value[:40]!r}") from None


def event_filter(actor: str | None, type_: str | None, country: str | None,
                 date_from: str | None, date_to: str | None,
                 cluster: int | None = None, acled: str | None = None) -> EventFilter:
    return EventFilter(actor=actor or None, type=type_ or None, country=country or None,
                       date_from=iso_day(date_from), date_to=iso_day(date_to), cluster=cluster,
                       acled=acled or None)


def add_api(app: FastAPI) -> None:
    @app.get("/api/health", tags=["api"])
    def health(request: Request) -> dict[str, Any]:
        """200 when the store answers: its schema version and row counts."""
        with reading(request) as conn:
            return {"status": "ok", "schema_version": query.schema_version(conn),
                    "counts": query.counts(conn)}

    @app.get("/api/documents/{doc_id:path}", tags=["api"])
    def document_record(doc_id: str, request: Request) -> dict[str, Any]:
        """The document's contract record (as `newscoder analyze --format jsonl` writes it)."""
        with reading(request) as conn:
            found = query.record(conn, doc_id)
        if found is None:
            raise HTTPException(404, "no such document")
        return found

    @app.get("/api/search", tags=["api"])
    def search(request: Request, q: str = Query("", max_length=500),
               limit: int = Query(20, ge=1, le=100)) -> dict[str, Any]:
        """Full-text search over documents and quotes, and actor names."""
        with reading(request) as conn:
            result = query.search(conn, q, limit)
        return {"query": q, "documents": result.documents, "quotes": result.quotes,
                "actors": result.actors}

    @app.get("/api/events", tags=["api"])
    def events(
        request: Request,
        filters: Annotated[EventFilter, Depends(event_filters)],
        limit: int = Query(100, ge=1, le=1000),
        offset: int = Query(0, ge=0, le=1_000_000),
    ) -> dict[str, Any]:
        """Events with actors, evidence offsets, ACLED type, fatalities and the corroboration
        count of their cluster."""
        with reading(request) as conn:
            found = query.events(conn, filters, limit=limit, offset=offset)
        return {"events": found, "count": len(found)}

    @app.get("/api/incidents", tags=["api"])
    def incidents(
        request: Request,
        country: str | None = Query(None, max_length=8, description="ISO alpha-3"),
        type: str | None = Query(None, max_length=60,
                                 description="ACLED event or sub-event type, or kind"),
        date_from: str | None = Query(None, alias="from", max_length=10),
        date_to: str | None = Query(None, alias="to", max_length=10),
        limit: int = Query(100, ge=1, le=1000),
        offset: int = Query(0, ge=0, le=1_000_000),
    ) -> dict[str, Any]:
        """Incidents: one per real-world occurrence, with date, place, ACLED type and tolls."""
        with reading(request) as conn:
            found = query.incidents(conn, country, type, iso_day(date_from), iso_day(date_to),
                                    limit=limit, offset=offset)
        return {"incidents": found, "count": len(found)}

    @app.get("/api/actors/{actor_id}", tags=["api"])
    def actor(actor_id: int, request: Request) -> dict[str, Any]:
        """An actor across documents: events as source and target, quotes by and about."""
        with reading(request) as conn:
            found = query.actor_dossier(conn, actor_id)
        if found is None:
            raise HTTPException(404, "no such actor")
        return found


def add_pages(app: FastAPI) -> None:
    templates: Jinja2Templates = app.state.templates

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": error.detail}, error.status_code)
        return page(request, "error.html", error.status_code, code=error.status_code,
                    detail=str(error.detail))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        with reading(request) as conn:
            return page(request, "home.html", counts=query.counts(conn),
                        documents=query.list_documents(conn, 30),
                        actors=query.list_actors(conn, 30))

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents(request: Request, page_no: int = Query(1, alias="page", ge=1, le=100_000)
                  ) -> HTMLResponse:
        with reading(request) as conn:
            found = query.list_documents(conn, 100, (page_no - 1) * 100)
        return page(request, "documents.html", documents=found, page_no=page_no)

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def document(doc_id: str, request: Request) -> HTMLResponse:
        with reading(request) as conn:
            found = query.document(conn, doc_id)
            if found is None:
                raise HTTPException(404, "no such document")
            parts = query.document_parts(conn, doc_id)
            duplicates = query.near_duplicates(conn, doc_id)
            copies = query.copies(conn, doc_id)
        body = highlight(found["text"], marks_for(parts))
        return page(request, "document.html", doc=found, body=body, parts=parts,
                    duplicates=duplicates, copies=copies, coder=coder_of(found))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors(request: Request) -> HTMLResponse:
        with reading(request) as conn:
            return page(request, "actors.html", actors=query.list_actors(conn, 500))

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor(actor_id: int, request: Request) -> HTMLResponse:
        with reading(request) as conn:
            found = query.actor_dossier(conn, actor_id)
        if found is None:
            raise HTTPException(404, "no such actor")
        return page(request, "actor.html", actor=found)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events(
        request: Request,
        filters: Annotated[EventFilter, Depends(event_filters)],
        page_no: int = Query(1, alias="page", ge=1, le=100_000),
    ) -> HTMLResponse:
        with reading(request) as conn:
            found = query.events(conn, filters, limit=EVENTS_PER_PAGE,
                                 offset=(page_no - 1) * EVENTS_PER_PAGE)
        params = {k: v for k, v in request.query_params.items() if k != "page"}
        return page(request, "events.html", events=found, filters=filters, page_no=page_no,
                    per_page=EVENTS_PER_PAGE, params=params, vendor=vendor_ready())

    add_view_pages(app, page)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request, q: str = Query("", max_length=500)) -> HTMLResponse:
        with reading(request) as conn:
            result = query.search(conn, q, 50)
        return page(request, "search.html", q=q, result=result)


def coder_of(doc: dict[str, Any]) -> dict[str, Any] | None:
    """Which coder produced the document: the store's ``coder`` column where it has one (a
    JSON object or plain text), else the contract record's ``coder``."""
    value = doc.get("coder")
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = None
        value = parsed if isinstance(parsed, dict) else {"version": value}
    if not value and doc.get("record"):
        try:
            value = json.loads(doc["record"]).get("coder")
        except (ValueError, AttributeError):
            value = None
    return value if isinstance(value, dict) and value else None
