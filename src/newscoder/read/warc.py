"""WARC archives: each HTML response, its article extracted by the HTML reader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read.dates import DateOrder
from newscoder.read.encoding import NotText, decode
from newscoder.read.feeds import stable_id
from newscoder.read.html import read_html


def read_warc(path: Path, date_order: DateOrder = "auto") -> Iterator[Document | ReadError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with open(path, "rb") as handle:
        try:
            for record in ArchiveIterator(handle):
                if is_html_response(record):
                    yield response_document(record, path, date_order)
        except ArchiveLoadFailed as error:
            yield ReadError(str(path), f"not a readable WARC archive ({error})")


def is_html_response(record: object) -> bool:
    headers = getattr(record, "http_headers", None)
    if getattr(record, "rec_type", None) != "response" or headers is None:
        return False
    return "html" in (headers.get_header("Content-Type") or "").lower()


def response_document(record: object, path: Path, date_order: DateOrder) -> Document | ReadError:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""  # type: ignore[attr-defined]
    where = f"{path}#{uri}"
    try:
        markup, _ = decode(record.content_stream().read())  # type: ignore[attr-defined]
        document = read_html(markup, where, stable_id(uri), date_order)
    except ReadError as error:
        return error
    except NotText as error:
        return ReadError(where, str(error))
    document.url = document.url or uri
    return document
