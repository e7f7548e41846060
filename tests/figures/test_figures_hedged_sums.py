"""Coordinated counts of one side add up when one of them is hedged by a number ("some 80
women and 25 children": about 105; "at least 14 men and three women": at least 17); a vague
count ("dozens of men") still gives no sum (issue 18).

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import figures_of, killed


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "dead", "qualifier"),
    [
        ("Some 80 women and 25 children were killed in the shelling of the market.", 105,
         "about"),
        ("At least 14 men and three women were killed in the raid, a monitor said.", 17,
         "at_least"),
        ("Nine men and four boys were killed when the shell struck the bakery.", 13, "exact"),
    ],
)
def test_figures_hedged_counts_add_up(text: str, dead: float, qualifier: str) -> None:
    assert killed(text) == dead
    summed = [f for f in figures_of(text) if f.category == "killed" and f.value == dead]
    assert summed and summed[0].qualifier == qualifier


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_vague_count_gives_no_sum() -> None:
    figures = figures_of("Dozens of men and six women were killed in the blast.")
    assert {f.value for f in figures if f.category == "killed"} <= {24, 6}  # dozens, six; no sum
