"""RSS and Atom feeds: each entry with text becomes a document (feedparser reads both)."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read.dates import DateOrder, published_date

LOGGER = logging.getLogger(__name__)
BLOCK_TAGS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(data: bytes) -> bool:
    """Whether a fetched or unnamed body is an RSS/Atom feed rather than a web page."""
    head = data[:2000].lower()
    return any(marker in head for marker in FEED_MARKERS)


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


def entry_date(entry: Any, where: str, order: DateOrder) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return time.strftime("%Y-%m-%d", parsed)
    return published_date(entry.get("published") or entry.get("updated"), where, order)


def read_feed(
    data: bytes, where: str, date_order: DateOrder = "auto"
) -> Iterator[Document | ReadError]:
    """Every entry of the feed in ``data``; an entry without text is an error naming it."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no entries"
        yield ReadError(where, f"not a readable RSS/Atom feed ({reason})")
        return
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        document = entry_document(entry, f"{where}#{number}", outlet, date_order)
        if document is None:
            LOGGER.warning("%s#%d: skipped: the feed entry has a title but no text (give its "
                           "link, %s, to read the article)", where, number,
                           entry.get("link") or "none")
        else:
            yield document


def entry_document(
    entry: Any, where: str, outlet: str | None, date_order: DateOrder
) -> Document | None:
    """The entry's content (or summary) as a document; None when it has no text."""
    contents = entry.get("content") or []
    markup = contents[0].get("value", "") if contents else entry.get("summary", "")
    text = html_to_text(markup or "")
    if not text.strip():
        return None
    title, link = entry.get("title"), entry.get("link")
    return Document(
        id=str(entry.get("id") or link or stable_id(where, text)),
        text=text,
        published=entry_date(entry, where, date_order),
        title=html_to_text(title) if title else None,
        author=entry.get("author"),
        outlet=outlet,
        url=link,
        source_path=where,
    )
