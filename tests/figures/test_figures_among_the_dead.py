"""A count "among the dead" or "among the injured" is a part of the toll of that state: it is
of that category, belongs to the larger toll told before it, and does not change the
headline tolls."""

from __future__ import annotations

import pytest
from figures_reading import figures_of, headlines

pytestmark = pytest.mark.slow

# (text, the part's value, its category, the headline tolls)
CASES = [
    (
        "Shells hit a school in Kharkiv on Monday, killing seven people. Officials said three "
        "pupils were among the dead and at least 20 people were hurt.",
        3, "killed", {"killed": 7, "injured": 20},
    ),
    (
        "A roadside bomb tore through a minibus near Kandahar, wounding 26. Five women were "
        "among the injured.",
        5, "injured", {"injured": 26},
    ),
    (
        "Eleven people died when gunmen opened fire on a wedding party. Two police officers "
        "are among the dead, a spokesman said, and 14 guests were wounded.",
        2, "killed", {"killed": 11, "injured": 14},
    ),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize(("text", "value", "category", "heads"), CASES)
def test_among_the_dead(text: str, value: int, category: str, heads: dict[str, int]) -> None:
    figures = figures_of(text)
    part = next((f for f in figures if f.value == value), None)
    assert part is not None and part.category == category, figures
    assert part.parent is not None and figures[part.parent].value > value, figures
    assert {k: v for k, v in headlines(text).items() if k in ("killed", "injured")} == heads
