"""People listed before one verb are one subject, even where the parser hangs each of them
on the verb as a subject of its own ("a man of 70 and his wife were wounded": two hurt;
"Two children, a woman and a man were killed": four dead) (issue 18). A name inside a
clause of the first ("a man hurt in a shooting at Fifth and Gray") is no member.

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
        ("A man of 80 and his daughter were wounded in the attack on Monday.", 0, 2),
        ("Three boys, a woman and a man were killed when the gunman opened fire.", 5, 0),
        ("His sister and two cousins were killed in the blast.", 3, 0),
        ("Four men and a woman were wounded outside the club.", 0, 5),
        # a clause inside the first phrase: "and" goes on within it
        ("A man injured in a shooting at Fifth and Gray has died.", 1, 0),
        # a dateline before the subject is no person
        ("MILLTOWN, Ore. - A woman was wounded on Friday.", 0, 1),
    ],
)
def test_figures_split_subjects(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
