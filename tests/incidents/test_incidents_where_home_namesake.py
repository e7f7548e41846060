"""Issue 25 item 2: a lead incident placed in a famous town abroad, in a story whose words
are those of local crime news at home ("the 600 block of", "sheriff's deputies", "911"),
is at the namesake at home where the text grounds the country abroad nowhere else; a story
that names the country abroad, or uses no such words, keeps the town abroad. Reports
written for these tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_incident

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a block address: local news of the United States
        ("Four people were hurt in a shootout in York late Monday night. Officers were sent "
         "to the 600 block of West Market Street just before midnight.", "USA"),
        # sheriff's deputies and a call to 911
        ("A boy, 9, was shot in the arm at a farmhouse near Chester on Sunday. His mother "
         "called 911 and sheriff's deputies found a rifle on the porch.", "USA"),
        # a town the gazetteer reads abroad, told with a district attorney
        ("A woman was wounded outside a bar in Panama City early Saturday. The district "
         "attorney has not decided on charges.", "USA"),
        # the country abroad named: the town stays there
        ("A man was shot dead in York on Monday, British police said. Officers were called "
         "to a flat near the city walls.", "GBR"),
        # no words of local news at home: the gazetteer's reading stands
        ("A man was shot dead in York on Monday. Officers were called to a flat near the "
         "city walls.", "GBR"),
    ],
)
def test_a_lead_abroad_in_local_news_is_at_home(text: str, country: str) -> None:
    lead = lead_incident(text, "2016-03-01")
    assert lead.place is not None
    assert lead.place.country == country
