"""One person taken up by "the" and a noun that names a member of a group told dead just
before ("a man and a boy were found dead ... the older man had been hit in the chest") is one
of the dead, not one more hurt (issue 18).

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
        ("A man and a teenage boy were discovered shot dead behind a garage on Friday. The"
         " older man had been hit in the chest, and the teen had been hit in the neck, the"
         " coroner said.", 2, 0),
        ("A woman and a teenage girl were found shot to death behind a garage on Friday. The"
         " older woman had been hit in the chest, and the teen had been hit in the neck,"
         " the coroner said.", 2, 0),
        ("A mother and her son were found dead in a cabin near Lodi. The son had been shot"
         " in the back, deputies said.", 2, 0),
        # ... not someone set apart from the group, nor a person the group does not name
        ("A man and a teenage boy were discovered shot dead behind a garage on Friday."
         " Another man was shot in the leg.", 2, 1),
        ("A man and a teenage boy were discovered shot dead behind a garage on Friday. The"
         " neighbour was shot in the leg.", 2, 1),
    ],
)
def test_figures_member_of_the_dead(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
