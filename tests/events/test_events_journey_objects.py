"""Going or coming is one way (issue 15): invented sentences.

A verb of going or coming codes a consultation (CAMEO 040) from the one who moves. Talks
and meetings are coded both ways, but the place one leaves ("is leaving Britain") and the
person one comes up to ("a reporter approached the mayor") did nothing back: no event runs
from them.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-10-14").events


def consults(text: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([a.name for a in e.source], [a.name for a in e.target])
        for e in events_of(text)
        if e.cameo.startswith("04")
    ]


ONE_WAY = [
    ("The chancellor is leaving Britain on a tour of Asia.", "Britain"),
    ("The governor was approached by a television reporter outside the court.", "governor"),
    ("The envoy departed Nairobi on Tuesday morning.", "Nairobi"),
]

BOTH_WAYS = [
    "The Kenyan president met his Ugandan counterpart on Friday.",
    "The foreign minister held talks with his Turkish counterpart on Monday.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "passive"), ONE_WAY)
def test_what_is_left_or_approached_does_nothing_back(text: str, passive: str) -> None:
    found = consults(text)
    assert not any(any(passive in name for name in source) for source, _ in found), found


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", BOTH_WAYS)
def test_meetings_and_talks_stay_both_ways(text: str) -> None:
    assert len(consults(text)) >= 2, consults(text)
