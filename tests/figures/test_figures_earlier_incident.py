"""One person hurt in an earlier incident, told after the story's own victims, is never the
story's count of the hurt (issue 18).

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
        # a sentence set at an earlier time, and the person taken up in the next one
        (
            "A 9-year-old boy died Sunday after he found his father's gun and shot himself,"
            " police said. In March, a 6-year-old girl was shot in the leg while she played"
            " in a yard. The girl survived.",
            1,
            0,
        ),
        (
            "A toddler died on Friday after finding a loaded pistol in a closet. Just last"
            " year, a 5-year-old boy was wounded in the hand and survived when a rifle went"
            " off in the same county.",
            1,
            0,
        ),
        # a hurt told as days before the story's death
        (
            "A teenager was shot and killed on Friday night on Elm Street. His death came"
            " three days after another man was shot in the arm on the same block. He"
            " survived.",
            1,
            0,
        ),
        # another case named as such
        (
            "A woman was killed when a bullet came through her window. Just a month ago,"
            " there was a similar incident when a man was shot in the leg two streets away.",
            1,
            0,
        ),
        # ... but the story's own hurt, told first, still counts
        (
            "In March, a 6-year-old girl was shot in the leg while she played in a yard."
            " The girl survived.",
            0,
            1,
        ),
        # ... and so does a person hurt told with no earlier time
        (
            "A man was shot dead outside a bar on Saturday. A woman was wounded in the arm.",
            1,
            1,
        ),
    ],
)
def test_figures_earlier_incident(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
