"""Issue 25: a town named only as where the wounded were cared for is not where they were shot.

A local story names the hospital's town ("taken to a hospital in Seatville", "Seatville
Regional Medical Center") as often as the scene's; those mentions say where the victims
went, so they do not count toward the story's town. The places are built by hand, each at
its offset in a short text written for these tests.
"""

from __future__ import annotations

import pytest

from newscoder.incidents.story import principal_town
from newscoder.model import Place

pytestmark = [pytest.mark.issue(25)]


def places_in(text: str, names: list[str]) -> list[Place]:
    """Each name at each of its offsets in the text, as a post office town of one state."""
    found = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            found.append(Place(start=start, end=start + len(name), name=name, geonameid=None,
                               lat=40.0, lon=-82.0, country="USA", admin1="Ohio",
                               precision="city", feature_code="PPL", text=name))
            start = text.find(name, start + 1)
    return sorted(found, key=lambda p: p.start)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # the ambulance's destination, twice, against the scene once
        ("A farmhand was shot on a road outside Elm Crossing late Friday. He was taken to "
         "Seatville, then flown to Pine Notch, and later moved to a hospital in Seatville.",
         ["Elm Crossing", "Seatville", "Pine Notch"], "Elm Crossing"),
        # the town inside a hospital's own name and after 'a hospital in'
        ("Two cousins were wounded on a porch in Cedar Ford on Sunday. Both were treated at "
         "Seatville Regional Medical Center; a third man went to a hospital in Seatville.",
         ["Cedar Ford", "Seatville"], "Cedar Ford"),
        # a town named as the scene still wins when the victims stayed there
        ("A man was shot in Seatville on Monday. Seatville police said the man was taken to "
         "a hospital in Pine Notch.", ["Seatville", "Pine Notch"], "Seatville"),
    ],
)
def test_incidents_where_care_town_not_scene(text: str, names: list[str], expected: str) -> None:
    found = principal_town(places_in(text, names), [], text)
    assert found is not None
    assert found.name == expected
