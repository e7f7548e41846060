"""The partner of talks named after their topic is met (issue 15, compound actors and
prepositional phrases), in invented real-news sentences: in "Egypt and Sudan held talks on the
Nile dam *with Ethiopia*" the parser hangs "with Ethiopia" on "dam", and the two states talk
with Ethiopia, not only with each other.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-05-17").events


# (sentence, a side, the partner named after the topic)
TALKS = [
    ("Egypt and Sudan held talks on the Nile dam with Ethiopia.", "EGY", "ETH"),
    ("Iran held talks on its nuclear programme with the European Union.", "IRN", "IGOEUR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "side", "partner"), TALKS)
def test_partner_after_the_topic_of_talks_is_met(text: str, side: str, partner: str) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith("04")]
    assert has_dyad(found, side, partner), coded(found)
