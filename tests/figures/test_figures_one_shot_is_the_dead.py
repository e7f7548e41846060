"""One person shot in a story of a death that never tells anyone lived or was hurt is the one
who died, not one more of the hurt (issue 18): unless told apart from the dead ("another",
"also"), shot in a limb, or brought in as someone new beside several dead.

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
        ("A father and his 9-year-old daughter were found dead outside their house in an"
         " apparent murder-suicide. Police believe Reed shot Lina and then turned the gun on"
         " himself.", 2, 0),
        ("Police say Reed shot himself and his daughter Lina in a murder-suicide.", 2, 0),
        # ... not one added, nor one shot in a limb, nor a new person beside several dead
        ("A father and his 9-year-old daughter were found dead outside their house in an"
         " apparent murder-suicide. Police believe Reed also shot his son, Tom.", 2, 1),
        ("A father and his 9-year-old daughter were found dead outside their house in an"
         " apparent murder-suicide. Police believe Reed shot his son, Tom, in the leg.", 2, 1),
        ("A woman and her son were found dead in their flat on Sunday. Police said a"
         " neighbour was shot and taken to the hospital.", 2, 1),
    ],
)
def test_figures_one_shot_is_the_dead(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
