"""Datelines: the place (and agency) a wire story opens with ("CLEVELAND (AP) —", "BEIRUT:").

They are recognised once, here, and recorded on the document (``Document.datelines``): the
places stage takes a dateline for a place even as a single capitalised word, and the quotes
stage never takes one for a speaker.
"""

from __future__ import annotations

import re

from newscoder.model import Document, Span

# A paragraph that opens with a name in capitals (three letters at least: "AP" or "UN" are
# agencies and bodies, not places), then an optional ", State" and "(Agency)", then a dash.
_DASHED = re.compile(
    r"^[ \t]*(?P<name>[A-Z][A-Z.'’-]{2,}(?:[ \t]+[A-Z][A-Z.'’-]*)*)"
    r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?"
    r"(?:[ \t]*\([A-Za-z][\w .&/-]*\))?[ \t]*(?:—|–|--|-(?=[ \t]))",
    re.M,
)
# "BEIRUT: ..." at the start of the body or of a sentence: a colon after capitals elsewhere
# introduces a speaker in a transcript ("KERRY: We ...").
_COLON = re.compile(
    r"(?:\A|(?<=[.\n])[ \t]*)(?P<name>[A-Z][A-Z.'’-]{2,}(?:[ \t]+[A-Z][A-Z.'’-]*)*):"
)


def find_datelines(text: str) -> list[Span]:
    """The spans of the place names that open a dateline, in text order."""
    found = {match.span("name") for match in _DASHED.finditer(text)}
    found |= {match.span("name") for match in _COLON.finditer(text)}
    return [Span(start, end) for start, end in sorted(found)]


def mark_datelines(document: Document) -> Document:
    """Record the document's datelines on it (once: a document read already has them)."""
    if document.datelines is None:
        document.datelines = find_datelines(document.text)
    return document


def in_dateline(document: Document, start: int, end: int) -> bool:
    """Whether the characters ``start:end`` lie inside one of the document's datelines."""
    return any(d.start <= start and end <= d.end for d in document.datelines or ())
