"""A member of a group named as hurt with an age and no name ("a 7-year-old girl and her
mother were shot") is the one told dead later by the same age with a name ("7-year-old Iris
Ruiz died"): one killed, one wounded (issue 18).

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
        ("A 9-year-old boy and his uncle were shot on the porch on Friday night. Police said"
         " 9-year-old Caleb Munro died at the hospital on Saturday.", 1, 1),
        ("A 4-year-old girl and her grandmother were wounded in the kitchen. On Monday,"
         " 4-year-old Nia Bell died of her wounds.", 1, 1),
        # ... not one of another age
        ("A 9-year-old boy and his uncle were shot on the porch on Friday night. Police said"
         " 12-year-old Caleb Munro died at the hospital on Saturday.", 1, 2),
    ],
)
def test_figures_named_later_by_age(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
