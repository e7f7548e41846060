"""Plain-text articles: find the title line, the byline (author and date) and the outlet.

Nothing is removed from the text; the reader only records where the body starts and what
the lines before it say.
"""

from __future__ import annotations

import re
from functools import lru_cache

import dateparser

from newscoder.lexicon import lexicon_path
from newscoder.model import Document, Span

LEXICON = lexicon_path("read", "outlets.tsv")

LINE = re.compile(r"[^\r\n]*")
MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+{MONTHS},?\s+\d{{4}}|{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al-\w+|bin)){1,3}"
BYLINE = re.compile(rf"^(?:By\s+)?(?P<author>{NAME})?[\s,|–—-]*(?P<date>.*)$")
HEADING_MARKS = re.compile(r"^[#=*\s]+|[#=*\s]+$")


@lru_cache(maxsize=1)
def outlet_patterns() -> list[tuple[str, str]]:
    rows = []
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, outlet = line.split("\t")
            rows.append((pattern, outlet))
    return rows


def iso_date(text: str) -> str | None:
    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def lines_with_offsets(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the first ``limit`` non-blank lines."""
    found = []
    for match in LINE.finditer(text):
        if match.group().strip():
            found.append((match.start(), match.end()))
            if len(found) == limit:
                break
    return found


def find_outlet(text: str) -> str | None:
    for pattern, outlet in outlet_patterns():
        if pattern in text:
            return outlet
    return None


def read_header(document: Document) -> Document:
    """Fill title, author, published, outlet and body_start from the first lines."""
    text = document.text
    lines = lines_with_offsets(text, 3)
    body_start = 0
    if len(lines) >= 2 and is_title(text, *lines[0]):
        start, end = lines[0]
        document.title = document.title or HEADING_MARKS.sub("", text[start:end])
        document.title_span = Span(start, end)
        body_start = end
        byline = parse_byline(text[lines[1][0] : lines[1][1]])
        if byline is not None:
            author, published = byline
            document.author = document.author or author
            document.published = document.published or published
            document.byline_span = Span(*lines[1])
            body_start = lines[1][1]
    document.body_start = body_start
    document.outlet = document.outlet or find_outlet(text)
    return document


def is_title(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    return 0 < len(line) <= 200 and not line.endswith((".", ",", ";")) or line.startswith("#")


def credits_someone(byline: str) -> bool:
    from newscoder.read.bylines import split_byline

    found = split_byline(byline)
    return bool(found.authors or found.credits)


def parse_byline(line: str) -> tuple[str | None, str | None] | None:
    """``Alex Lantier 13 January 2014`` → (author, 2014-01-13); None if not a byline."""
    line = line.strip()
    if len(line) > 120:
        return None
    date_match = DATE.search(line)
    published = iso_date(date_match.group()) if date_match else None
    rest = (line[: date_match.start()] + line[date_match.end() :]) if date_match else line
    match = BYLINE.match(rest.strip(" ,|–—-"))
    author = match.group("author") if match else None
    if author and match and match.group("date").strip():
        author = None  # more words than a name: not a byline
    if author is None and line.lower().startswith("by ") and credits_someone(rest):
        author = rest.strip(" ,|–—-")  # "By ROBERT BURNS, AP National Security Writer"
    if published is None and not (author and line.lower().startswith("by ")):
        return None
    return author, published
