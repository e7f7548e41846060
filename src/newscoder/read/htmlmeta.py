"""A page's publication date as its metadata writes it, before any library reads it.

trafilatura (through htmldate) reads ``05/04/2021`` day first whatever the source; the raw
value lets the reader apply ``--date-order`` and the US-outlet default (issue 18).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newscoder.lexicon import read_lexicon

META = re.compile(r"<meta\s[^>]*>", re.IGNORECASE)
ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
HEAD_CHARS = 200_000  # metadata sits in the head; a huge page is not scanned to its end


@lru_cache(maxsize=1)
def date_names() -> tuple[str, ...]:
    lines = read_lexicon("read", "date_meta_names.txt").splitlines()
    return tuple(line.strip().lower() for line in lines if line.strip() and line[0] != "#")


def meta_attributes(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
            for m in ATTRIBUTE.finditer(tag)}


def raw_meta_date(markup: str) -> str | None:
    """The publication date string of the most trusted date metadata, or None."""
    head = markup[:HEAD_CHARS]
    found: dict[str, str] = {}
    for tag in META.finditer(head):
        attributes = meta_attributes(tag.group())
        key = (attributes.get("property") or attributes.get("name")
               or attributes.get("itemprop") or "").lower()
        content = (attributes.get("content") or "").strip()
        if key in date_names() and content:
            found.setdefault(key, content)
    for name in date_names():
        if name in found:
            return found[name]
    json_ld = JSON_LD_DATE.search(head)
    return json_ld.group(1) if json_ld else None
