"""When a story tells of one death, every description of the dead is of one person; a
victim of another sex or age is someone else, hurt (issue 18). A possessive says whose a
person is, not their sex ("his mother" is a woman).

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
        # one death told three ways; the victim differs from one of them by age or sex
        ("One dead in a hunting accident. The 20-year-old was hit in the neck and was "
         "later pronounced dead. The sheriff said the 15-year-old was taken to a hospital "
         "for his injuries.", 1, 1),
        ("A 30-year-old man died when gunfire hit his truck. A 25-year-old woman riding "
         "with him was wounded. The coroner said Perez died of a gunshot wound.", 1, 1),
        # of the same sex but another age: still someone else
        ("An 11-year-old boy was shot and killed at home last month. Police said Davey "
         "was killed in his bedroom. His 16-year-old brother was critically hurt.", 1, 1),
        # the victim is like the one dead: the same person, hurt and then dead
        ("A 12-year-old boy was shot on Sunday. Police said the 12-year-old boy died at "
         "the hospital.", 1, 0),
        # a possessive before the noun
        ("Her grandson was shot at the house, the woman told the dispatcher. The boy died "
         "at the hospital.", 1, 0),
        ("A man was shot and killed on his porch. Police said his mother was hit in the "
         "arm.", 1, 1),
    ],
)
def test_figures_one_dead_described(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
