"""Read stage: whatever analysts have into :class:`~newscoder.model.Document` records.

One reader serves ``analyze``, ``ingest`` and the library: files (text, HTML, JSONL, RSS/Atom,
PDF, WARC), folders of them (recursively; what is not read is counted and said), ``-`` for
standard input (JSONL or plain text) and http(s) URLs of articles and feeds.

``iter_documents`` yields a document or a :class:`~newscoder.errors.ReadError` per input, so
one bad file, line or URL is reported and skipped while the rest go on. Every document gets
its language (a non-English one is said, and the pipeline does not run the English stages on
it) and its byline split into people, roles and outlets.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read import records
from newscoder.read.bylines import split_byline
from newscoder.read.dates import DateOrder
from newscoder.read.inputs import KINDS, MAX_FILE_BYTES, STDIN, kind_of, read_input
from newscoder.read.language import detect_language, is_english, language_name
from newscoder.read.records import read_jsonl, read_text
from newscoder.read.web import is_url

LOGGER = logging.getLogger(__name__)
SUFFIXES = frozenset(KINDS)

__all__ = [
    "MAX_FILE_BYTES", "SUFFIXES", "count_documents", "document_from_record", "finish",
    "iter_documents", "read_jsonl", "read_text",
]


def iter_documents(
    inputs: Iterable[str | Path], date_order: DateOrder = "auto", stdin: BinaryIO | None = None
) -> Iterator[Document | ReadError]:
    """Every document of ``inputs`` (files, folders, ``-``, URLs), in order; numeric dates
    ("05/04/2021") read in ``date_order`` (see :mod:`newscoder.read.dates`)."""
    for raw in inputs:
        for item in read_input(str(raw), date_order, stdin):
            yield finish(item) if isinstance(item, Document) else item


def finish(document: Document) -> Document:
    """Language and byline, for a document from any source."""
    document.language = detect_language(document.text)
    if not is_english(document.language):
        LOGGER.warning(
            "%s: written in %s, not English: stored with its metadata, but newscoder "
            "finds entities, events, quotes and figures in English only",
            document.source_path or document.id, language_name(document.language),
        )
    byline = split_byline(document.author)
    if byline.authors or byline.credits:
        document.authors, document.credits = byline.authors, byline.credits
        document.author = "; ".join(a.name for a in byline.authors) or None
        document.outlet = document.outlet or (byline.credits[0] if byline.credits else None)
    elif document.author:
        document.author = None  # no person in it ("Staff", "Reports"): not an author
    return document


def document_from_record(
    record: object, path: str, line: int, date_order: DateOrder = "auto"
) -> Document:
    """One JSONL or Parquet record (``{"id", "text", "date"?, ...}``) as a finished document,
    for readers of other containers (the Ray path's Parquet shards)."""
    return finish(records.document_from_record(record, path, line, date_order))


def count_documents(inputs: Iterable[str | Path]) -> int | None:
    """How many documents ``inputs`` hold, when cheap to know (for a progress bar): one per
    file, one per JSONL line; None when standard input, a URL, a feed or an archive is among
    them."""
    total = 0
    for raw in inputs:
        text = str(raw)
        if text == STDIN or is_url(text):
            return None
        path = Path(text)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            kind = kind_of(file) if path.is_dir() else kind_of(file) or "text"
            if kind in ("feed", "warc"):
                return None
            total += documents_in(file) if kind == "jsonl" else int(kind is not None)
    return total


def documents_in(path: Path) -> int:
    """A JSONL file's non-blank lines."""
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 0
