"""One hurt who later died moves from the hurt to the dead, and is never counted twice
(issue 18): a single death told the way the wounded die ("later died", "died at a hospital",
"was taken off life support") close after a count of the hurt is one of that count, and a
member of a group named as hurt is taken up by their age or by a noun of the same kind.

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
            "Three people were hurt when shots hit the bus on Pine Road. The baby died at a"
            " hospital from her injuries.",
            1,
            2,
        ),
        (
            "Five people were taken to hospitals after the gunfire at the skating rink. She"
            " later died, police said.",
            1,
            4,
        ),
        # a death told before the count is that death again, not one of the hurt
        (
            "One man was killed and two people were hurt near the depot. The man died at a"
            " hospital.",
            1,
            2,
        ),
        # "others" are besides the dead
        (
            "A girl died and three others were hurt at the fair. The girl died at a hospital.",
            1,
            3,
        ),
        # a member taken up by a noun of the same kind ("his daughter ... the girl")
        (
            "A man and his daughter were shot outside the bakery. The girl died at a hospital.",
            1,
            1,
        ),
        (
            "Deputies found the boy and his grandmother wounded in the kitchen. The child"
            " later died.",
            1,
            1,
        ),
        # ... or by the same age with its unit
        (
            "A man and a 3-month-old were hit by gunfire on Dune Street. The 3-month-old girl"
            " died on Sunday.",
            1,
            1,
        ),
        # a noun of another kind is someone else: the group is still hurt
        (
            "A woman and her son were shot outside the laundromat. The girl who lived next"
            " door was not hurt.",
            0,
            2,
        ),
    ],
)
def test_one_hurt_who_died_is_counted_dead_once(text: str, killed: int, injured: int) -> None:
    assert tolls(text) == (killed, injured)
