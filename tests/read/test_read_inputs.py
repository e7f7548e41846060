"""What analysts have, read by the one reader (issue 19): standard input, folders with their
skips said, feeds, PDF reports, and http(s) URLs served from 127.0.0.1."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest
from read_pdfmaker import make_pdf
from read_samples import ARTICLE_HTML, FEED, FIXTURES, report_pdf
from read_server import serving

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read import count_documents, iter_documents
from newscoder.read import web as web_module

pytestmark = pytest.mark.issue(19)


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.1 is always reached directly, whatever proxy the machine sets."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def read(inputs: list[str], stdin: bytes | None = None) -> list[Document | ReadError]:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(iter_documents(inputs, stdin=stream))


def documents(items: list[Document | ReadError]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def test_read_inputs_stdin_jsonl_lines() -> None:
    lines = [{"id": "a", "text": "Rain fell on the town.", "date": "05/04/2021"},
             {"id": "b", "text": "The market reopened."}]
    items = read(["-"], "".join(json.dumps(r) + "\n" for r in lines).encode())
    assert [(d.id, d.published) for d in documents(items)] == [("a", "2021-04-05"), ("b", None)]


def test_read_inputs_stdin_plain_text_is_one_article() -> None:
    (item,) = read(["-"], b"Storm closes port\n\nThe port closed on Monday.\n")
    assert isinstance(item, Document)
    assert item.title == "Storm closes port" and item.source_path == "<stdin>"


def test_read_inputs_empty_stdin_is_an_error() -> None:
    (item,) = read(["-"], b"  \n")
    assert isinstance(item, ReadError) and "<stdin>" in str(item)


def test_read_inputs_folder_says_what_it_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Rain fell on the town on Monday.\n")
    (tmp_path / "feed.rss").write_bytes(FEED)
    (tmp_path / "report.pdf").write_bytes(report_pdf())
    for name in ("notes.docx", "scan.png", "table.docx", ".hidden.txt"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("not an article")
    with caplog.at_level(logging.WARNING, logger="newscoder.read"):
        items = read([str(tmp_path)])
    assert len(documents(items)) == 4  # two feed entries, the report, the text file
    (message,) = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert "3 file(s) of a type newscoder does not read (2 .docx, 1 .png)" in message
    assert "2 hidden file(s) or folder(s)" in message  # .hidden.txt and .git, not entered


def test_read_inputs_folder_with_nothing_readable_is_said(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    with caplog.at_level(logging.WARNING, logger="newscoder.read"):
        assert read([str(tmp_path)]) == []
    assert any("no file newscoder reads" in r.getMessage() for r in caplog.records)


def test_read_inputs_feed_file_entries() -> None:
    items = documents(read([str(FIXTURES / "harbour.rss")]))
    assert [(d.id, d.published, d.outlet) for d in items] == [
        ("courier-ferry-1", "2021-05-04", "Harbour Town Courier"),
        ("courier-quotas-2", "2021-05-05", "Harbour Town Courier"),
    ]
    assert [a.name for a in items[0].authors] == ["Rosa Temple"]
    assert items[1].authors == [] and items[1].author is None  # "Courier Staff": nobody


def test_read_inputs_pdf_pages_joined_into_whole_sentences(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf())
    (document,) = documents(read([str(path)]))
    assert "the district office, and most of them are staying" in document.text
    assert "\n7" not in document.text  # the page number is not text
    assert (document.title, document.published) == ("Flooding situation report", "2021-05-04")


def test_read_inputs_scanned_pdf_says_it_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []]))
    (item,) = read([str(path)])
    assert isinstance(item, ReadError)
    assert "no text layer" in str(item) and "OCR" in str(item) and str(path) in str(item)


def test_read_inputs_pdf_named_otherwise_is_still_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.bin"
    path.write_bytes(report_pdf())
    (document,) = documents(read([str(path)]))
    assert document.text.startswith("Situation report 12")


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [(["-"], None), (["http://127.0.0.1:9/a"], None), ([str(FIXTURES / "article_fr.txt")], 1)],
)
def test_read_inputs_count_for_progress(inputs: list[str], expected: int | None) -> None:
    assert count_documents(inputs) == expected


def served_routes() -> dict[str, tuple[int, str, bytes, dict[str, str]]]:
    return {
        "/news/bridge": (200, "text/html; charset=utf-8", ARTICLE_HTML, {}),
        "/feed.xml": (200, "application/rss+xml", FEED, {}),
        "/report": (200, "application/pdf", report_pdf(), {}),
        "/private/memo": (200, "text/html", ARTICLE_HTML, {}),
        "/loop": (302, "text/plain", b"", {"Location": "/loop"}),
        "/moved": (301, "text/plain", b"", {"Location": "/news/bridge"}),
        "/to-private": (302, "text/plain", b"", {"Location": "/private/memo"}),
        "/big": (200, "text/plain", b"word " * 4000, {}),
    }


def test_read_inputs_url_article_with_metadata() -> None:
    with serving(served_routes()) as (base, seen):
        (document,) = documents(read([f"{base}/news/bridge"]))
    assert document.id == f"{base}/news/bridge"
    assert "stone bridge over the river reopened" in document.text
    assert document.published == "2021-05-04"
    # An outlet not in the agencies list stays in the role it is glued to.
    assert [(a.name, a.role) for a in document.authors] == [
        ("Nora Pike", "Valley Post Staff Writer")
    ]
    assert [path for path, _ in seen] == ["/robots.txt", "/news/bridge"]
    assert all(agent.startswith("newscoder/") for _, agent in seen)


def test_read_inputs_url_feed_and_pdf() -> None:
    with serving(served_routes()) as (base, _):
        items = documents(read([f"{base}/feed.xml", f"{base}/report"]))
    assert [d.id for d in items] == ["courier-ferry-1", "courier-quotas-2", f"{base}/report"]


def test_read_inputs_url_redirect_followed_and_robots_read_once() -> None:
    with serving(served_routes()) as (base, seen):
        items = documents(read([f"{base}/moved", f"{base}/news/bridge"]))
    assert [d.url for d in items] == [f"{base}/news/bridge"] * 2
    assert [path for path, _ in seen].count("/robots.txt") == 1


@pytest.mark.parametrize(
    ("path", "said"),
    [("/private/memo", "robots.txt of http://127.0.0.1:"),
     ("/to-private", "does not allow fetching"),
     ("/missing", "answered 404"),
     ("/loop", "more than 5 redirects"),
     ("/big", "larger than 1,000 bytes")],
)
def test_read_inputs_url_failure_is_one_line(
    path: str, said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(web_module, "MAX_BYTES", 1000)
    with serving(served_routes()) as (base, _):
        (item,) = read([f"{base}{path}"])
    assert isinstance(item, ReadError)
    assert said in str(item) and f"{base}{path}" in str(item) and "\n" not in str(item)


def test_read_inputs_unreachable_url_is_one_line() -> None:
    with serving({}) as (base, _):
        pass  # the server is shut: nothing listens on its port any more
    (item,) = read([f"{base}/gone"])
    assert isinstance(item, ReadError) and "cannot" in str(item) and "\n" not in str(item)


def test_read_inputs_xml_that_is_not_a_feed_is_a_skip_in_a_folder(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset></urlset>')
    (tmp_path / "news.xml").write_bytes(FEED)
    with caplog.at_level(logging.WARNING, logger="newscoder.read"):
        items = read([str(tmp_path)])
    assert all(isinstance(item, Document) for item in items) and len(items) == 2
    assert any("1 .xml (not a feed)" in r.getMessage() for r in caplog.records)


def test_read_inputs_feed_entry_without_text_is_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    feed = FEED.replace(b"<description>&lt;p&gt;About two hundred", b"<x>").replace(
        b"last month.&lt;/p&gt;</description>", b"</x>"
    )
    path = tmp_path / "titles.rss"
    path.write_bytes(feed)
    with caplog.at_level(logging.WARNING, logger="newscoder.read"):
        items = read([str(path)])
    assert [getattr(item, "id", None) for item in items] == ["courier-ferry-1"]
    (message,) = [r.getMessage() for r in caplog.records]
    assert message.startswith(f"{path}#2: skipped") and "courier.example/quotas" in message


def test_read_inputs_pdf_columns_read_one_after_the_other(tmp_path: Path) -> None:
    path = tmp_path / "columns.pdf"
    path.write_bytes(make_pdf([[
        "Food stocks in the camp will | The agency asked donors on",
        "last until the end of the | Friday for another two",
        "month, the agency said. | million dollars.",
    ]]))
    (document,) = documents(read([str(path)]))
    flat = " ".join(document.text.split())
    assert "will last until the end of the month, the agency said." in flat
    assert "asked donors on Friday for another two million dollars." in flat


def test_read_inputs_warc_html_responses(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, body, kind in [("https://valley.example/bridge", ARTICLE_HTML, "text/html"),
                                ("https://valley.example/logo.png", b"\x89PNG", "image/png")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(uri, "response",
                                                          payload=io.BytesIO(body),
                                                          http_headers=headers))
    (document,) = documents(read([str(path)]))
    assert document.url == "https://valley.example/bridge"
    assert "stone bridge" in document.text and document.language == "en"


def test_read_inputs_folder_with_nothing_skipped_says_nothing(
    caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="newscoder.read.inputs"):
        items = read([str(FIXTURES)])
    assert len(documents(items)) == 4
    assert [r for r in caplog.records if r.name == "newscoder.read.inputs"] == []


def test_read_inputs_jsonl_text_with_unicode_line_separators(tmp_path: Path) -> None:
    texts = ["Harbour closed\u0085The harbour closed on Monday.", "One line\u2028and another."]
    path = tmp_path / "odd.jsonl"
    lines = [json.dumps({"id": str(n), "text": t}, ensure_ascii=False) for n, t in enumerate(texts)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    assert [d.text for d in documents(read([str(path)]))] == texts
