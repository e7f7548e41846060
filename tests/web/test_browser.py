"""End to end in a real browser: open a document, click an entity, land on its actor page.

Drives Debian's Chromium (``/usr/bin/chromium``, or NEWSCODER_CHROMIUM) through Playwright's
Python client; no browser is downloaded. Skipped where either is missing; CI installs both.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storefixtures import build_store

CHROMIUM = os.environ.get("NEWSCODER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-extensions",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--metrics-recording-only", "--mute-audio"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over the invented store, served by uvicorn on a loopback port."""
    import uvicorn

    from newscoder.web.app import create_app

    db = str(tmp_path_factory.mktemp("browser") / "news.db")
    build_store(db)
    port = free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                              headless=True)
        yield instance
        instance.close()


def test_click_an_entity_to_open_its_actor_page(server: str, browser: object,
                                                tmp_path: Path) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("dialog", lambda d: errors.append(f"dialog: {d.message}"))

    page.goto(f"{server}/documents/meeting-a")
    assert page.title().startswith("Marsh meets the opposition")
    page.locator(".document .text a.mention", has_text="Lena Marsh").first.click()
    page.wait_for_url("**/actors/*")
    assert page.locator("h1.actor-name").inner_text() == "Lena Marsh"
    assert page.get_by_text("We will meet again before the spring,").count() >= 1
    shot = tmp_path / "actor.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 5_000
    assert errors == []  # nothing blocked by the CSP, no script ran


def test_hostile_document_runs_no_script(server: str, browser: object, tmp_path: Path) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/documents/hostile%3Cb%3E")
    page.wait_for_load_state("load")
    assert dialogs == []
    assert page.locator("h1").inner_text().startswith('<script>alert("x")</script>')
    assert page.locator("main img").count() == 0
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)


@pytest.mark.parametrize("path", ["/", "/events", "/timeline", "/network", "/map", "/actors",
                                  "/search?q=Marsh"])
def test_pages_render_without_errors_under_the_policy(server: str, browser: object,
                                                      path: str) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    page.on("response", lambda r: problems.append(f"{r.status}: {r.url}")
            if r.status >= 400 else None)
    loaded: list[str] = []
    page.on("requestfinished", lambda r: loaded.append(r.url))
    page.goto(server + path)
    page.wait_for_load_state("networkidle")
    assert problems == []  # nothing the Content-Security-Policy blocked, nothing missing
    assert page.locator("main h1").count() == 1
    assert any(url.endswith("/static/style.css") for url in loaded)
    if path == "/map":
        assert any(url.endswith("/static/land.svg") for url in loaded)  # the offline basemap
