"""Issue 25 item 2: an incident in a quarter of a city, or in a place with no post office of
its own, is recorded at the town its addresses give ("Rogers Park" -> Chicago), as incident
records (police, the Gun Violence Archive) name it; a suburb with its own post office keeps
its name. Reports written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("Two men were shot early Sunday in Rogers Park, police said. Both were taken to a "
         "hospital in fair condition.", "Chicago", "Illinois"),
        ("A man was wounded in a shooting outside a bar in Broad Ripple on Friday night, "
         "officers said.", "Indianapolis", "Indiana"),
        # a suburb with its own post office is its own town
        ("A woman was shot in Evanston on Tuesday, Evanston police said.", "Evanston",
         "Illinois"),
    ],
)
def test_incidents_address_town(text: str, town: str, state: str) -> None:
    from newscoder.pipeline import analyze

    leads = [i for i in analyze(text, published="2016-05-02").incidents if i.lead]
    assert len(leads) == 1
    place = leads[0].place
    assert place is not None
    assert (place.name, place.admin1, place.precision) == (town, state, "city")
