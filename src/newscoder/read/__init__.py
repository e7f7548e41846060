"""Read stage: files, folders and JSONL into :class:`~newscoder.model.Document` records.

``iter_documents`` yields a document or a :class:`~newscoder.errors.ReadError` per input, so
one bad file or line is reported and skipped while the rest go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read.datelines import mark_datelines
from newscoder.read.dates import DateOrder, published_date
from newscoder.read.encoding import NotText, decode
from newscoder.read.html import read_html
from newscoder.read.plaintext import read_header

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_FILE_BYTES = 50_000_000


def iter_documents(
    paths: Iterable[str | Path], date_order: DateOrder = "auto"
) -> Iterator[Document | ReadError]:
    """Every document under ``paths`` (files or folders), in order; numeric dates
    ("05/04/2021") read in ``date_order`` (see :mod:`newscoder.read.dates`)."""
    for path in expand(paths):
        if isinstance(path, ReadError):
            yield path
            continue
        try:
            yield from read_file(path, date_order)
        except ReadError as error:
            yield error
        except OSError as error:
            yield ReadError(str(path), f"cannot read: {error.strerror or error}")


def count_documents(paths: Iterable[str | Path]) -> int:
    """How many documents ``paths`` hold (JSONL lines counted), for a progress bar."""
    return sum(documents_in(path) for path in expand(paths) if not isinstance(path, ReadError))


def documents_in(path: Path) -> int:
    """Documents in one readable file: a JSONL file's non-blank lines, else one."""
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return 1
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 0


def expand(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
        elif path.exists():
            yield path
        else:
            yield ReadError(str(path), "no such file or folder")


def read_file(path: Path, date_order: DateOrder = "auto") -> Iterator[Document | ReadError]:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ReadError(str(path), f"larger than {MAX_FILE_BYTES:,} bytes; split it first")
    data = path.read_bytes()
    if not data.strip():
        raise ReadError(str(path), "empty file")
    try:
        text, _ = decode(data)
    except NotText as error:
        raise ReadError(str(path), str(error)) from None
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(text, str(path), date_order)
    elif suffix in HTML_SUFFIXES:
        yield read_html(text, str(path), path.stem, date_order)
    else:
        yield read_text(text, str(path), path.stem)


def read_text(text: str, path: str, doc_id: str) -> Document:
    if not text.strip():
        raise ReadError(path, "no text")
    return mark_datelines(read_header(Document(id=doc_id, text=text, source_path=path)))


def read_jsonl(
    text: str, path: str, date_order: DateOrder = "auto"
) -> Iterator[Document | ReadError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield document_from_record(json.loads(line), path, number, date_order)
        except json.JSONDecodeError as error:
            yield ReadError(path, f"invalid JSON ({error.msg} at column {error.colno})", number)
        except ReadError as error:
            yield error


def document_from_record(
    record: object, path: str, line: int, date_order: DateOrder = "auto"
) -> Document:
    """A contract JSONL line: ``{"id", "text", "date"?, "title"?, "url"?}``; a ``date`` that
    cannot be read is a warning naming the line, and the document has no date."""
    if not isinstance(record, dict):
        raise ReadError(path, "a line must be a JSON object", line)
    text = record.get("text")
    if not isinstance(text, str):
        raise ReadError(path, "no \"text\" string in this record", line)
    if not text.strip():
        raise ReadError(path, "\"text\" is empty", line)
    raw_date = record.get("date") or record.get("publication_date") or record.get("dct")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    published = published_date(raw_date, f"{path}:{line}", date_order, url)
    doc_id = record.get("id")
    document = Document(
        id=str(doc_id) if doc_id is not None else f"{Path(path).stem}-{line}",
        text=text,
        published=published,
        title=record.get("title") if isinstance(record.get("title"), str) else None,
        url=url,
        source_path=f"{path}:{line}",
    )
    return mark_datelines(document)
