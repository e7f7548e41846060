"""The terminal view: a readable summary of an analysis, drawn with rich."""

from __future__ import annotations

from collections import defaultdict
from typing import TextIO

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newscoder.model import Analysis

ENTITY_GROUPS = {
    "PERSON": "People",
    "ORG": "Organisations",
    "GPE": "Countries and places",
    "LOC": "Countries and places",
    "FAC": "Countries and places",
    "NORP": "Groups and nationalities",
    "EVENT": "Named events",
}


def snippet(text: str, start: int, end: int, width: int = 140) -> str:
    piece = " ".join(text[start:end].split())
    return piece if len(piece) <= width else piece[: width - 1] + "…"


def render_analysis(analysis: Analysis, handle: TextIO) -> None:
    console = Console(file=handle, width=120, soft_wrap=False)
    doc = analysis.document
    header = Text()
    header.append(doc.title or doc.id, style="bold")
    meta = [f"id {doc.id}", f"published {doc.published or 'unknown'}"]
    if doc.author:
        meta.append(f"by {doc.author}")
    if doc.outlet:
        meta.append(doc.outlet)
    header.append("\n" + " · ".join(meta), style="dim")
    console.print(Panel(header, expand=True))
    for section in (entities_table, quotes_table, timexes_table, places_table,
                    events_table, figures_table, incidents_table):
        table = section(analysis)
        if table is not None:
            console.print(table)
    if analysis.tone is not None:
        opinion = sum(s.label == "opinion" for s in analysis.stance)
        console.print(f"Tone {analysis.tone:+.2f}; {opinion} sentence(s) of opinion.")
    console.print()


def entities_table(analysis: Analysis) -> Table | None:
    groups: dict[str, list[str]] = defaultdict(list)
    for entity in analysis.entities:
        name = entity.name
        if entity.titles:
            name += f" ({entity.titles[0]})"
        if len(entity.mentions) > 1:
            name += f" ×{len(entity.mentions)}"
        groups[ENTITY_GROUPS.get(entity.label, "Other")].append(name)
    if not groups:
        return None
    table = Table(title="Entities", show_header=False, expand=True)
    table.add_column(style="bold cyan", width=24)
    table.add_column()
    for group, names in groups.items():
        table.add_row(group, "; ".join(names))
    return table


def quotes_table(analysis: Analysis) -> Table | None:
    if not analysis.quotes:
        return None
    text = analysis.text
    table = Table(title="Quotes by speaker", expand=True)
    table.add_column("Speaker", style="bold", width=24)
    table.add_column("Kind", width=8)
    table.add_column("Content")
    by_speaker = sorted(analysis.quotes, key=lambda q: q.speaker.name if q.speaker else "~")
    for quote in by_speaker:
        content = " … ".join(snippet(text, s.start, s.end, 90) for s in quote.content)
        speaker = quote.speaker.name if quote.speaker else "(unattributed)"
        if quote.medium:
            speaker += f" via {quote.medium}"
        table.add_row(speaker, quote.kind, content)
    return table


def timexes_table(analysis: Analysis) -> Table | None:
    if not analysis.timexes:
        return None
    table = Table(title="Time expressions", expand=True)
    for column in ("Text", "Type", "Value"):
        table.add_column(column)
    for timex in analysis.timexes:
        table.add_row(snippet(analysis.text, timex.start, timex.end), timex.type, timex.value)
    return table


def places_table(analysis: Analysis) -> Table | None:
    if not analysis.places:
        return None
    table = Table(title="Places", expand=True)
    for column in ("Text", "Resolved", "Country", "Lat, lon"):
        table.add_column(column)
    for place in analysis.places:
        where = f"{place.lat:.2f}, {place.lon:.2f}" if place.lat is not None else "—"
        table.add_row(
            snippet(analysis.text, place.start, place.end), place.name, place.country or "—", where
        )
    return table


def events_table(analysis: Analysis) -> Table | None:
    if not analysis.events:
        return None
    table = Table(title="Events", expand=True)
    for column in ("Type", "Source", "Target", "Date", "Modality", "Evidence"):
        table.add_column(column)
    for event in analysis.events:
        table.add_row(
            f"{event.plover} {event.cameo}",
            ", ".join(a.code for a in event.source) or "—",
            ", ".join(a.code for a in event.target) or "—",
            event.date or "—",
            event.modality,
            snippet(analysis.text, event.evidence.start, event.evidence.end, 70),
        )
    return table


def figures_table(analysis: Analysis) -> Table | None:
    if not analysis.figures:
        return None
    table = Table(title="Figures", expand=True)
    for column in ("Value", "Category", "Who", "Source", "Text"):
        table.add_column(column)
    for figure in analysis.figures:
        value = f"{figure.value:,.0f}" + (" ★" if figure.headline else "")
        table.add_row(
            value,
            figure.category,
            figure.who or "—",
            figure.source or "article",
            snippet(analysis.text, figure.start, figure.end, 60),
        )
    return table


def incidents_table(analysis: Analysis) -> Table | None:
    """One row per occurrence, the lead marked: what an ACLED or GVA analyst counts."""
    if not analysis.incidents:
        return None
    table = Table(title="Incidents", expand=True)
    for column in ("Type", "Date", "Place", "Killed", "Injured", "Who", "Reported by"):
        table.add_column(column)
    for incident in analysis.incidents:
        kind = incident.acled.sub_event_type if incident.acled else incident.kind
        place = incident.place
        where = "—"
        if place is not None:
            region = f", {place.admin1}" if place.admin1 and place.admin1 != place.name else ""
            where = f"{place.name}{region} ({place.precision})"
        estimate = " ~" if incident.estimate else ""
        table.add_row(
            kind + (" ★" if incident.lead else ""),
            incident.date or "—",
            where,
            "—" if incident.fatalities is None else f"{incident.fatalities}{estimate}",
            "—" if incident.injured is None else str(incident.injured),
            "; ".join(f"{a.name} ({a.role})" for a in incident.actors) or "—",
            "; ".join(incident.reported_by) or "—",
        )
    return table


def render_figures(title: str, figures: dict[str, float]) -> None:
    table = Table(title=title)
    table.add_column("Measure")
    table.add_column("Value", justify="right")
    for name, value in figures.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        table.add_row(name, shown)
    Console().print(table)
