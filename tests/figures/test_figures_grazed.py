"""A graze is a wound no one dies of: a victim grazed in their own sentence is not the one
who died elsewhere in the story (issue 18).

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
        ("A man was killed on Sunday. His cousin suffered a graze wound.", 1, 1),
        ("A driver died in the ambush. Later a passenger was found grazed by a bullet.", 1, 1),
        # a graze and a death in one sentence: the sentence tells the death
        ("A man was grazed by one bullet and killed by another.", 1, 0),
    ],
)
def test_figures_grazed(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
