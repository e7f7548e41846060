"""A town after "at" is where a peaceful act took place, not whom it was done to (issue 15),
in invented real-news sentences: "signed the deal *at Ankara* with Turkey" is an agreement
with Turkey, held in Ankara; an attack "at" a town still hits it.
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-05-17").events


# (sentence, the partner, the venue's country coded as a government, never a party)
VENUES = [
    ("Russia signed the deal at Ankara with Turkey.", "TUR", "TURGOV"),
    ("Jordan celebrated the holiday at Cairo with Syria.", "SYR", "EGYGOV"),
    ("France negotiated with Germany at Brussels.", "DEU", "BELGOV"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "partner", "venue"), VENUES)
def test_town_after_at_is_the_venue_of_a_peaceful_act(text: str, partner: str, venue: str) -> None:
    found = events_of(text)
    parties = {a.code for e in found for a in e.source + e.target}
    assert partner in parties and venue not in parties, coded(found)


@pytest.mark.slow
def test_town_fired_at_is_hit() -> None:
    found = events_of("Rebels fired at Kabul overnight.")
    assert any(a.code.startswith("AFG") for e in found for a in e.target), coded(found)
