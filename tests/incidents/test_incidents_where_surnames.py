"""Issue 25 item 2: a capitalised word that a report uses elsewhere as a person's surname —
after a title or told with an age — is that person in the whole report,
not a town of the name abroad or in another state, unless the report also tells it as where
("in Mendoza"). Each case is a short report written for these tests.
"""

from __future__ import annotations

import pytest
from incidents_reading import lead_incident

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        # told with an age, the first name unknown to the parser
        ("Jaime Salazar, 34, was shot dead at her home in Murray on Tuesday, police said. "
         "Salazar's children were at school. Relatives said Salazar had asked a judge for "
         "protection. A court heard that Salazar feared him.", "Murray", "Utah"),
        ("A woman, Lupe Salazar, 34, was killed in Murray late Monday. Investigators said "
         "Salazar and the suspect had argued. Salazar's brother said Salazar wanted to "
         "leave.", "Murray", "Utah"),
        # after a title
        ("A clerk was wounded in a robbery at a gas station in Ogden on Friday night. Officer "
         "Mendoza chased the robber on foot. Mendoza said the suspect dropped a pistol. "
         "Mendoza later found the car abandoned.", "Ogden", "Utah"),
    ],
)
def test_incidents_surname_is_no_town(text: str, town: str, state: str) -> None:
    place = lead_incident(text, "2018-03-06").place
    assert place is not None
    assert (place.name, place.admin1) == (town, state)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # told as where as well as after a name: the town stays
        ("A man was shot in Lancaster on Saturday night. Officer Lancaster, no relation to "
         "the town, said the victim was taken to a hospital in Lancaster.", "Lancaster"),
    ],
)
def test_incidents_surname_told_as_where_stays(text: str, town: str) -> None:
    place = lead_incident(text, "2018-03-06").place
    assert place is not None
    assert place.name == town
