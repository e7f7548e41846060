"""A toll of the hurt updated later heads over the first count (issue 18): "the number of
wounded rose to seven", "the injured toll climbed to five". "Wounded" and "injured" are
read as the words they are, not only as the lemmas of verbs.

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
        ("Four people were wounded at the fair on Sunday. The number of wounded later rose "
         "to nine.", 0, 9),
        ("Two people were hurt Friday. On Saturday officials said the number of injured had "
         "risen to five.", 0, 5),
        ("Six people were injured in the blast. The injured toll climbed to eight on Monday.",
         0, 8),
        # a death toll still counts the dead
        ("Twelve people died in the blast. The death toll rose to 15 on Tuesday.", 15, 0),
    ],
)
def test_figures_hurt_toll_updates(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
