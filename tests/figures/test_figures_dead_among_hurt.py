"""The dead told as a share of the hurt: "two of them dead", "one fatally", the dead after a
count that names some of its members (issue 18).

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
        # a share of the count just before it, by "of them" or its own "fatally"
        ("Medics found five hikers hurt, two of them already dead.", 2, 3),
        ("Police want the men who shot three people -- one fatally -- at a gas station.", 1, 2),
        ("The blast left seven workers wounded -- two mortally, officials said.", 2, 5),
        # a count "at least" as large splits too; the doer killed after it is none of them
        ("At least one man died after a gunman shot at least three people at a bar.", 1, 2),
        ("A gunman was killed by deputies after shooting three people at a diner.", 1, 3),
        # a count that names some of its members still splits into dead and wounded
        (
            "Six people, including a deputy, were shot at the fair on Friday. Two visitors"
            " were killed while the deputy and three others were hurt.",
            2,
            4,
        ),
    ],
)
def test_figures_dead_among_the_hurt(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
