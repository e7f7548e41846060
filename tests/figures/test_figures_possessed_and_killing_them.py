"""Two ways English hides a count's people or fate (issue 18): a number on a possessor
counts what it possesses ("two sheriff's deputies"), and a killing that takes up the
people just shot ("shot both men, killing them") tells that they died.

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
        ("A gunman fatally shot a trooper and wounded two sheriff's deputies.", 1, 2),
        ("Three county sheriff's deputies were hurt in the crash.", 0, 3),
        ("The man shot both guards with a rifle, killing them.", 2, 0),
        ("She shot her neighbour over a fence, killing him.", 1, 0),
        # the killing's object is a number of its own: the rest were wounded
        ("The gunman shot five people, killing two.", 2, 3),
        # no killing: the people shot are wounded
        ("The man shot both guards with a rifle, then fled.", 0, 2),
    ],
)
def test_figures_possessed_and_killing_them(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
