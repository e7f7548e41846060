""" "Its" after a subject whose own phrase names the actor stands for that actor (issue 15,
"its"), in invented real-news sentences: "the Saudi-led coalition said *its* jets hit ..."
is the coalition's, coded by the state named in it, as the subject itself is ("the US-led
coalition bombed ..." is coded USA).
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.events.sense import is_violent
from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-05-17").events


# (sentence, the state leading)
LED = [
    ("The Saudi-led coalition said its jets hit rebel positions near Hodeidah.", "SAU"),
    ("The French-led mission said its helicopters struck a jihadist camp in Mali.", "FRA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "leader"), LED)
def test_its_after_a_led_coalition_is_the_leader(text: str, leader: str) -> None:
    found = events_of(text)
    assert any(
        is_violent(e.cameo) and any(a.code.startswith(leader) for a in e.source) for e in found
    ), coded(found)
