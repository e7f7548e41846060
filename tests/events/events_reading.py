"""Reading the events of invented sentences, shared by the events tests."""

from __future__ import annotations

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    """The events of one sentence published 14 October 2024 that are told as having
    happened, as happening or as planned (not negated, hypothetical or historical)."""
    from newscoder.eval.events import analyse

    found = analyse(text, "2024-10-14").events
    return [e for e in found if e.modality in ("asserted", "reported", "planned")]


def coded(found: list[Event]) -> list[tuple[str, list[str], list[str]]]:
    """Each event as its code and its sides' actor codes: what a failing test shows."""
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in found]


def has_dyad(found: list[Event], source: str, target: str) -> bool:
    """Whether one of the events goes from an actor coded ``source`` (or a code under it,
    "USA" for "USAGOV") to one coded ``target``."""
    return any(
        any(a.code.startswith(source) for a in e.source)
        and any(a.code.startswith(target) for a in e.target)
        for e in found
    )
