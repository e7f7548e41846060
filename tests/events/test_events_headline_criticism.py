"""The headline verbs of criticism (issue 15): invented sentences.

One slams or blasts someone *over* or *for* something: criticism (CAMEO 111), never an
assault, in a headline's present tense too.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-10-08").events


# (sentence, source, target)
CRITICISM = [
    ("Beijing slammed Canada over the arrest of its citizens.", "CHN", "CAN"),
    ("Algeria blasted France for its remarks on the colonial past.", "DZA", "FRA"),
    ("Tehran slams British sanctions on its oil ministers", "IRN", "GBR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), CRITICISM)
def test_slamming_and_blasting_over_something_is_criticism(
    text: str, source: str, target: str
) -> None:
    found = events_of(text)
    assert has_dyad([e for e in found if e.cameo.startswith("11")], source, target), coded(found)
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in found), coded(found)
