"""What ingest reads beyond the analyser's own inputs: RSS/Atom feeds and WARC archives.

Files, folders and JSONL go through :func:`newscoder.read.iter_documents`; feed files are
parsed by feedparser and WARC archives by warcio, and each entry or HTML response becomes a
:class:`~newscoder.model.Document`. Like the reader, every bad input yields a ReadError and the
rest go on.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read import MAX_FILE_BYTES, SUFFIXES, documents_in, iter_documents

FEED_SUFFIXES = (".rss", ".atom", ".xml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
BLOCK_TAGS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(FEED_SUFFIXES):
        return "feed"
    if path.suffix.lower() in SUFFIXES:
        return "document"
    return None


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Document | ReadError]:
    """Every document under ``paths``: articles, JSONL lines, feed entries, WARC responses."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p))
        elif path.exists():
            files = [path]
        else:
            yield ReadError(str(path), "no such file or folder")
            continue
        for file in files:
            yield from read_any(file)


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many documents ``paths`` hold, when cheap to know (for a progress bar): one per
    article file, one per JSONL line; None when a feed or archive is among them."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p)) \
            if path.is_dir() else [path]
        for file in files:
            kind = kind_of(file)
            if kind in ("feed", "warc"):
                return None
            total += documents_in(file) if file.is_file() else 1  # a missing path: one failure
    return total


def read_any(path: Path) -> Iterator[Document | ReadError]:
    kind = kind_of(path)
    try:
        if kind == "warc":
            yield from read_warc(path)
        elif kind == "feed":
            yield from read_feed(path)
        else:
            yield from iter_documents([path])
    except OSError as error:
        yield ReadError(str(path), f"cannot read: {error.strerror or error}")


class TextOfHTML(HTMLParser):
    """Visible text of an HTML fragment, blocks separated by blank lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)

    def text(self) -> str:
        paragraphs = (" ".join(p.split()) for p in "".join(self.parts).split("\n\n"))
        return "\n\n".join(p for p in paragraphs if p)


def html_to_text(markup: str) -> str:
    parser = TextOfHTML()
    parser.feed(markup)
    parser.close()
    return parser.text()


def stable_id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def read_feed(path: Path) -> Iterator[Document | ReadError]:
    import feedparser

    if path.stat().st_size > MAX_FILE_BYTES:
        yield ReadError(str(path), f"larger than {MAX_FILE_BYTES:,} bytes")
        return
    parsed = feedparser.parse(path.read_bytes())
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no entries"
        yield ReadError(str(path), f"not a readable RSS/Atom feed ({reason})")
        return
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        contents = entry.get("content") or []
        markup = contents[0].get("value", "") if contents else entry.get("summary", "")
        text = html_to_text(markup or "")
        title = entry.get("title")
        if not text.strip():
            yield ReadError(str(path), f"feed entry {number} has no text")
            continue
        link = entry.get("link")
        yield Document(
            id=str(entry.get("id") or link or stable_id(str(path), text)),
            text=text,
            published=entry_date(entry),
            title=html_to_text(title) if title else None,
            author=entry.get("author"),
            outlet=outlet,
            url=link,
            source_path=f"{path}#{number}",
        )


def read_warc(path: Path) -> Iterator[Document | ReadError]:
    """Each HTML response of a WARC archive, its article extracted by the HTML reader."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from newscoder.read.encoding import NotText, decode
    from newscoder.read.html import read_html

    with open(path, "rb") as handle:
        try:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{path}#{uri}"
                try:
                    markup, _ = decode(record.content_stream().read())
                    document = read_html(markup, where, stable_id(uri))
                except ReadError as error:
                    yield error
                    continue
                except NotText as error:
                    yield ReadError(where, str(error))
                    continue
                document.url = document.url or uri
                yield document
        except ArchiveLoadFailed as error:
            yield ReadError(str(path), f"not a readable WARC archive ({error})")
