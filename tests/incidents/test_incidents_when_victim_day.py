"""Issue 25 item 3: a day said of the casualty verb is the incident's own ("a boy was killed
Thursday when ..."), and a bare hour ("the shooting occurred about 5:30 p.m.") names no day
of its own to put over it. Reports written for these tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_day

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # published on a Friday; the death was on Thursday, the hour told later
        ("2014-05-23",
         "A 16-year-old Clarke County teen was killed Thursday when a shotgun went off as "
         "he and his uncle were loading a boat, the sheriff's office said Friday. The "
         "shooting occurred about 5:30 p.m. at the boat ramp.", "2014-05-22"),
        ("2016-03-12",
         "A woman was wounded Wednesday night when a bullet came through her kitchen "
         "window, police said on Friday. The shooting occurred around 9 p.m., and no "
         "arrest has been made.", "2016-03-09"),
    ],
)
def test_the_casualty_verb_dates_the_incident(published: str, text: str, day: str) -> None:
    assert lead_day(text, published) == day
