"""A known group or country named before a head that is no actor owns it (issue 15: who did
what to whom), in invented real-news sentences: "bombed *Houthi* positions", "struck *Islamic
State* depots" hit the group, "*US* Reaper raids" are the United States', also where the
parser's entities miss the name or cut it ("Islamic" alone, a religion, not the group); the
end of a longer name ("the Friends *of Libya* group") names no party.
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


# (sentence, the raiding state)
OWNED_RAIDS = [("Recent US Reaper raids have killed four senior Shabaab commanders.", "USA")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "owner"), OWNED_RAIDS)
def test_country_named_before_a_raid_is_its_doer(text: str, owner: str) -> None:
    found = events_of(text)
    assert any(any(a.code == owner for a in e.source) for e in found), coded(found)


@pytest.mark.slow
def test_end_of_a_longer_name_is_no_party() -> None:
    found = events_of("Envoys met in Rome at a session of the so-called Friends of Libya group.")
    assert not any(a.code == "LBY" for e in found for a in e.source + e.target), coded(found)
