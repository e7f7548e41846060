"""Those beaten are the target of the beating (issue 15: victims are targets), in invented
real-news sentences: the object a row of the lexicon names for an assault ("beat
*protesters*", "beat *journalists*") is who is harmed, not a thing used, so the beating is not
aimed at the town it happened in.
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-05-17").events


# (sentence, the victims' code)
BEATEN = [
    ("In Kabul, Taliban fighters beat protesters.", "AFGCVL"),
    ("Militiamen beat Ethiopian journalists in Tigray.", "ETHMED"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "victims"), BEATEN)
def test_those_beaten_are_the_target(text: str, victims: str) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith("18")]
    assert any(any(a.code == victims for a in e.target) for e in found), coded(found)
