"""One person joined by "and" before a count of people is one more of them: "a woman, who
was on her porch, and three men", "a 3-year-old and four adults" (issue 18).

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
        # a relative clause set off by commas does not end the list
        ("A woman, who was sitting on her porch, and three men were hospitalized after the"
         " shooting.", 0, 4),
        # a person told by an age, which the parser takes for the count's adjective
        ("A 3-year-old and four adults were shot at the park.", 0, 5),
        # ... not an age that describes the people counted
        ("Four 16-year-old boys were shot at the park.", 0, 4),
        # ... nor a clause that is no aside: the "and" goes on the clause
        ("A man wounded in a shooting near Oak and Elm was taken to a hospital.", 0, 1),
    ],
)
def test_figures_person_before_count(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
