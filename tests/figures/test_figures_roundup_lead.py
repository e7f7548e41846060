"""A roundup's total over events told as several by a bare plural ("wounded in shootings
across the city") is not the toll of its lead incident, which the next lines tell (issue 18);
"the shootings" with a determiner may be the parts of one rampage and still heads.

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
            "Seven men were wounded in shootings across the city on Monday. About 4 p.m., a"
            " gunman shot four men on a porch on Larch Avenue.",
            0,
            4,
        ),
        (
            "Nine people were hurt in weekend shootings on the east side. Early Saturday,"
            " two women were wounded outside a bar on Quill Street.",
            0,
            2,
        ),
        # one event named by a plural with a determiner keeps its own total
        (
            "Five people were wounded in the shootings at the mall on Friday. A guard was"
            " hit in the leg.",
            0,
            5,
        ),
        # a single event's count heads as before
        (
            "Three people were wounded in a shooting at a park on Sunday. A 19-year-old was"
            " hit in the arm.",
            0,
            3,
        ),
    ],
)
def test_roundup_total_gives_way_to_lead_incident(text: str, killed: int, injured: int) -> None:
    assert tolls(text) == (killed, injured)
