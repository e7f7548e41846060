"""Theft and break-ins are local crime news, not political events (issue 15): invented
sentences.

An arrest after "a break-in", "breaking into" a shop or "snatching" a bag, or of people the
actors stage codes as criminals ("a thief"), is police work; burglars who "broke into" a house
commit no assault on a state. The same words beside a journalist, an opponent, a protest or a
harmed official or force keep their event.
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-10-14").events


NO_EVENT = [
    "A man was arrested after breaking into a jewellery shop in Leeds overnight.",
    "Police arrested a teenager after a break-in at a pharmacy in Bristol.",
    "Two burglars were arrested after they broke into a house in Dublin.",
    "A thief was detained after snatching a handbag in Madrid.",
]

KEPT = [
    ("Police arrested a journalist after a break-in at the ministry in Minsk.", "BLRMED"),
    ("Burglars shot a police officer who tried to stop them in Lagos.", "NGACOP"),
    ("Police arrested two opposition activists after they broke into the election office.", "OPP"),
    ("Thieves attacked a military convoy near Kandahar.", "AFGMIL"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", NO_EVENT)
def test_theft_and_break_ins_give_no_event(text: str) -> None:
    found = events_of(text)
    assert not found, coded(found)


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "target"), KEPT)
def test_political_victims_or_charges_keep_the_event(text: str, target: str) -> None:
    found = events_of(text)
    assert any(a.code.startswith(target) for e in found for a in e.target), coded(found)
