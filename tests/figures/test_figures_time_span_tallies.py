"""A count over a span of hours or days ("12 shot in about ten hours", "27 wounded over an
eight-hour stretch"), told after the story has counted its own victims, is a night's or a
city's tally of several shootings, not the toll of the one the story tells; the story's own
count heads over it (issue 18). A lede's count over such a span is the story's own.

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import tolls


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A 4-year-old girl was shot in the foot on Monday. Fourteen people were shot across "
         "the city in about nine hours.", 0, 1),
        ("A man was wounded outside a bar. He was one of 31 people wounded over a six-hour "
         "stretch that night.", 0, 1),
        ("A teenager was shot in the leg. Within a span of three days, seven people were "
         "wounded in the neighborhood.", 0, 1),
        ("A woman was shot in the arm. Police said nine people were hurt in a 48-hour period.",
         0, 1),
        # a span of one day, or a span with no count, is no tally of several
        ("Three people were wounded in one day of violence. A boy was also grazed.", 0, 4),
        # a lede's count over a span is the story's own: a campaign's toll
        ("Air strikes killed 38 people over two days in the province. One man died when a "
         "market was hit.", 38, 0),
        # nothing but the tally: it still heads, as scene-setting does
        ("Eleven people were shot in the city in about six hours.", 0, 11),
    ],
)
def test_counts_over_hours_are_tallies(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
