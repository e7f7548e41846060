"""People named together as shot or wounded, in a story whose death toll counts as many,
are the dead told again, not more wounded (issue 18).

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
        ("Two people died in the house on Elm Street. The sheriff said both Ana and Joe "
         "suffered gunshot wounds.", 2, 0),
        ("Two people died in the house on Elm Street. Deputies said both Ana and Joe "
         "were shot in the chest.", 2, 0),
        # a whole group shot, as many as the dead: none left wounded
        ("Two boys were found dead in the house. Police said their father shot both sons. "
         "One was pronounced dead in his bed.", 2, 0),
        # a group larger than the toll: more people hurt
        ("One man died in the house. Police said both of his sons suffered gunshot "
         "wounds.", 1, 2),
    ],
)
def test_figures_dead_named_together(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
