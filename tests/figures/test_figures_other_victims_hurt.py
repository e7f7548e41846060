"""Victims counted as others than the dead, in a story that counts no wounded, are the
wounded (issue 18).

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
        ("A 19-year-old woman was shot and killed at a party late Saturday. The other three"
         " victims were an 18-year-old woman and two men. They were all treated and"
         " released.", 1, 3),
        ("Two men were found dead with gunshot wounds. Two other gunshot victims arrived at"
         " the hospital in private cars.", 2, 2),
        # ... not victims a coroner names: more of the dead
        ("Three people were found shot to death in the house. The coroner identified the"
         " other three victims as two men and a woman.", 3, 0),
        # ... nor victims not told apart from the dead
        ("A man was killed in the robbery. Police said the three victims knew each other.",
         1, 0),
    ],
)
def test_figures_other_victims_hurt(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
