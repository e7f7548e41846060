"""HTML articles: main text and metadata by trafilatura."""

from __future__ import annotations

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read.datelines import mark_datelines
from newscoder.read.dates import DateOrder, parse_date, published_date
from newscoder.read.htmlmeta import raw_meta_date


def read_html(
    markup: str, path: str, doc_id: str, date_order: DateOrder = "auto", url: str | None = None
) -> Document:
    """Extract the article; the document text is the extracted main text. ``url``: where the
    page was fetched from, when it was (its host tells a US outlet's dates apart)."""
    import trafilatura  # here: loading it costs a plain-text run a third of a second

    try:
        extracted = trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False, favor_precision=True
        )
    except (ValueError, RecursionError, TypeError) as error:
        raise ReadError(path, f"cannot extract an article from this HTML ({error})") from None
    if extracted is None or not (extracted.text or "").strip():
        raise ReadError(path, "no article text found in this HTML")
    url = extracted.url or url
    document = Document(
        id=doc_id,
        text=extracted.text,
        published=page_date(markup, extracted.date, path, date_order, url),
        title=extracted.title,
        author=extracted.author,
        outlet=extracted.sitename,
        url=url,
        source_path=path,
    )
    return mark_datelines(document)


def page_date(
    markup: str, found: str | None, path: str, date_order: DateOrder, url: str | None
) -> str | None:
    """The date the page's metadata gives, read in ``date_order``; else the one trafilatura
    found elsewhere in the page; a metadata date nobody can read is a warning."""
    raw = raw_meta_date(markup)
    if raw is None:
        return published_date(found, path, date_order, url)
    parsed = parse_date(raw, date_order, url)
    if parsed is not None:
        return parsed.isoformat()
    return found or published_date(raw, path, date_order, url)
