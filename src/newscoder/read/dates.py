"""Publication dates as sources write them: ISO (``2021-05-04``, ``2021-05-04T10:00Z``),
RFC 2822 (``Tue, 04 May 2021 10:00:00 +0000``), written out (``May 4, 2021``) and numeric
(``05/04/2021``), whose order of day and month is a setting: ``DMY``, ``MDY``, or ``auto`` —
day first unless the source is a US outlet (``lexicons/en/read/us_sources.txt``).

A date that cannot be read is logged as a warning naming the file and line, never dropped in
silence; the document is still analysed, with relative dates left unresolved.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Literal
from urllib.parse import urlparse

from dateutil import parser as dateutil_parser

from newscoder.lexicon import read_lexicon

LOGGER = logging.getLogger(__name__)
DateOrder = Literal["auto", "DMY", "MDY"]
DATE_ORDERS: tuple[DateOrder, ...] = ("auto", "DMY", "MDY")
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
NUMERIC = re.compile(r"^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$")
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
RFC_2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d")


@lru_cache(maxsize=1)
def us_domains() -> tuple[str, ...]:
    lines = read_lexicon("read", "us_sources.txt").splitlines()
    return tuple(line.strip().lower() for line in lines if line.strip() and line[0] != "#")


def is_us_source(url: str | None) -> bool:
    """Whether a URL's host is a listed US outlet or under the .us domain."""
    host = (urlparse(url).hostname or "") if url else ""
    for domain in us_domains():
        if domain.startswith(".") and host.endswith(domain):
            return True
        if host == domain or host.endswith("." + domain):
            return True
    return False


def day_first(order: DateOrder, url: str | None) -> bool:
    if order == "auto":
        return not is_us_source(url)
    return order == "DMY"


def parse_date(raw: str, order: DateOrder = "auto", url: str | None = None) -> date | None:
    """The day a source's date names, or None when it cannot be read."""
    text = raw.strip()
    iso = ISO_DAY.match(text)
    if iso:
        return _valid(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if RFC_2822.match(text):
        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError):
            pass
    if not (YEAR.search(text) or NUMERIC.match(text)):
        return None  # "yesterday", "the 12th": no year, and no day a reader could check
    try:
        parsed = dateutil_parser.parse(
            text, dayfirst=day_first(order, url) if NUMERIC.match(text) else False
        )
    except (ValueError, OverflowError):
        return None
    return parsed.date()


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def published_date(
    raw: object, where: str, order: DateOrder = "auto", url: str | None = None
) -> str | None:
    """The ISO publication date of a record's ``date`` value; a warning naming ``where``
    (``file:line``) when there is a value but no readable date in it."""
    if raw is None or raw == "":
        return None
    parsed = parse_date(raw, order, url) if isinstance(raw, str) else None
    if parsed is None:
        LOGGER.warning(
            "%s: cannot read the date %r; its relative dates stay unresolved", where, raw
        )
        return None
    return parsed.isoformat()
