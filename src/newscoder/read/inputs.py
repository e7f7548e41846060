"""What the reader accepts: files by kind, folders (with what they hold that is not read),
``-`` for standard input, and http(s) URLs of articles and feeds."""

from __future__ import annotations

import logging
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read.dates import DateOrder
from newscoder.read.encoding import NotText, decode
from newscoder.read.feeds import looks_like_feed, read_feed, stable_id
from newscoder.read.html import read_html
from newscoder.read.pdf import is_pdf, read_pdf
from newscoder.read.records import looks_like_jsonl, read_jsonl, read_text
from newscoder.read.warc import read_warc
from newscoder.read.web import Fetched, fetch, is_url

LOGGER = logging.getLogger(__name__)
Item = Document | ReadError
STDIN = "-"
STDIN_NAME = "<stdin>"
MAX_FILE_BYTES = 50_000_000
KINDS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".pdf": "pdf",
    ".warc": "warc", ".arc": "warc",
}


def kind_of(path: Path) -> str | None:
    """The reader for a file name (``.warc.gz`` by its inner suffix), or None."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-1:] == [".gz"] and suffixes[-2:-1] in ([".warc"], [".arc"]):
        return "warc"
    return KINDS.get(path.suffix.lower())


def read_input(raw: str, date_order: DateOrder, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """The documents of one command-line input: ``-``, a URL, a folder or a file."""
    if raw == STDIN:
        yield from read_stdin(stdin or sys.stdin.buffer, date_order)
    elif is_url(raw):
        yield from read_url(raw, date_order)
    else:
        path = Path(raw)
        if path.is_dir():
            yield from read_folder(path, date_order)
        elif path.exists():
            yield from read_path(path, kind_of(path), date_order)
        else:
            yield ReadError(raw, "no such file or folder")


def read_folder(folder: Path, date_order: DateOrder) -> Iterator[Item]:
    """Every readable file under ``folder``; one warning lists what was skipped and why."""
    skipped: Counter[str] = Counter()
    read = 0
    for path in files_under(folder, skipped):
        kind = kind_of(path)
        if kind is None:
            skipped[path.suffix.lower() or "no suffix"] += 1
        elif kind == "feed" and path.suffix.lower() == ".xml" and not feed_file(path):
            skipped[".xml (not a feed)"] += 1
        else:
            read += 1
            yield from read_path(path, kind, date_order)
    if skipped:
        LOGGER.warning("%s: skipped %s", folder, describe_skips(skipped))
    if not read:
        LOGGER.warning("%s: no file newscoder reads in this folder", folder)


def files_under(folder: Path, skipped: Counter[str]) -> list[Path]:
    """The files under ``folder`` in a stable order; hidden files and folders (``.git``) are
    not entered, only counted."""
    found = []
    for root, folders, files in os.walk(folder):
        hidden = sum(name.startswith(".") for name in folders + files)
        if hidden:
            skipped["hidden"] += hidden
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found += [Path(root) / name for name in files if not name.startswith(".")]
    return sorted(found)


def feed_file(path: Path) -> bool:
    """Whether an ``.xml`` file in a folder is a feed (other XML there is not an article)."""
    try:
        with open(path, "rb") as handle:
            return looks_like_feed(handle.read(2000))
    except OSError:
        return True  # let the reader say why it cannot be read


def describe_skips(skipped: Counter[str]) -> str:
    """``3 file(s) newscoder does not read (2 .docx, 1 .png), 1 hidden``."""
    hidden = skipped.pop("hidden", 0)
    parts = []
    if skipped:
        kinds = ", ".join(f"{n} {suffix}" for suffix, n in skipped.most_common())
        parts.append(f"{sum(skipped.values())} file(s) of a type newscoder does not read "
                     f"({kinds})")
    if hidden:
        parts.append(f"{hidden} hidden file(s) or folder(s)")
    return "; ".join(parts)


def read_path(path: Path, kind: str | None, date_order: DateOrder) -> Iterator[Item]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ReadError(str(path), f"larger than {MAX_FILE_BYTES:,} bytes; split it first")
        if kind == "warc":
            yield from read_warc(path, date_order)
            return
        data = path.read_bytes()
        yield from read_bytes(data, kind, str(path), path.stem, date_order)
    except ReadError as error:
        yield error
    except OSError as error:
        yield ReadError(str(path), f"cannot read: {error.strerror or error}")


def sniff(data: bytes) -> str:
    """The kind of unnamed or oddly named input, by its first bytes."""
    if is_pdf(data):
        return "pdf"
    if looks_like_feed(data):
        return "feed"
    head = data[:1000].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) else "text"


def read_bytes(
    data: bytes, kind: str | None, where: str, doc_id: str, date_order: DateOrder,
    url: str | None = None,
) -> Iterator[Item]:
    """Documents from a file's or a response's bytes; ``kind`` None: told by the content;
    ``url``: where a response came from, after redirects."""
    if not data.strip():
        raise ReadError(where, "empty file")
    kind = kind or sniff(data)
    if kind == "pdf":
        yield read_pdf(data, where, doc_id, date_order)
        return
    if kind == "feed":
        yield from read_feed(data, where, date_order)
        return
    try:
        text, _ = decode(data)
    except NotText as error:
        raise ReadError(where, str(error)) from None
    if kind == "jsonl":
        yield from read_jsonl(text, where, date_order)
    elif kind == "html":
        yield read_html(text, where, doc_id, date_order, url)
    else:
        yield read_text(text, where, doc_id)


def read_stdin(stream: BinaryIO, date_order: DateOrder) -> Iterator[Item]:
    """Standard input: JSONL when its first line is a JSON object, else one text article."""
    data = stream.read()
    try:
        text, _ = decode(data)
    except NotText as error:
        yield ReadError(STDIN_NAME, str(error))
        return
    if not text.strip():
        yield ReadError(STDIN_NAME, "nothing on standard input")
    elif looks_like_jsonl(text):
        yield from read_jsonl(text, STDIN_NAME, date_order)
    else:
        yield from read_bytes(data, None, STDIN_NAME, stable_id(text), date_order)


def url_kind(fetched: Fetched) -> str | None:
    """The reader for a response, by its Content-Type, else by its content."""
    content_type = fetched.content_type
    for marker, kind in (("pdf", "pdf"), ("rss", "feed"), ("atom", "feed"), ("html", "html"),
                         ("ndjson", "jsonl"), ("jsonl", "jsonl"), ("text/plain", "text")):
        if marker in content_type:
            return kind
    return None  # xml and others: sniffed (a feed, or a page served as XML)


def read_url(url: str, date_order: DateOrder) -> Iterator[Item]:
    try:
        fetched = fetch(url)
        kind = url_kind(fetched)
        for item in read_bytes(fetched.body, kind, url, url, date_order, fetched.url):
            if isinstance(item, Document):
                item.url = item.url or fetched.url
                item.source_path = item.source_path or url
            yield item
    except ReadError as error:
        yield error
