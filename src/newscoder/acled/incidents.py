"""One incident, one type: the sentences of a paragraph that report the same occurrence
("Grenades were hurled at a patrol. The attackers fled after the attack.") are typed together,
and the first event of the document in text order is its lead.

Neighbouring sentences with events join while they are in one paragraph, the incident spans
no more than the configured number of sentences, and their own types agree on ACLED's event
type or one of them is only typed by who was hit (a later "the attack" adds no new kind of
occurrence).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newscoder.acled.cues import Matches
from newscoder.acled.rules import Rule
from newscoder.model import Event


@dataclass
class SentenceInfo:
    """A sentence with its cue matches, its paragraph and the typeable events in it."""

    index: int
    start: int  # first token
    end: int  # token after the last
    paragraph: int
    matches: Matches
    events: list[int] = field(default_factory=list)
    own: Rule | None = None  # the rule that types the sentence on its own


def _joins(previous: SentenceInfo, info: SentenceInfo) -> bool:
    if info.index != previous.index + 1 or info.paragraph != previous.paragraph:
        return False
    mine, theirs = info.own, previous.own
    if mine is None or theirs is None:
        return mine is None and theirs is None
    return mine.generic or theirs.generic or mine.acled.event_type == theirs.acled.event_type


def group(infos: list[SentenceInfo], longest: int) -> list[list[SentenceInfo]]:
    """The sentences with events (in text order) cut into incidents."""
    incidents: list[list[SentenceInfo]] = []
    for info in infos:
        current = incidents[-1] if incidents else None
        if current and len(current) < longest and _joins(current[-1], info):
            current.append(info)
        else:
            incidents.append([info])
    return incidents


def _position(event: Event) -> tuple[int, int]:
    anchor = event.trigger or event.evidence
    return anchor.start, event.evidence.start


def lead_event(events: list[Event]) -> int | None:
    """The index of the document's lead event: the first ACLED-typed event in text order."""
    typed = [i for i, event in enumerate(events) if event.acled is not None]
    return min(typed, key=lambda i: _position(events[i])) if typed else None
