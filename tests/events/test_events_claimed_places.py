"""An attack claimed by a group, told only by where it happened (issue 15).

Invented sentences in the project's own words: the claimant is the doer, and with no victim
named the country of the place is the target, as event coders code such reports."""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-06-03").events


def dyads(text: str) -> set[tuple[str | None, str | None, str]]:
    return {
        (s.country, t.country, e.cameo[:2])
        for e in events_of(text)
        for s in e.source
        for t in e.target
    }


# (sentence, the claimant's country, the country of the place, CAMEO root of the act)
CLAIMED_IN_PLACE = [
    ("Al-Shabaab claimed responsibility for the car bombing in Mogadishu.", "SOM", "SOM", "18"),
    ("The Pakistani Taliban claimed responsibility for the attack in Peshawar.", "PAK", "PAK",
     "19"),
    ("Boko Haram claimed responsibility for a suicide bombing near Maiduguri.", "NGA", "NGA",
     "18"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "doer", "place", "root"), CLAIMED_IN_PLACE)
def test_claimed_act_in_a_place(text: str, doer: str, place: str, root: str) -> None:
    assert (doer, place, root) in dyads(text)


# one who denies responsibility does not become the doer of the act in the place
@pytest.mark.slow
def test_denied_act_in_a_place_has_no_doer() -> None:
    found = events_of("The rebels denied responsibility for the bombing in Mogadishu.")
    assert not [e for e in found if e.cameo.startswith(("18", "19")) and e.source]
