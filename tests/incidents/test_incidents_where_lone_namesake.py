"""Issue 25 item 2: the state a story is told from. A small town alone in its state whose
name many states' towns share — what a city's quarter ("Westwood" of Cincinnati) or a
surname finds in the gazetteer — votes once however often the story says it, so it does not
outvote the city the story names; and a town named only as where the wounded were taken
("flown to a hospital in Fargo") does not vote at all. Each case is a short report written
for these tests."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a quarter said three times, its city once
        ("Two teens were wounded in Westwood late Friday, Cincinnati police said. Westwood "
         "residents said the shots came from a passing car. A Westwood pastor called for "
         "calm.", "Ohio"),
        ("Two teens were wounded in Homewood late Friday, Pittsburgh police said. Homewood "
         "residents said the shots came from a passing car.", "Pennsylvania"),
        # the story's small town against the city where the boy and his mother were taken
        ("A boy, 12, was shot by accident at a farm outside Perham on Saturday. He was "
         "flown to a hospital in Fargo, and his mother was driven to a hospital in Fargo as "
         "well. Perham police said the boy is expected to recover.", "Minnesota"),
        # a surname the gazetteer reads as a town, against the story's town and county
        ("Officer Dale Gordon said a man was shot twice outside a diner in Coloma on Sunday. "
         "Gordon said the man, 44, was taken to a hospital. Gordon said Berrien County "
         "deputies are searching for a red pickup.", "Michigan"),
    ],
)
def test_incidents_lone_namesake_votes_once(text: str, state: str) -> None:
    from newscoder.pipeline import analyze

    lead = next((i for i in analyze(text, published="2016-03-14").incidents if i.lead), None)
    assert lead is not None and lead.place is not None
    assert lead.place.admin1 == state
