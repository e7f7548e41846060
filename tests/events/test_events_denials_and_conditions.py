"""Denials and conditional threats (issue 15): invented sentences.

Denying a part in an act, a charge, or the act itself ("denied arming the rebels") is a
statement of its own (CAMEO 016), aimed at whom the act or the charge concerns, while the
act denied is not coded as done. A threat
or a warning is made whatever its condition: "threatened to strike *if* ..." is a threat
now, though what it threatens is not.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event

COUNTED = ("asserted", "reported")


def counted(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return [e for e in analyse(text, "2024-06-11").events if e.modality in COUNTED]


# (sentence, source, target)
DENIALS = [
    ("Belarus denied involvement in the raid on Lithuania.", "BLR", "LTU"),
    ("Iran denied any role in the attack on Israel.", "IRN", "ISR"),
    ("Serbia denied accusations by Kosovo that it armed the gunmen.", "SRB", "KSV"),
    ("Uganda denied arming South Sudanese rebels.", "UGA", "SSD"),
    ("Sudan's army denied killing civilians in Darfur.", "SDN", "SDN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), DENIALS)
def test_a_denial_is_a_statement_aimed_at_the_one_concerned(
    text: str, source: str, target: str
) -> None:
    found = counted(text)
    assert has_dyad([e for e in found if e.cameo == "016"], source, target), coded(found)


# (sentence, source, target)
THREATS = [
    ("Pyongyang threatened to fire on Seoul if the leaflets kept coming.", "PRK", "KOR"),
    ("Moscow warned Sweden of consequences if it hosted NATO bases.", "RUS", "SWE"),
    ("Turkey threatened to block Finland's bid unless it extradited the suspects.", "TUR", "FIN"),
]


def test_the_act_denied_is_not_told_as_done() -> None:
    found = counted("Uganda denied arming South Sudanese rebels.")
    assert not any(e.cameo.startswith("07") for e in found), coded(found)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), THREATS)
def test_a_conditional_threat_is_made(text: str, source: str, target: str) -> None:
    found = counted(text)
    assert has_dyad([e for e in found if e.cameo.startswith("13")], source, target), coded(found)


UNTOLD = [
    "If Russia invades, NATO will respond.",
    "The army would shell the town if the rebels refused to leave.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", UNTOLD)
def test_an_act_under_a_condition_is_not_told_as_done(text: str) -> None:
    found = counted(text)
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in found), coded(found)
