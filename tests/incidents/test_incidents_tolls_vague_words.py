"""A vague word inside a counted phrase: "as many as four" is four, "dozens" is ACLED's
twelve (issue 18).

Figures are built by hand; no text is read.
"""

from __future__ import annotations

import pytest

from newscoder.incidents.tolls import incident_toll
from newscoder.model import Figure


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "value", "qualifier", "toll", "estimate"),
    [
        # the number is given: the vague word only belongs to "as many as"
        ("as many as four", 4.0, "at_most", 4, True),
        ("as many as 6", 6.0, "at_most", 6, True),
        ("as many as twenty-two", 22.0, "at_most", 22, True),
        # no number: ACLED's convention for the vague word
        ("dozens", 24.0, "range", 12, True),
        ("hundreds", 200.0, "range", 100, True),
    ],
)
def test_incidents_tolls_vague_word_with_a_number(
    text: str, value: float, qualifier: str, toll: int, estimate: bool
) -> None:
    figure = Figure(0, len(text), value, "injured", qualifier=qualifier, text=text)
    found = incident_toll([figure], [0], "injured")
    assert found is not None
    assert (found.value, found.estimate) == (toll, estimate)
