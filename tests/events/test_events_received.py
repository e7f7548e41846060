"""Aid received runs from the giver (issue 15: who did what to whom, the right way round), in
invented real-news sentences: money, arms or aid a state "received", "obtained" or "got" from
another is the other's aid to it, whether the aid is a noun the verb reports ("received aid
from Uganda") or a sense the verb dictionary gives the verb ("received weapons from").
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-05-17").events


# (sentence, giver, receiver)
RECEIVED = [
    ("Kenya received aid from Uganda.", "UGA", "KEN"),
    ("Mali received military aid from France last year.", "FRA", "MLI"),
    ("Kenya received weapons from Uganda.", "UGA", "KEN"),
    ("Humanitarian aid was received by Haiti from Canada.", "CAN", "HTI"),
    ("Nepal got food aid from India after the floods.", "IND", "NPL"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "giver", "receiver"), RECEIVED)
def test_aid_received_runs_from_the_giver(text: str, giver: str, receiver: str) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith("07")]
    assert has_dyad(found, giver, receiver), coded(events_of(text))
    assert not has_dyad(found, receiver, giver), coded(found)


# sending keeps its direction
SENT = [("Uganda sent aid to Kenya.", "UGA", "KEN")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "giver", "receiver"), SENT)
def test_aid_sent_runs_from_the_sender(text: str, giver: str, receiver: str) -> None:
    assert has_dyad(events_of(text), giver, receiver), coded(events_of(text))
