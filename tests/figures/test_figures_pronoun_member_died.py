"""A "he" or "she" told dead just after two people named as hurt is the one of them of that
sex: the other is the wounded (issue 18).

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
        (
            "Officers found a 40-year-old man and his 8-year-old daughter with gunshot wounds"
            " inside the house. The girl was taken to a children's hospital, where she died.",
            1,
            1,
        ),
        ("Police found a woman and her husband wounded in the kitchen. He later died at a"
         " hospital.", 1, 1),
        # ... nor a death told long after the group
        ("Police found a woman and her husband wounded in the kitchen. The couple had lived"
         " there for years. Neighbors heard shouting. Officers searched the street. He died"
         " in 2009.", 0, 2),
    ],
)
def test_figures_pronoun_member_died(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
