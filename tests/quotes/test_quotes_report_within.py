"""Reports inside reports (issue 16): a reporting verb whose words lie inside what another
report says is part of that claim, so the writer attributes the whole of it to the outer
speaker; a report in a sentence of its own stays."""

from __future__ import annotations

import pytest
from quotes_reading import reports


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "Ms. Petrov said the new survey shows that rents have doubled since 2019.",
            "said",
            "shows",
        ),
        (
            "The farmers' union said the ministry had claimed that the subsidy would return.",
            "said",
            "claimed",
        ),
        (
            "The coach argued that the league had accused his players of cheating.",
            "argued",
            "accused",
        ),
    ],
)
def test_quotes_report_inside_a_report_is_the_outer_claim(
    text: str, outer: str, inner: str
) -> None:
    found = reports(text)
    assert outer in found
    assert inner not in found
    assert inner in found[outer][0]  # what the inner verb reports stays in the outer words


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Ms. Petrov said rents have doubled. A city survey shows that wages have not.",
            "said",
            "shows",
        ),
        (
            "The ministry claimed that the subsidy would return. The union denied that it would.",
            "claimed",
            "denied",
        ),
    ],
)
def test_quotes_reports_side_by_side_both_stay(text: str, first: str, second: str) -> None:
    found = reports(text)
    assert first in found
    assert second in found
