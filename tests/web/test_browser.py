"""End to end in a real browser: open a document, click an entity, land on its actor page;
zoom the map, brush the timeline, filter the network.

Drives Debian's Chromium (``/usr/bin/chromium``, or NEWSCODER_CHROMIUM) through Playwright's
Python client; no browser is downloaded. Skipped where either is missing; CI installs both.
The interactive views also need the browser libraries ``make setup`` installs with npm; their
tests skip without them. Screenshots go to NEWSCODER_SCREENSHOTS, else to pytest's temporary
folder (``<basetemp>/screenshots0``).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_viewstore import build_view_store

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
    build_view_store(db)
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
    assert all(url.startswith(server) for url in loaded)  # nothing from elsewhere


# --- The interactive views: each is driven as a user would, and photographed. -------------

@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newscoder.web.views import vendor_ready

    if not vendor_ready():
        pytest.skip("browser libraries not installed: run make setup (npm ci)")
    chosen = os.environ.get("NEWSCODER_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_view(browser: object, url: str, box: str) -> tuple[object, list[str]]:
    """A page at ``url`` once its view ``box`` has drawn, and the errors seen so far."""
    page = browser.new_page(viewport={"width": 1280, "height": 1000})  # type: ignore[attr-defined]
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(url)
    ready(page, box)
    return page, problems


def until(page: object, expression: str, seconds: float = 20) -> None:
    """Wait for a script expression to hold (polled from here: the page's CSP forbids the
    string evaluation Playwright's wait_for_function uses)."""
    deadline = time.monotonic() + seconds
    while not page.evaluate(expression):  # type: ignore[attr-defined]
        assert time.monotonic() < deadline, f"still false after {seconds} s: {expression}"
        time.sleep(0.1)


def ready(page: object, box: str) -> None:
    page.wait_for_selector(f"{box}[data-state=ready]", timeout=20_000)  # type: ignore[attr-defined]


def test_zoom_the_map_into_a_cluster_and_filter_it(server: str, browser: object,
                                                   shots: Path) -> None:
    page, problems = open_view(browser, f"{server}/map", "#map")
    assert page.locator("#map").get_attribute("data-markers") == "9"
    legend = page.locator(".map-legend").inner_text()
    assert "Battles (4)" in legend and "country's centroid" in legend
    harbour = page.locator(".marker-cluster", has_text=re.compile(r"^4$"))
    assert harbour.count() == 1  # four reports from one harbour, one cluster at world scale
    page.screenshot(path=str(shots / "map-world.png"))

    zoom = "window.newscoderMap.map.getZoom()"
    before = page.evaluate(zoom)
    harbour.click()  # a cluster zooms to its incidents
    until(page, f"{zoom} > {before}")
    page.wait_for_timeout(600)  # the zoom animation
    assert harbour.count() == 0
    page.locator(".leaflet-control-zoom-in").click()
    page.wait_for_timeout(400)
    page.screenshot(path=str(shots / "map-zoomed.png"))
    box = page.locator("#map").bounding_box()
    centre = "window.newscoderMap.map.getCenter().lng"
    west = page.evaluate(centre)
    page.mouse.move(box["x"] + 600, box["y"] + 300)
    page.mouse.down()
    page.mouse.move(box["x"] + 300, box["y"] + 300, steps=8)  # drag the map: it pans
    page.mouse.up()
    assert page.evaluate(centre) > west

    page.select_option("#filters select[name=type]", "Protests")
    until(page, "document.querySelector('#map').dataset.markers === '2'")
    dashed = page.evaluate("window.newscoderMap.clusters.getLayers()"
                           ".filter(l => l.options.dashArray).length")
    assert dashed == 1  # the teachers' strike is placed only in the country
    page.select_option("#filters select[name=type]", "")
    page.fill("#filters input[name=actor]", "coast guard")
    page.fill("#filters input[name=from]", "2023-03-01")
    page.click("#filters button[type=submit]")
    until(page, "document.querySelector('#map').dataset.markers === '1'")
    assert "actor=coast+guard" in page.url and "from=2023-03-01" in page.url
    page.screenshot(path=str(shots / "map-filtered.png"))
    assert problems == []


def test_a_map_popup_shows_hostile_text_as_text(server: str, browser: object,
                                                shots: Path) -> None:
    page, problems = open_view(browser, f"{server}/map?country=NGA", "#map")
    page.wait_for_timeout(500)
    point = page.evaluate("(() => { const m = window.newscoderMap.map;"
                          " const p = m.latLngToContainerPoint([10, 10]); return [p.x, p.y]; })()")
    box = page.locator("#map").bounding_box()
    page.mouse.click(box["x"] + point[0], box["y"] + point[1])
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    page.wait_for_timeout(400)  # the fade-in, for the screenshot
    assert '<script>alert("x")</script>' in popup.inner_text()
    assert popup.locator("script, img").count() == 0
    page.screenshot(path=str(shots / "map-popup.png"))
    assert problems == []


def brush(page: object, box: str, start: float, end: float) -> None:
    """Drag across the top chart of a Vega view from ``start`` to ``end`` (0-1 of its width)."""
    area = page.locator(f"{box} svg").first.bounding_box()  # type: ignore[attr-defined]
    y = area["y"] + 130  # inside the stacked bars, below the legend
    left, width = area["x"] + 150, area["width"] - 170
    page.mouse.move(left + width * start, y)  # type: ignore[attr-defined]
    page.mouse.down()  # type: ignore[attr-defined]
    page.mouse.move(left + width * end, y, steps=10)  # type: ignore[attr-defined]
    page.mouse.up()  # type: ignore[attr-defined]


def test_brush_the_timeline_then_open_the_range_on_the_map(server: str, browser: object,
                                                           shots: Path) -> None:
    page, problems = open_view(browser, f"{server}/timeline?unit=day", "#timeline")
    page.select_option("#filters select[name=unit]", "week")  # redraws in week bins
    until(page, "document.querySelector('#timeline').dataset.state === 'ready'")
    assert "unit=week" in page.url
    assert page.locator("#timeline-range").inner_text().startswith("All dates: 9 incident(s)")
    drawn = page.locator("#timeline svg").first.text_content()
    assert "W05" in drawn  # week ticks on the time axis
    assert "Per country" in drawn and "SOM" in drawn and "MLI" in drawn  # the country trends
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)
    brush(page, "#timeline", 0.35, 0.75)
    until(page, "window.newscoderTimeline.range !== null")
    summary = page.locator("#timeline-range").inner_text()
    found = re.match(r"(\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d): (\d+) incident", summary)
    assert found, summary
    brushed = int(found.group(3))
    assert 0 < brushed < 9
    page.screenshot(path=str(shots / "timeline-brushed.png"), full_page=True)
    onward = page.locator("#timeline-onward").get_attribute("href")
    assert f"from={found.group(1)}" in onward and f"to={found.group(2)}" in onward

    page.locator("#timeline-onward").click()  # the same range on the map
    ready(page, "#map")
    assert page.locator("#map").get_attribute("data-markers") == str(brushed)
    page.screenshot(path=str(shots / "timeline-range-on-map.png"))
    assert problems == []


