"""An infinitive on the verb itself tells an aim or a course of events, not words (issue
16): 'chose to file', 'scrambled to keep' report nothing; a listed verb of saying or
agreeing ('agreed to testify') and an infinitive after an object ('urged members to
reject') still report."""

from __future__ import annotations

import pytest
from quotes_reading import cues


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "reported"),
    [
        ("The company chose to file for bankruptcy in Delaware.", "chose", False),
        ("Lawyers for the firm scrambled to keep the deal alive.", "scrambled", False),
        ("The senator agreed to testify before the committee.", "agreed", True),
        ("The union urged its members to reject the offer.", "urged", True),
    ],
)
def test_quotes_aims_an_infinitive_alone_is_no_report(text: str, cue: str, reported: bool) -> None:
    assert (cue in cues(text)) is reported
