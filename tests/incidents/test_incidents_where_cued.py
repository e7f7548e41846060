"""Issue 25 item 2: a small town the place reader does not take for a place is read from
the words around it ("east of the town of What Cheer", "shot in Spring", "Ann Lee, 53, of
Burns") where the story's state has a town of that name; a name that goes on ("in Stokes
County"), a month or a person's name is no town. Each case is a short report written for
these tests.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("A farmhand was shot and killed on Friday at a hog barn east of the town of What "
         "Cheer, the Keokuk County sheriff said. Iowa troopers are helping with the search.",
         "What Cheer"),
        ("Harris County deputies said a teenager was shot in the hip at a skate park in Spring "
         "late Sunday. The Texas teen is expected to recover.", "Spring"),
        ("Laramie County deputies said a rancher shot his cousin on Monday. The victim, Ann "
         "Lee, 53, of Burns, died on Tuesday at a Wyoming hospital.", "Burns"),
    ],
)
def test_incidents_cued_town(text: str, city: str) -> None:
    from newscoder.pipeline import analyze

    leads = [i for i in analyze(text, published="2016-03-14").incidents if i.lead]
    assert len(leads) == 1
    assert leads[0].place is not None
    assert leads[0].place.name == city


@pytest.mark.parametrize(
    "text",
    [
        # the name goes on: a county, not the town of its first word
        "A man was shot in Stokes County on Sunday, North Carolina deputies said.",
        # a month after "in"
        "A man was shot on a farm in March, North Carolina deputies said on Sunday.",
    ],
)
def test_incidents_no_cued_town(text: str) -> None:
    from newscoder.pipeline import analyze

    leads = [i for i in analyze(text, published="2016-03-14").incidents if i.lead]
    assert all(i.place is None or i.place.name not in ("Stokes", "March") for i in leads)
