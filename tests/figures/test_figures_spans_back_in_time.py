"""Counts over a span of time counted back from now ("in the past four days") add up many
events: the story's own count heads before them (issue 18).

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
        # the story's own victim heads; the span's count is the city's
        (
            "A nine-year-old boy was shot dead on Tuesday and his sister was hurt. Over the"
            " past three weeks, eleven teenagers have been wounded across the county.",
            1,
            1,
        ),
        # told first, the span's count still gives way to the story's own
        (
            "In the past four days, 12 people have been shot in the city. On Sunday two men"
            " were wounded outside a bar.",
            0,
            2,
        ),
        (
            "Over the last 17 months, nine children have died in accidental shootings here."
            " On Monday a 4-year-old girl was killed by her brother's rifle.",
            1,
            0,
        ),
        # "last week" and "the previous day" date one event: its count still heads
        ("A gunman wounded four diners at a cafe last week, police said.", 0, 4),
        (
            "A man was arrested on Friday. He had shot two neighbours the previous day.",
            0,
            2,
        ),
    ],
)
def test_figures_spans_back_in_time(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
