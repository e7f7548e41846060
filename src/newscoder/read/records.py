"""Plain text and JSONL records into documents."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read.datelines import mark_datelines
from newscoder.read.dates import DateOrder, published_date
from newscoder.read.plaintext import read_header


def read_text(text: str, path: str, doc_id: str) -> Document:
    if not text.strip():
        raise ReadError(path, "no text")
    return mark_datelines(read_header(Document(id=doc_id, text=text, source_path=path)))


def read_jsonl(
    text: str, path: str, date_order: DateOrder = "auto"
) -> Iterator[Document | ReadError]:
    # Lines end at "\n" only: str.splitlines also splits at U+0085, U+2028 and other
    # separators that JSON strings may hold raw, which cut a record in two.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield document_from_record(json.loads(line), path, number, date_order)
        except json.JSONDecodeError as error:
            yield ReadError(path, f"invalid JSON ({error.msg} at column {error.colno})", number)
        except ReadError as error:
            yield error


def looks_like_jsonl(text: str) -> bool:
    """Whether unnamed input (standard input) is JSONL: its first non-blank line is an object."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    return first.lstrip().startswith("{")


def string_field(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) else None


def document_from_record(
    record: object, path: str, line: int, date_order: DateOrder = "auto"
) -> Document:
    """A contract JSONL line: ``{"id", "text", "date"?, "title"?, "url"?, "author"?}``; a
    ``date`` that cannot be read is a warning naming the line, and the document has no date."""
    if not isinstance(record, dict):
        raise ReadError(path, "a line must be a JSON object", line)
    text = record.get("text")
    if not isinstance(text, str):
        raise ReadError(path, "no \"text\" string in this record", line)
    if not text.strip():
        raise ReadError(path, "\"text\" is empty", line)
    raw_date = record.get("date") or record.get("publication_date") or record.get("dct")
    url = string_field(record, "url")
    published = published_date(raw_date, f"{path}:{line}", date_order, url)
    doc_id = record.get("id")
    document = Document(
        id=str(doc_id) if doc_id is not None else f"{Path(path).stem}-{line}",
        text=text,
        published=published,
        title=string_field(record, "title"),
        author=string_field(record, "author"),
        url=url,
        source_path=f"{path}:{line}",
    )
    return mark_datelines(document)
