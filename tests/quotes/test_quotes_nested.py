"""Reports inside reports (issue 16): a stance verb inside what someone is reported to
have said is that person's words, not an attribution of its own; so is a verb of saying
there (test_quotes_report_within.py): the writer attributes the whole claim to the outer
speaker."""

from __future__ import annotations

import pytest
from quotes_reading import cues


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "outer", "inner", "kept"),
    [
        (
            "A spokeswoman for Mayor Reyes said the mayor would keep supporting the stadium plan.",
            "said",
            "supporting",
            False,
        ),
        (
            "Analysts at the bank said investors were eager to buy the new bonds.",
            "said",
            "eager",
            False,
        ),
        (
            "The ministry said its auditors had criticized the contract last year.",
            "said",
            "criticized",
            False,
        ),
        (
            "Ms. Obi said the minister had warned that prices would rise.",
            "said",
            "warned",
            False,
        ),
    ],
)
def test_quotes_nested_stance_is_the_outer_speakers_words(
    text: str, outer: str, inner: str, kept: bool
) -> None:
    """The outer report stays; the inner one is part of its words."""
    found = cues(text)
    assert outer in found
    assert (inner in found) is kept
