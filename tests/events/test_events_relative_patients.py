"""A thing attacked in a relative clause is read as the noun the pronoun stands for (issue 15,
relative clauses; word sense), in invented real-news sentences: "the convoy, *which* was
attacked by Houthi rebels" is a convoy attacked, a violent event, while "the bill, which was
attacked by MPs" stays figurative.
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.events.sense import is_violent
from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-05-17").events


# (sentence, the attackers' country)
ATTACKED_THINGS = [
    ("The convoy, which was attacked by Houthi rebels, reached Aden at dawn.", "YEM"),
    ("The base that was shelled by Russian forces lies near Kharkiv.", "RUS"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "doer"), ATTACKED_THINGS)
def test_thing_attacked_in_a_relative_clause_is_harmed(text: str, doer: str) -> None:
    found = events_of(text)
    assert any(
        is_violent(e.cameo) and any(a.code.startswith(doer) for a in e.source) for e in found
    ), coded(found)


FIGURATIVE = [
    "The bill, which was attacked by Labour MPs, passed the Commons.",
    "The record that the Kenyan runner smashed in Berlin stood for years.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", FIGURATIVE)
def test_figurative_thing_in_a_relative_clause_stays_figurative(text: str) -> None:
    found = events_of(text)
    assert not any(is_violent(e.cameo) for e in found), coded(found)
