"""A known group named before a thing that is hit is the target (issue 15: who is harmed), in
invented real-news sentences: "bombed *Houthi* positions", "struck *Islamic State* depots"
hit the group, also where the parser's entities miss the name or cut it ("Islamic" alone,
a religion, not the group).
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.events.sense import is_violent
from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-05-17").events


# (sentence, the group's code)
GROUPS_HIT = [
    ("Jets bombed Houthi positions near the port overnight.", "YEMREB"),
    ("The US-led coalition bombed Islamic State targets.", "IMGMUSISI"),
    ("French drones struck Islamic State depots in the desert.", "IMGMUSISI"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "group"), GROUPS_HIT)
def test_group_named_before_what_is_hit_is_the_target(text: str, group: str) -> None:
    found = events_of(text)
    assert any(is_violent(e.cameo) and any(a.code == group for a in e.target) for e in found), (
        coded(found)
    )
