"""Events told as several in one sentence ("three separate shootings") and taken up by
"the" and their plural in the next ("six people were hurt in the shootings") make that
count a tally of them, which the count of one incident beats (issue 18).

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
        ("Officers are looking into three separate shootings from Friday night. Police said"
         " seven people were wounded in the shootings. In the first, two brothers were"
         " wounded outside a gas station on Pine Avenue.", 0, 2),
        ("Deputies answered two unrelated shootings on Saturday. Five people were hurt in"
         " the shootings, the sheriff said. At a party on Cole Road, three teenagers were"
         " wounded.", 0, 3),
        # ... not a single shooting taken up
        ("Police are looking into a shooting at a bar on Friday night. Four people were"
         " wounded in the shooting. Two brothers were wounded near the door.", 0, 4),
    ],
)
def test_figures_several_taken_up(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
