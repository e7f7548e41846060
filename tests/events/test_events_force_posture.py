"""Forces posted, massed or pulled back (issue 15): invented sentences.

Troops or warships posted near a state, or at an edge it lies across, show force to that
state (CAMEO 15); pulled back from that edge, they ease toward it (087). Forces promised
*to* a state, its host, are aid intended (03), not a threat to it; sent to a border or
into a state, they stay a threat.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-05-14").events


def of_root(found: list[Event], root: str) -> list[Event]:
    return [e for e in found if e.cameo.startswith(root)]


# (sentence, root, source, target)
POSTED = [
    ("Beijing stationed warships near Taiwan over the weekend.", "15", "CHN", "TWN"),
    ("China deployed warships near the Philippines on Friday.", "15", "CHN", "PHL"),
    ("Belarusian troops massed on the border with Poland.", "15", "BLR", "POL"),
    ("Pakistan deployed extra troops along its frontier with Afghanistan.", "15", "PAK", "AFG"),
    ("Turkey withdrew its tanks from the border with Syria.", "08", "TUR", "SYR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "source", "target"), POSTED)
def test_forces_posted_face_the_state_near_them(
    text: str, root: str, source: str, target: str
) -> None:
    found = events_of(text)
    assert has_dyad(of_root(found, root), source, target), coded(found)


# (sentence, source, host)
HOSTED = [
    ("Sweden will send troops to Latvia next year, its defence minister said.", "SWE", "LVA"),
    ("Canada said it would deploy 400 soldiers to Romania.", "CAN", "ROU"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "host"), HOSTED)
def test_forces_promised_to_a_host_are_no_threat_to_it(text: str, source: str, host: str) -> None:
    found = events_of(text)
    assert has_dyad(of_root(found, "03"), source, host), coded(found)
    assert not of_root(found, "13"), coded(found)


THREATS = [
    "Moscow said it would send troops to the border with Georgia.",
    "Ankara will send troops into northern Iraq, the president said.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", THREATS)
def test_forces_sent_to_an_edge_or_into_a_state_stay_a_threat(text: str) -> None:
    found = events_of(text)
    assert of_root(found, "13") and not of_root(found, "03"), coded(found)


NONE = [
    "Thousands of shoppers massed outside the store before it opened.",
    "Fans massed at the gates of the stadium before kick-off.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NONE)
def test_crowds_and_rescues_show_no_force(text: str) -> None:
    found = events_of(text)
    assert not of_root(found, "15"), coded(found)
