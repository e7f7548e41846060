"""Hitting one's own target is reaching an aim (issue 15): invented sentences.

"The health authority hit its target" was coded as an air strike (HIT * TARGET, 195). A target,
goal or record held by the doer's own possessive is its aim (sense.own_aim); an armed doer
that hits its targets, and anyone's strike on another's targets, stay violent.
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event


def all_events(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-03-05").events


def violent(found: list[Event]) -> list[Event]:
    return [e for e in found if e.cameo[:2] in ("18", "19", "20")]


AIMS = [
    "Ministers admitted the housing department would hit its target a year late.",
    "The health authority hit its target for flu vaccinations last month.",
    "The school board missed its target again this year.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", AIMS)
def test_ones_own_target_is_an_aim(text: str) -> None:
    assert violent(all_events(text)) == [], coded(all_events(text))


STRIKES = [
    "The army hit its targets in the north, the general said.",
    "Israeli jets hit Hamas targets in Gaza overnight.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", STRIKES)
def test_an_armed_strike_on_targets_stays(text: str) -> None:
    assert violent(all_events(text)), coded(all_events(text))
