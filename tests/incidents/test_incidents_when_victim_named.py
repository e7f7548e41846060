"""Issue 25 item 3: the day a victim is identified, named or listed is that later act's, not
the harm's: "the girl who died of gunshot wounds Monday ... was identified Tuesday" happened
on Monday. The subject of a later act dates the occurrence only where it names the occurrence
itself ("the shooting was reported around 9 p.m. Friday"). Reports written for these tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_day

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # published on a Tuesday; the death on Monday
        ("2017-01-31",
         "The 9-year-old boy who died of gunshot wounds on Monday at a house in Aurora was "
         "identified Tuesday.", "2017-01-30"),
        # published on a Tuesday; shot on Saturday, named on Monday
        ("2016-05-10",
         "A man who was shot Saturday night outside a Tulsa gas station was named Monday "
         "by police.", "2016-05-07"),
        # the occurrence itself as the subject keeps the later verb's day
        ("2016-05-14",
         "The shooting was reported around 9 p.m. Friday on Elm Street in Macon. One man "
         "was wounded.", "2016-05-13"),
    ],
)
def test_a_victim_named_later_keeps_the_harm_day(published: str, text: str, day: str) -> None:
    assert lead_day(text, published) == day
