"""A person hurt whose sentence tells their state in the present tense ("is in critical
condition", "is listed in serious condition") is alive as the story is told: not the one
whose death the story tells elsewhere (issue 18).

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
        ("A driver died after a car left the road near Elm Creek. Deputies said a"
         " teenager accidentally shot himself in the hand on Tuesday. The teenager is"
         " listed in critical condition.", 1, 1),
        ("One person died in a fire on Oak Street on Sunday. A 16-year-old is in serious"
         " condition after a cousin shot the teen by accident.", 1, 1),
        ("A retired teacher was found dead in the garden. A neighbour was shot in the"
         " chest and remains in grave condition.", 1, 1),
        # ... not a state told in the past: the patient may have died since
        ("A man was shot on Pine Street. He was in critical condition and died on"
         " Friday.", 1, 0),
    ],
)
def test_figures_alive_now(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
