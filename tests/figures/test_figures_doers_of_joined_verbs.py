"""The subject of an active verb of harm whose object stands on a verb joined to it ("two
men shot and wounded three women") did the harm: the object is hurt, not the subject; a
subject that is its own object ("shot and wounded themselves", "shot each other") is hurt
(issue 18).

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
        ("Witnesses said two men shot and injured four teenagers outside the arcade.", 0, 4),
        ("Deputies said three robbers shot and wounded two cashiers on Friday.", 0, 2),
        # ... but a subject that is its own object is hurt
        ("Two hunters shot and wounded themselves while cleaning rifles.", 0, 2),
        ("Two brothers shot each other during an argument in the yard.", 0, 2),
    ],
)
def test_figures_doers_of_joined_verbs(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
