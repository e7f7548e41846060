"""Issue 25 items 1 and 4: what the story's occurrence is told as coming after or before
("the shooting comes a day after a guard was shot dead") is another occurrence, whose toll
is not the lead's; a person who "came home after he was shot" tells the same one. Reports
written for these tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_day, lead_incident

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("published", "text", "killed", "injured"),
    [
        # the guard shot dead on Tuesday is an earlier occurrence, not one of the park's
        ("2016-06-13",
         "Two teenagers were wounded in a shooting at a park in Elmwood.\n\n"
         "It came days after a guard was shot dead at a store on Tuesday, police said.",
         None, 2),
    ],
)
def test_what_it_came_after_keeps_its_own_toll(
    published: str, text: str, killed: int | None, injured: int | None
) -> None:
    lead = lead_incident(text, published)
    assert (lead.fatalities, lead.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # "he came home after he was shot": a person's coming, the same shooting
        ("2016-06-13",
         "A teenager was hit in the arm near Elmwood Park, police said.\n\n"
         "He came home after he was shot on Friday night, his sister said.", "2016-06-10"),
    ],
)
def test_a_person_coming_after_it_tells_the_same_one(published: str, text: str, day: str) -> None:
    assert lead_day(text, published) == day
