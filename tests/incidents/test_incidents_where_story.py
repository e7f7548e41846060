"""Issue 25 item 2: the state and town of a local story's lead incident.

Each case is a short report written for these tests; the lead incident must be placed in
the town and state an analyst would code.
"""

from __future__ import annotations

import pytest

from newscoder.model import IncidentPlace

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


def lead_place(text: str) -> IncidentPlace | None:
    from newscoder.pipeline import analyze

    analysis = analyze(text, published="2015-06-02")
    leads = [i for i in analysis.incidents if i.lead]
    assert len(leads) == 1, analysis.incidents
    return leads[0].place


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        # a person's name that is also a town elsewhere does not move the story
        ("A 17-year-old was shot dead on a street in the Bronx on Sunday, police said. His "
         "uncle, Mark Weston, said the boy had just left a party. \"He was a good kid,\" "
         "Weston said. Weston asked anyone who saw the shooting to call police.",
         "Bronx", "New York"),
        ("Two men were wounded in a shooting at a bar in Jackson on Friday. The bar owner, "
         "Paul Bell, said the gunman fled. Bell said he did not know him. Bell closed the "
         "bar, and Bell spoke to Mississippi reporters.", "Jackson", "Mississippi"),
        # the dateline names where the story is filed, the text where it happened
        ("STERLING, Ill. -- A Rock Falls boy, 15, was charged on Monday with shooting his "
         "cousin by accident last month, a prosecutor said.",
         "Rock Falls", "Illinois"),
        # a big city named once outweighs a street's name that is a small town elsewhere
        ("Seven people were shot outside a Memphis nightclub early Sunday. Police said the "
         "gunman opened fire at 2400 Shasta, near North Hollywood Street, just after 2 a.m.",
         "Memphis", "Tennessee"),
        # the big city a bare name means, not a small namesake of another state
        ("Two men were shot on Sunday night in Miami's Liberty City, police said. Miami "
         "police have not named a suspect. One man died at a Miami hospital.",
         "Miami", "Florida"),
        ("PHILADELPHIA - A man was shot twice on a porch in North Philadelphia on Monday "
         "night, Philadelphia police said.", "Philadelphia", "Pennsylvania"),
    ],
)
def test_incidents_where_story_town(text: str, town: str, state: str) -> None:
    place = lead_place(text)
    assert place is not None
    assert (place.name, place.admin1) == (town, state)
