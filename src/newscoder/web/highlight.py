"""The document text as HTML with its annotations highlighted and linked.

The text is cut at every annotation boundary; each piece is escaped on its own and wrapped
in the classes of the regions that cover it (quotes, event evidence) and in a link for the
innermost point annotation (an entity links to its actor page, a place to the map). Nothing
of the article reaches the page unescaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote as url_quote

from markupsafe import Markup, escape

# Point annotations, most specific first: when two cover the same character, the first wins.
POINT_ORDER = ("mention", "place", "timex", "figure", "cue")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # quote | event | mention | place | timex | figure | cue | speaker
    title: str = ""
    href: str | None = None
    ref: str | None = None  # element id for in-page anchors


def marks_for(parts: dict[str, list[dict[str, Any]]]) -> list[Mark]:
    marks: list[Mark] = []
    for quote in parts["quotes"]:
        who = quote["speaker_name"] or "unattributed"
        for start, end in quote["fragments"]:
            marks.append(Mark(start, end, "quote", f"{quote['kind']} quote: {who}",
                              ref=f"quote-{quote['idx']}"))
        if quote["speaker_start"] is not None and quote["speaker_actor_id"] is not None:
            marks.append(Mark(quote["speaker_start"], quote["speaker_end"], "mention",
                              f"speaker: {who}", href=f"/actors/{quote['speaker_actor_id']}"))
        if quote["cue_start"] is not None:
            marks.append(Mark(quote["cue_start"], quote["cue_end"], "cue", "attribution cue"))
    for event in parts["events"]:
        marks.append(Mark(event["start"], event["end"], "event",
                          f"event {event['plover']} (CAMEO {event['cameo']})",
                          ref=f"event-{event['idx']}"))
    for mention in parts["mentions"]:
        if mention["actor_id"] is not None:
            marks.append(Mark(mention["start"], mention["end"], "mention",
                              f"{mention['label']}: {mention['entity_name']}",
                              href=f"/actors/{mention['actor_id']}"))
    for place in parts["places"]:
        where = place["country"] or "?"
        marks.append(Mark(place["start"], place["end"], "place", f"place: {place['name']} "
                          f"({where})", href=f"/map?country={url_quote(place['country'] or '')}"))
    for timex in parts["timexes"]:
        marks.append(Mark(timex["start"], timex["end"], "timex",
                          f"{timex['type']}: {timex['value']}"))
    for figure in parts["figures"]:
        marks.append(Mark(figure["start"], figure["end"], "figure",
                          f"{figure['category']}: {figure['value']:g}"))
    return marks


def highlight(text: str, marks: list[Mark]) -> Markup:
    """``text`` as escaped HTML with every mark rendered (one sweep over the cut points)."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text)} | {m.start for m in valid} | {m.end for m in valid})
    starting: dict[int, list[Mark]] = {}
    for mark in valid:
        starting.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    anchored: set[str] = set()
    pieces: list[str] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        active = [m for m in active if m.end > start] + starting.get(start, [])
        pieces.append(render_piece(text[start:end], start, active, anchored))
    return Markup("".join(pieces))


def render_piece(piece: str, start: int, covering: list[Mark], anchored: set[str]) -> str:
    html = str(escape(piece))
    points = [m for m in covering if m.kind in POINT_ORDER]
    if points:
        point = min(points, key=lambda m: (POINT_ORDER.index(m.kind), m.end - m.start))
        attrs = f' class="hl {point.kind}" title="{escape(point.title)}"'
        if point.href:
            html = f'<a href="{escape(point.href)}"{attrs}>{html}</a>'
        else:
            html = f"<span{attrs}>{html}</span>"
    for region in (m for m in covering if m.kind in ("quote", "event")):
        anchor = ""
        if region.ref and region.ref not in anchored and region.start == start:
            anchored.add(region.ref)
            anchor = f' id="{escape(region.ref)}-text"'
        html = (f'<span class="hl {region.kind}"{anchor} title="{escape(region.title)}">'
                f"{html}</span>")
    return html