def test_brushing_the_events_chart_fills_the_date_filter(server: str, browser: object,
                                                         shots: Path) -> None:
    page, problems = open_view(browser, f"{server}/events", "#timeline")
    brush(page, "#timeline", 0.1, 0.6)
    until(page, "window.newscoderTimeline.range !== null")
    start, end = window_range(page)
    assert page.input_value("#filters input[name=from]") == start
    assert page.input_value("#filters input[name=to]") == end
    page.screenshot(path=str(shots / "events-brushed.png"), full_page=True)
    assert problems == []


def window_range(page: object) -> tuple[str, str]:
    start, end = page.evaluate("window.newscoderTimeline.range")  # type: ignore[attr-defined]
    return start, end


def test_filter_and_search_the_network(server: str, browser: object, shots: Path) -> None:
    page, problems = open_view(browser, f"{server}/network", "#network")
    assert page.locator("#network").get_attribute("data-nodes") == "7"
    page.screenshot(path=str(shots / "network.png"))

    page.fill("#filters input[name=min_events]", "2")
    page.click("#filters button[type=submit]")
    until(page, "document.querySelector('#network').dataset.nodes === '4'")
    page.select_option("#filters select[name=kind]", "REB")  # reloads on change
    until(page, "document.querySelector('#network').dataset.nodes === '2'")
    names = page.evaluate("window.newscoderNetwork.cy.nodes().map(n => n.data('name'))")
    assert sorted(names) == ["Mali MIL", "Mali REB"]
    page.screenshot(path=str(shots / "network-filtered.png"))

    page.select_option("#filters select[name=kind]", "")
    page.fill("#filters input[name=min_events]", "1")
    page.fill("#filters input[name=q]", "marsh")
    page.click("#filters button[type=submit]")
    until(page, "document.querySelector('#network').dataset.nodes === '2'")
    matched = page.evaluate("window.newscoderNetwork.cy.nodes('[match = 1]')"
                            ".map(n => n.data('name'))")
    assert matched == ["Lena Marsh"]
    assert "q=marsh" in page.url
    page.screenshot(path=str(shots / "network-search.png"))
    assert problems == []
