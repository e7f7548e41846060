"""Issue 25 items 1 and 4: a count dated only by a month or a year ("Earlier this month, two
men were killed on the same block", "figures for 2015 show 165 people were murdered") is not
the toll of the occurrence a story dates to the day, and the story is about that day's
occurrence, not the one it recalls around it. A follow-up that names its occurrence by a
year or a month first and by its day after, and a story that says only a month, keep their
counts. Reports written for these tests."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]

# (report, publication date, the lead incident's (killed, injured) and day)
CASES = [
    (
        "A man was shot and wounded outside a bar in Mobile on Friday night, police said. "
        "Earlier this month, two men were killed on the same block.",
        "2016-05-21", (None, 1), "2016-05-20",
    ),
    (
        "A woman was shot and wounded at a bus stop in Macon on Thursday. Crime figures for "
        "2015 show that 165 people were murdered in the city.",
        "2016-01-02", (None, 1), "2015-12-31",
    ),
    # an earlier month stays apart, as before
    (
        "Three people were wounded in a shooting on Pine Street in Savannah on Sunday. In "
        "March, a man was shot dead a few doors away.",
        "2016-05-16", (None, 3), "2016-05-15",
    ),
    # a follow-up that names its occurrence by its year first, then by its day
    (
        "A woman admitted guilt on Monday in a 2013 shooting that killed one man and wounded "
        "four others. Prosecutors said the gunfire broke out on June 9, 2013, at a party in "
        "Akron.",
        "2016-03-21", (1, 4), "2013-06-09",
    ),
    # a month is all the story says: the count is its own
    (
        "Two men were killed in a shooting in Mobile earlier this month, police said.",
        "2016-05-21", (2, None), "2016-05",
    ),
]


@pytest.mark.parametrize(("text", "published", "tolls", "day"), CASES)
def test_a_coarser_count_is_another_occurrence(
    text: str, published: str, tolls: tuple[int | None, int | None], day: str
) -> None:
    from newscoder.pipeline import analyze

    incidents = analyze(text, published=published).incidents
    lead = next(i for i in incidents if i.lead)
    assert (lead.fatalities, lead.injured) == tolls, incidents
    assert (lead.date or "").startswith(day), incidents
