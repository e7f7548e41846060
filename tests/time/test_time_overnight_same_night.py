""""Overnight" after the story has reached an evening or a night is that same night; after a
day with no hour (or nothing) it stays the night before that day."""

from __future__ import annotations

import pytest
from time_reading import value_of

PRINTED = "2018-10-06"  # a Saturday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the story is at Thursday night: the sheriff's overnight post is of that night
        ("A cyclist was struck by a bullet Thursday night on River Road. The sheriff posted "
         "a warning overnight asking people to stay inside.", "2018-10-04TNI"),
        # at a late clock hour of Friday: the same night
        ("Officers were sent to the bar at 11:40 p.m. Friday. More calls came in overnight "
         "from the same street.", "2018-10-05TNI"),
        # a day with no hour keeps the night before it, as market reports use it
        ("Shares in Tokyo closed lower on Friday, dragged down by selling overnight in "
         "New York.", "2018-10-04TNI"),
        # nothing named before it: the night before print
        ("Two men were hurt in a fight overnight outside a club.", "2018-10-05TNI"),
    ],
)
def test_time_overnight_follows_the_night_the_story_is_at(text: str, value: str) -> None:
    assert value_of(text, PRINTED, "overnight") == value
