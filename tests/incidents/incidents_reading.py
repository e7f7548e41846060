"""What the incident tests read of an invented report: its lead incident and that one's day."""

from __future__ import annotations

from newscoder.model import Incident


def lead_incident(text: str, published: str) -> Incident:
    """The article's lead incident; a report that has none fails the test."""
    from newscoder.pipeline import analyze

    lead = next((i for i in analyze(text, published=published).incidents if i.lead), None)
    assert lead is not None, "no lead incident"
    return lead


def lead_day(text: str, published: str) -> str | None:
    """The calendar day of the lead incident (YYYY-MM-DD), or None when it has no date."""
    return (lead_incident(text, published).date or "")[:10] or None
