"""A shooting with no one named is local crime news (issue 15): invented sentences.

Local news tells of "a shooting" or "a stabbing" with no side named; such a noun codes no
political event unless its sentence names an armed group, a political matter or an actor
of a state. A bombing, shelling or air strike keeps its event without actors.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-10-14").events


def violent(text: str) -> list[Event]:
    return [e for e in events_of(text) if e.cameo.startswith(("18", "19", "20"))]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "A shooting on Elm Street left two men dead on Saturday night, police said.",
        "A shooting near a gas station on Route 9 wounded a teenager, the sheriff's office said.",
        # (no event before either: kept as the no-event side of the same rule)
        "A late-night stabbing on Pine Avenue killed a 40-year-old man.",
    ],
)
def test_crime_noun_with_no_one_named_is_no_event(text: str) -> None:
    assert violent(text) == []


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "A shooting at a checkpoint in Kandahar killed three soldiers.",
        "Gunfire erupted near the parliament in Mogadishu as militants attacked.",
        "A car bombing in Baghdad killed 22 people.",
    ],
)
def test_violence_in_a_political_setting_is_kept(text: str) -> None:
    assert violent(text)
