"""A report set against another with 'while' or 'whereas' (issue 16): 'The union accuses the
owners of A while the owners claim B' tells two reports side by side, so B, with its own
subject and verb of saying, is no part of what the union said. A 'while' clause with no verb
of saying ('would cut costs while it kept ...') stays in what was said."""

import pytest
from quotes_reading import reported

CASES = [
    (
        "The mayor accuses the council of wasting money on the stadium while the council "
        "suggests the mayor is a puppet of the developers.",
        [
            ("accuses", "the council of wasting money on the stadium"),
            ("suggests", "the mayor is a puppet of the developers"),
        ],
    ),
    (
        "The union accuses the owners of hiding their profits while the owners claim the union "
        "is blocking every reform.",
        [
            ("accuses", "the owners of hiding their profits"),
            ("claim", "the union is blocking every reform"),
        ],
    ),
    (  # guard: no second report in the 'while' clause
        "The minister said the plan would cut costs while it kept every hospital open.",
        [("said", "the plan would cut costs while it kept every hospital open")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_contrasted_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert reported(text) == expected
