"""The number killed in each event: the killed figure the figures stage linked to the same
event (never one of another event, never a historical toll the text recalls elsewhere)."""

from __future__ import annotations

from math import isfinite

from newscoder.model import Figure

KILLED = "killed"
# a toll that happened, now or in the past: never one threatened, planned or supposed
HAPPENED = frozenset({"asserted", "historical"})


def killed_in(figures: list[Figure], event: int) -> int | None:
    """The event's toll: of its top-level killed figures, those no later figure revises
    ("rose to 12" replaces 9), the largest."""
    linked = [
        i
        for i, f in enumerate(figures)
        if f.event == event and f.category == KILLED and f.parent is None
        and f.modality in HAPPENED and isfinite(f.value)
    ]
    revised = {figures[i].updates for i in linked}
    current = [figures[i].value for i in linked if i not in revised]
    return int(max(current)) if current else None
