"""Issue 25 item 3: a follow-up story (a charge, a plea, a trial) that names the day of the
occurrence itself ("the April 16 shooting", "was shot on Oct. 20") is dated by that day, not
by the recent days of its own news that say nothing of the harm. Reports written for these
tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_day

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # a charge in December for an April shooting; the news conference is Monday's
        ("2015-12-21",
         "Prosecutors have charged a 30-year-old man with murder in the April 16 shooting "
         "that killed a woman outside a laundromat in Kent.\n\n"
         "The police chief spoke to reporters at City Hall on Monday morning. The man has "
         "been held since the summer on an unrelated gun charge.", "2015-04-16"),
        # a plea on Thursday; the boy was shot in June
        ("2015-07-09",
         "A 17-year-old entered a guilty plea on Thursday in juvenile court over the death of "
         "his cousin.\n\n"
         "Investigators said the cousin was shot on June 3 while the two handled a rifle in "
         "a barn.", "2015-06-03"),
    ],
)
def test_a_follow_up_is_dated_by_the_day_said_of_the_harm(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day
