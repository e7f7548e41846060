"""A local HTTP server on 127.0.0.1 for the reader's URL tests: fixed routes, a robots.txt,
redirects and an oversized body, served by http.server in a thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = tuple[int, str, bytes, dict[str, str]]  # status, content type, body, extra headers
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


def handler_for(routes: dict[str, Route], seen: list[tuple[str, str]]) -> type:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            seen.append((self.path, self.headers.get("User-Agent", "")))
            default: Route = (404, "text/plain", b"not here", {})
            if self.path == "/robots.txt":
                default = (200, "text/plain", ROBOTS, {})
            status, content_type, body, headers = routes.get(self.path, default)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass  # quiet test output

    return Handler


@contextmanager
def serving(routes: dict[str, Route]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """The base URL of a server answering ``routes``, and the (path, user agent) it saw."""
    seen: list[tuple[str, str]] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(routes, seen))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
