"""HTML articles: main text and metadata by trafilatura."""

from __future__ import annotations

import trafilatura

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read.datelines import mark_datelines
from newscoder.read.dates import DateOrder, published_date


def read_html(markup: str, path: str, doc_id: str, date_order: DateOrder = "auto") -> Document:
    """Extract the article; the document text is the extracted main text."""
    try:
        extracted = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, favor_precision=True
        )
    except (ValueError, RecursionError, TypeError) as error:
        raise ReadError(path, f"cannot extract an article from this HTML ({error})") from None
    if extracted is None or not (extracted.text or "").strip():
        raise ReadError(path, "no article text found in this HTML")
    date = extracted.date
    document = Document(
        id=doc_id,
        text=extracted.text,
        published=published_date(date, path, date_order, extracted.url),
        title=extracted.title,
        author=extracted.author,
        outlet=extracted.sitename,
        url=extracted.url,
        source_path=path,
    )
    return mark_datelines(document)
