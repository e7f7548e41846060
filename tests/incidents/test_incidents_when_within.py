"""An incident dated only to a week or a month takes the first day the story names inside
that period (issue 25): an earlier day outside it belongs to something else.

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest

from newscoder.incidents.when import story_day
from newscoder.model import Document
from newscoder.parse import parse
from newscoder.pipeline import load_stage
from newscoder.settings import SETTINGS

PUBLISHED = "2016-05-20"
TEXT = ("A woman was shot on May 16 in the same block where her cousin was wounded on May 7, "
        "police said.")


def story_day_within(within: str | None) -> str | None:
    """The story's day for an incident dated ``within``, the stages before incidents run."""
    ctx = parse(Document(id="t", text=TEXT, published=PUBLISHED))
    for name in SETTINGS.stages:
        if name == "incidents":
            break
        load_stage(name)(ctx)
    return story_day(ctx, PUBLISHED, within)


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("within", "day"),
    [
        (None, "2016-05-16"),  # undated: the first day said of harm
        ("2016-W18", "2016-05-07"),  # the week of 2 to 8 May: the later-named day in it
        ("2016-05", "2016-05-16"),  # both fit the month: the first
        ("2016-04", None),  # neither fits April
    ],
)
def test_incidents_a_coarse_date_takes_the_first_day_inside_it(
    within: str | None, day: str | None
) -> None:
    assert story_day_within(within) == day
