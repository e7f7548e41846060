"""Issue 25 item 2: a town of a name many states share ("Springfield", "Jacksonville") is
the one in the state the story names, by the state itself or by a county only that state
has ("Gilchrist County deputies"); a town whose own state the text names stays where it is. Each
case is a short report written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the gazetteer's bigger Bell is in California; the county is only Florida's
        ("A man was shot at a home in Bell on Sunday night, the Gilchrist County Sheriff's "
         "Office said. Deputies found him on the porch.", "Florida"),
        ("Deputies found a man shot on the porch of a home in Bell late Sunday. Bell is a "
         "small town in Gilchrist County, north of Gainesville.", "Florida"),
        ("A woman was wounded in Jacksonville on Tuesday. The Onslow County Sheriff's Office "
         "said the shooter fled on foot.", "North Carolina"),
        ("A woman was wounded in Jacksonville on Tuesday. The Duval County Sheriff's Office "
         "said the shooter fled on foot.", "Florida"),
        ("Two men were hurt in a shooting in Pasadena on Sunday. A Los Angeles County "
         "coroner's official said one of them later died.", "California"),
        ("A man was shot at a home in Bell, California, on Sunday night. He had moved there "
         "from Gilchrist County last year.", "California"),
        # a county of two states, but the town of the text lies in Pennsylvania's
        ("Two teenagers were wounded in Mt. Pleasant late Saturday. Westmoreland County "
         "detectives said the shots came from a passing car. Mt. Pleasant police are "
         "looking for the car.", "Pennsylvania"),
        # the town's own state is named: a county of another state does not move it
        ("A man was shot in Springfield, Illinois, on Friday. He had moved there from "
         "Greene County last year.", "Illinois"),
    ],
)
def test_incidents_town_in_named_state(text: str, state: str) -> None:
    from newscoder.pipeline import analyze

    leads = [i for i in analyze(text, published="2016-03-14").incidents if i.lead]
    assert len(leads) == 1
    assert leads[0].place is not None
    assert leads[0].place.admin1 == state
