"""Issue 25 item 2: a county told as one ("Marion County") that many states have, in a story
that names no state: the county of the name in the outlet's state (its station's call letters
or the state in its title). A state the text names keeps its county. Reports written for
these tests.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]

STORY = (
    "A 4-year-old boy was accidentally shot at a home in Marion County on Sunday, deputies "
    "said. The sheriff said the child found a loaded handgun in a bedroom."
)


@pytest.mark.parametrize(
    ("text", "title", "state"),
    [
        (STORY, "Child shot in Marion County - WDAM 7 News", "Mississippi"),
        (STORY, "Child shot in Marion County - WTHR 13", "Indiana"),
        (STORY, "Child shot in Marion County - KATV", "Arkansas"),
        # the text names the county's state: the outlet does not move it
        (STORY.replace("in Marion County", "in Marion County, Florida,"),
         "Child shot - WDAM 7 News", "Florida"),
    ],
)
def test_incidents_county_in_outlet_state(text: str, title: str, state: str) -> None:
    from newscoder.pipeline import analyze

    leads = [i for i in analyze(text, published="2016-05-02", title=title).incidents if i.lead]
    assert len(leads) == 1
    assert leads[0].place is not None
    assert leads[0].place.admin1 == state
