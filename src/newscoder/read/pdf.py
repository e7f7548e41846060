"""PDF reports (situation reports, UN and NGO releases): their text layer, by pypdf.

The document text is the extracted text: pages are joined so that a sentence running over a
page break stays whole, and a word hyphenated at a line end is joined again. Offsets are
into this extracted text. A PDF without a text layer (a scan) is an error that says so.
"""

from __future__ import annotations

import io
import logging
import re

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read.dates import DateOrder, published_date

LOGGER = logging.getLogger(__name__)
PDF_MAGIC = b"%PDF-"
MIN_TEXT_CHARS = 20  # fewer characters on every page together: a scan, not a text layer
HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
SENTENCE_END = (".", "!", "?", ":", "”", '"', "’", ")")
PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})(\d{2})")
PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(PDF_MAGIC)


def read_pdf(data: bytes, where: str, doc_id: str, date_order: DateOrder = "auto") -> Document:
    """The PDF's text and metadata as one document."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(where, "the PDF is encrypted; newscoder cannot read its text")
        pages = [page_text(page.extract_text() or "") for page in reader.pages]
        meta = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise ReadError(where, f"not a readable PDF ({error})") from None
    text = join_pages(pages)
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise ReadError(where, f"no text layer in this PDF's {len(pages)} page(s): a scanned "
                        "document? Run OCR on it first (for example ocrmypdf)")
    return Document(
        id=doc_id,
        text=text,
        published=pdf_date(meta.get("/CreationDate"), where, date_order),
        title=str(meta.get("/Title") or "").strip() or None,
        author=str(meta.get("/Author") or "").strip() or None,
        source_path=where,
    )


def page_text(text: str) -> str:
    """One page's text: hyphenated line ends joined, a lone page number dropped."""
    lines = HYPHEN_BREAK.sub("", text.replace("\r\n", "\n")).split("\n")
    while lines and (not lines[-1].strip() or PAGE_NUMBER.match(lines[-1])):
        lines.pop()
    while lines and (not lines[0].strip() or PAGE_NUMBER.match(lines[0])):
        lines.pop(0)
    return "\n".join(line.rstrip() for line in lines)


def join_pages(pages: list[str]) -> str:
    """Pages in order: a page whose last sentence is unfinished runs on into the next with a
    space; otherwise a blank line (a paragraph break) separates them."""
    text = ""
    for page in pages:
        if not page.strip():
            continue
        if not text:
            text = page
        elif text.rstrip().endswith(SENTENCE_END):
            text = text.rstrip() + "\n\n" + page.lstrip()
        elif text.endswith("-") and page[:1].islower():
            text = text[:-1] + page.lstrip()
        else:
            text = text.rstrip() + " " + page.lstrip()
    return text


def pdf_date(raw: object, where: str, date_order: DateOrder) -> str | None:
    """``D:20210504103000Z`` (the PDF date format) or any form the date reader knows."""
    if not raw:
        return None
    match = PDF_DATE.match(str(raw))
    if match:
        return published_date("-".join(match.groups()), where, date_order)
    return published_date(str(raw), where, date_order)
