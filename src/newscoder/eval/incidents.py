"""``newscoder eval incidents FILE``: each article's lead incident against the Gun Violence
Archive's record of it.

Reads GVA-style lines (``text``, ``document_date`` as the publication date, the incident's
``date``, ``location`` as "street, city, state", ``fatalities``, ``injured``) and reports the
share of articles whose lead incident has the right state, city, day, killed and injured
(a missing incident or toll counts as 0 killed and 0 injured), all five together, and the
mean number of incidents per article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newscoder.eval import gold_records, in_workers
from newscoder.model import Document, Incident

CHECKS = ("state", "city", "day", "killed", "injured")
ABBREVIATIONS = {"st.": "saint", "st": "saint", "ft.": "fort", "mt.": "mount"}


def _analyse(row: dict[str, Any]) -> dict[str, Any]:
    from newscoder.pipeline import analyze_document
    from newscoder.settings import SETTINGS

    published = row.get("document_date") or None
    title = row.get("title") if isinstance(row.get("title"), str) else None
    # the title is read as `analyze` reads a record's: the headline is the story's first clue
    document = Document(id=str(row.get("id", "")), text=row["text"], published=published,
                        title=title)
    stages = [s for s in SETTINGS.stages if s != "stance"]
    analysis = analyze_document(document, stages=stages)
    lead = next((i for i in analysis.incidents if i.lead), None)
    return {"lead": _plain(lead), "count": len(analysis.incidents)}


def _plain(incident: Incident | None) -> dict[str, Any] | None:
    if incident is None:
        return None
    place = incident.place
    return {
        "state": place.admin1 if place else None,
        "city": place.name if place and place.precision in ("city", "point") else None,
        "day": (incident.date or "")[:10] or None,
        "killed": incident.fatalities or 0,
        "injured": incident.injured or 0,
    }


def gold_location(location: str) -> tuple[str | None, str | None]:
    """(city, state) of a GVA location "2100 block of Main St, Franklin, Indiana"."""
    parts = [p.strip() for p in location.split(",") if p.strip()]
    state = parts[-1] if parts else None
    city = parts[-2] if len(parts) >= 2 else None
    return city, state


def _same(gold: str | None, predicted: str | None) -> bool:
    """Names equal after GVA's and GeoNames' spellings are aligned: "Goleta (Isla Vista)"
    is either name, "Saint Louis" is "St. Louis"."""
    if not gold or not predicted:
        return False
    names = {_plain_name(n) for n in re.split(r"\s*[()]\s*", gold) if n.strip()}
    return _plain_name(predicted) in names


def _plain_name(name: str) -> str:
    words = name.casefold().replace("-", " ").split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


def checks(row: dict[str, Any], lead: dict[str, Any] | None) -> dict[str, bool]:
    city, state = gold_location(row.get("location") or "")
    lead = lead or {"state": None, "city": None, "day": None, "killed": 0, "injured": 0}
    return {
        "state": _same(state, lead["state"]),
        "city": _same(city, lead["city"]),
        "day": _same(row.get("date"), lead["day"]),
        "killed": int(row.get("fatalities") or 0) == lead["killed"],
        "injured": int(row.get("injured") or 0) == lead["injured"],
    }


def predictions(rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    return in_workers(_analyse, rows)


def evaluate(path: Path, limit: int | None = None) -> dict[str, float]:
    rows = [row for _, row in gold_records(path, limit, ("text", "location", "date"))]
    predicted = list(predictions(rows))
    total = len(rows) or 1
    results = [checks(row, p["lead"]) for row, p in zip(rows, predicted, strict=True)]
    figures: dict[str, float] = {"documents": len(rows)}
    for name in CHECKS:
        figures[name] = sum(r[name] for r in results) / total
    figures["all_five"] = sum(all(r.values()) for r in results) / total
    figures["with_lead_incident"] = sum(p["lead"] is not None for p in predicted) / total
    figures["incidents_per_article"] = sum(p["count"] for p in predicted) / total
    return figures
