"""Counts told by a participle shared by coordinated groups, and shooters who are no
victims (issue 18).

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
        # a participle after the last of coordinated counts befalls them all
        ("The crash left two men and three women injured on Friday.", 0, 5),
        # ... but a list of two statements is two counts, of which the first heads
        ("Two people in serious condition, four men hurt after a fight downtown", 0, 2),
    ],
)
def test_figures_event_nouns_and_shared_participles(
    text: str, killed: float, injured: float
) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    "text",
    [
        # the subject of an active verb aimed "at" someone, or going on, does it
        "Neighbours said two men were shooting at each other in the lot.",
        "The three boys were shooting at cans behind the barn.",
        "Two gunmen fired at the deputies and fled.",
        "Two teenagers shot at a passing car.",
    ],
)
def test_figures_shooters_are_no_victims(text: str) -> None:
    assert tolls(text) == (0, 0)
