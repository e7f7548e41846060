"""Where a state's act abroad is told (issue 15): invented sentences.

With no partner named, the state of the place abroad receives the act; that place may hang on
a second act of the same doer that shares the first one's partner ("established ties with and
opened an embassy in Tehran") or on a clause telling what the object is for ("rejected a plan
for its troops to be stationed in Chad"). A place in the doer's own country names no target. A
territory named by a code of its own with no sector (East Timor: TMP, not its ISO code) counts
as its state.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-08-27").events


# (sentence, PLOVER type, source country, target country)
ABROAD = [
    ("France rejected a plan for its troops to be stationed in Chad.", "REJECT", "FRA", "TCD"),
    (
        "The UN rejected a call for its peacekeepers to be deployed in Darfur.",
        "REJECT",
        "IGO",
        "SDN",
    ),
    # East Timor's own code (TMP) is not its ISO code (TLS): still a state, named as itself
    (
        "Australia rejected a plan for its troops to be stationed in East Timor.",
        "REJECT",
        "AUS",
        "TLS",
    ),
    (
        "Chile has established diplomatic ties with and opened an embassy in Hanoi.",
        "SUPPORT",
        "CHL",
        "VNM",
    ),
    (
        "Norway restored relations with and reopened its embassy in Caracas.",
        "SUPPORT",
        "NOR",
        "VEN",
    ),
]


def described(events: list[Event]) -> list[tuple[str, list[str], list[str]]]:
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "source", "target"), ABROAD)
def test_the_place_abroad_of_a_shared_partner(
    text: str, plover: str, source: str, target: str
) -> None:
    events = [e for e in events_of(text) if e.plover == plover]
    assert any(
        any(a.code.startswith(source) for a in e.source)
        and any(a.code.startswith(target) for a in e.target)
        for e in events
    ), described(events)


@pytest.mark.slow
def test_a_place_at_home_is_no_target() -> None:
    events = events_of("Chile established diplomatic ties with and opened a consulate in Santiago.")
    assert not any(a.code.startswith("CHL") for e in events for a in e.target), described(events)
