"""A count over several events, counted or gathered ("the four shootings that wounded 11",
"a string of shootings"), sums up many incidents; the story's own toll is the lead
incident's (issue 18).

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
        # events counted by a number: the count they share is a round-up
        ("The second of the four shootings that wounded 11 people in Dayton on Friday "
         "happened on Elm Street, where three men were shot.", 0, 3),
        ("Two shootings left 7 people hurt overnight. On Oak Road, two women were wounded "
         "outside a bar.", 0, 2),
        # events gathered by a noun of series
        ("A string of shootings left nine people wounded in the city. In the first, "
         "four teenagers were shot at a park.", 0, 4),
        ("A spate of attacks killed 12 people this week. On Monday a gunman killed two "
         "guards at a bank.", 2, 0),
        # one shooting, or a count with nothing to give way to, keeps its toll
        ("One shooting wounded six people outside a club on Saturday.", 0, 6),
        ("Four separate shootings wounded 10 people across the city on Sunday.", 0, 10),
    ],
)
def test_figures_counted_events(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
