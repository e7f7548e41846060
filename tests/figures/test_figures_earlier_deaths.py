"""A death the text places long before the story's own incident ("two months ago", "a year
earlier", "in a previous shooting") is another incident's and never heads the toll; "last
year" and "a week ago" may date the story's own incident in a follow-up, and still head
(issue 18).

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import killed


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Three men were wounded on Birch Lane on Friday. A boy was killed at the same"
            " corner two months ago.",
            0,
        ),
        (
            "Two women were hurt outside the diner. Their cousin had been killed there a year"
            " earlier.",
            0,
        ),
        (
            "Four people were shot near the rail yard on Sunday. Neighbors said a teenager was"
            " killed in a previous shooting on that block.",
            0,
        ),
        # the story's own incident dated by a follow-up
        (
            "A judge on Monday set a trial date for the man accused in a brawl that left one"
            " guest dead and three hurt at a wedding last year.",
            1,
        ),
        ("A man killed a week ago in a parking lot was identified on Tuesday.", 1),
        ("A woman was killed Saturday in a shooting on Alder Street, police said.", 1),
    ],
)
def test_figures_earlier_deaths_do_not_head(text: str, dead: float) -> None:
    assert killed(text) == dead
