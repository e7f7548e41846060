"""The seed article's incidents, as an analyst would code them (skipped without ../shared)."""

from __future__ import annotations

import pytest

from newscoder.model import Analysis, Incident

pytestmark = [pytest.mark.slow, pytest.mark.shared]


def incident_at(analysis: Analysis, place: str) -> Incident:
    found = [i for i in analysis.incidents if i.place is not None and i.place.name == place]
    assert found, [(i.place.name if i.place else None, i.fatalities) for i in analysis.incidents]
    return found[0]


def test_the_car_bombings_in_baghdad(seed_analysis: Analysis) -> None:
    bombings = incident_at(seed_analysis, "Baghdad")
    assert (bombings.date, bombings.fatalities, bombings.injured) == ("2014-01-12", 22, 80)
    assert bombings.place is not None and bombings.place.country == "IRQ"
    assert bombings.acled is not None
    assert bombings.acled.event_type == "Explosions/Remote violence"


def test_the_fighting_near_aleppo_is_the_lead_with_its_toll(seed_analysis: Analysis) -> None:
    fighting = incident_at(seed_analysis, "Aleppo")
    assert fighting.lead
    assert fighting.fatalities == 697
    assert fighting.injured is None  # the 80 wounded are the Baghdad bombings'
    assert fighting.place is not None and fighting.place.country == "SYR"
    assert "Syrian Observatory for Human Rights" in fighting.reported_by
    assert fighting.acled is not None and fighting.acled.event_type == "Battles"


def test_history_is_not_the_news(seed_analysis: Analysis) -> None:
    """The 2003 invasion and the 2004 assault on Fallujah are incidents of their own years,
    with no toll of today's fighting."""
    dated = {i.date for i in seed_analysis.incidents if i.date and i.date < "2014"}
    assert dated <= {"2003", "2004"}
    assert all(
        i.fatalities is None for i in seed_analysis.incidents if i.date and i.date < "2014"
    )
