"""Tolls the figures stage adds up or derives are counts, not estimates (issues 18 and 25).

Figures are built by hand; no text is read.
"""

from __future__ import annotations

import pytest

from newscoder.incidents.tolls import incident_toll
from newscoder.model import Figure


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("qualifier", "estimate"),
    [
        ("exact", False),
        ("derived", False),  # "four shot, one died": three wounded
        ("summed", False),  # "two in hospital and another treated": three
        ("with_killer", False),  # "killed two and then himself": three
        ("about", True),
        ("at_least", True),
    ],
)
def test_incidents_tolls_stated_or_estimated(qualifier: str, estimate: bool) -> None:
    figure = Figure(0, 5, 3.0, "injured", qualifier=qualifier, text="three")
    toll = incident_toll([figure], [0], "injured")
    assert toll is not None
    assert (toll.value, toll.estimate) == (3, estimate)
