"""A clause before a semicolon is a sentence of its own: "three were shot; all are expected
to survive" tells three hurt, not a planned harm (issue 18). The parser may hang the first
clause on the second clause's verb.

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
        ("Four teenagers were shot on Friday night; all are expected to survive.", 0, 4),
        ("Two guards were killed at the gate; more attacks are expected to follow.", 2, 0),
        # a real plan stays a plan
        ("The gang planned to kill three witnesses.", 0, 0),
    ],
)
def test_figures_semicolon_clauses(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
