"""The hurt of other incidents and of tallies are not the story's hurt (issue 18).

- one person hurt in a sentence set in another year ("Also in 2016,"), in "that same
  month", or "in a separate incident", told after the story's own victims, is another
  incident's victim;
- a tally of the hurt over a span of time, several events or a whole city ("across the
  city") never heads the hurt of a story that counts victims of its own (it still heads
  where the story is the tally).

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
        ("A boy, 4, died on Sunday after he shot himself with his father's pistol. Also in"
         " 2016, a three-year-old girl shot herself in the leg in the same county.", 1, 0),
        ("A man was killed outside a bar on Saturday night. In a separate incident, a"
         " teenager was shot in the foot and is expected to recover.", 1, 0),
        # ... not the story's own second victim
        ("A man was killed outside a bar on Saturday night. A teenager was shot in the foot"
         " and is expected to recover.", 1, 1),
        ("A man was shot in the leg on Saturday night. In 2016, the same man had been"
         " robbed at the same corner.", 0, 1),
        # tallies
        ("A girl, 2, was killed by a stray bullet on Friday. In the past two months, eight"
         " children have been injured by gunfire in the city.", 1, 0),
        ("A man was shot dead on Friday. Police said 74 people were injured in shootings in"
         " the city so far this year.", 1, 0),
        ("Eight children have been injured by gunfire in the city in the past two months.",
         0, 8),
        # a count "across the city" adds up a city's shootings
        ("A woman died and her neighbour was hurt on Elm Street on Sunday. At least eleven"
         " other people were shot across the city over the weekend.", 1, 1),
    ],
)
def test_figures_other_incidents_and_tallies(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
