"""A country named as a partner (issue 15): invented sentences.

A country named with no locative word before it ("under a deal *with the US*", "after
talks *with France*") is a party or a partner, not where the act happens: people of no
stated country in the act are not made its nationals.
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-11-19").events


# (sentence, the partner's code, which no freed or held person may be given)
PARTNERS = [
    ("Belarus freed 20 political prisoners under a deal with the US.", "USA"),
    ("Iran released two activists after talks with France.", "FRA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "partner"), PARTNERS)
def test_a_partner_state_is_not_where_the_act_happens(text: str, partner: str) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith("08")]
    assert found, coded(found)
    assert not any(a.code.startswith(partner) for e in found for a in e.target), coded(found)


def test_a_country_named_as_where_still_places() -> None:
    found = events_of("Gunmen killed four soldiers in Niger.")
    assert any(a.code.startswith("NER") for e in found for a in e.source), coded(found)
