"""Issue 25: a part of the day with its date ("the evening of Sept. 3") on which a follow-up
story sets its scene, with a verb of being or of starting, is the incident's day; on a later
act it is not. Reports written for these tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_day

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # the scene is set with "was ... the night of"
        ("2016-10-20",
         "A man charged with murder in the shooting death of a neighbor appeared in court "
         "Wednesday.\n\nProsecutors said he was at a bar on Pine Street the night of "
         "Sept. 14 to settle a dispute over a car.\n\nThe neighbor died at the scene.",
         "2016-09-14"),
        # the scene is set with "started"
        ("2017-05-02",
         "A woman accused of killing her husband was indicted Monday.\n\n"
         "Records say the evening of April 3 started with a quarrel over money.\n\n"
         "She told officers she feared him.", "2017-04-03"),
    ],
)
def test_the_night_a_story_sets_its_scene_on_dates_the_incident(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # the night of the vigil is a later act's, not the shooting's
        ("2016-06-15",
         "A teenager was shot and killed outside a corner store on Friday, police said.\n\n"
         "A vigil was the evening of June 13 at the church nearby.", "2016-06-10"),
    ],
)
def test_a_later_acts_night_does_not_date_it(published: str, text: str, day: str) -> None:
    assert lead_day(text, published) == day
