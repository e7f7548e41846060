"""Two names no actor code knows, meeting in a violent verb, are teams (issue 15): invented
sentences.

Sport pages name clubs by nickname ("the Yankees", "the Celtics") and often with no word of
sport in the sentence, so "crushed" or "destroyed" between them read as violence. A state, a
force or an armed group the knowledge base knows gets a code, and a place attacked is no
unknown name, so such events are kept.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-10-14").events


RESULTS = [
    "The Yankees crushed the Red Sox on Friday.",
    "The Lakers destroyed the Celtics in Boston on Sunday night.",
]

KEPT = [
    ("Hezbollah attacked Israeli positions near the border.", "LBN", "ISR"),
    ("The Houthis attacked a Greek tanker in the Red Sea.", "YEM", "GRC"),
    ("The Fano militia attacked Bahir Dar on Tuesday.", "ETH", "ETH"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", RESULTS)
def test_unknown_names_in_a_violent_verb_give_no_event(text: str) -> None:
    found = events_of(text)
    assert not found, coded(found)


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target"), KEPT)
def test_known_armed_groups_keep_their_attack(text: str, source: str, target: str) -> None:
    found = events_of(text)
    assert has_dyad(found, source, target), coded(found)
