"""One told dead by an ordinal within a count of those hit ("the fifth man" of five shot) is
one of them, though the story tells of the others first (issue 18).

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
            "Five men were shot during a fight outside a bar early Sunday. Police said the"
            " fight began over a card game. Officers closed the street for hours. Three of the"
            " men had minor wounds and another was in critical condition. The fifth man was"
            " pronounced dead at a hospital.",
            1,
            4,
        ),
        ("Three men were wounded in the attack. The second man later died.", 1, 2),
        # ... not an ordinal past the count: one more person
        ("Two men were wounded in the attack. The third man later died.", 1, 2),
        ("Two men were wounded in the attack. A third man later died.", 1, 2),
    ],
)
def test_figures_ordinal_member_died(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
