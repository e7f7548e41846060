"""Issue 25: a town known only by its post office (no GeoNames id) can be a story's town.

The places are built by hand: what is tested is how the story's town is chosen among them,
not how the names are found or resolved.
"""

from __future__ import annotations

import pytest

from newscoder.incidents.story import principal_town
from newscoder.model import Place, Span

pytestmark = [pytest.mark.issue(25)]


def town(name: str, start: int, geonameid: int | None, state: str = "Ohio") -> Place:
    return Place(start=start, end=start + len(name), name=name, geonameid=geonameid,
                 lat=40.0, lon=-82.0, country="USA", admin1=state, precision="city",
                 feature_code="PPL", text=name)


@pytest.mark.parametrize(
    ("places", "datelines", "expected"),
    [
        # a village named three times outweighs the county seat its victim was taken to
        ([town("Millbrook Hollow", 10, None), town("Seatville", 80, 9_000_001),
          town("Millbrook Hollow", 140, None), town("Millbrook Hollow", 300, None)],
         [], ("Millbrook Hollow", None)),
        # two post offices' towns are told apart by name: the one said more often wins
        ([town("Cedar Ford", 5, None), town("Pine Notch", 50, None),
          town("Pine Notch", 90, None)], [], ("Pine Notch", None)),
        # a namesake in another state is another town
        ([town("Ashby Run", 5, None, "Ohio"), town("Ashby Run", 60, None, "Indiana"),
          town("Gravel Bend", 120, None)], [], ("Ashby Run", None)),
        # the dateline's post office town is where the story is filed, not where it happened
        ([town("Courtston", 0, None), town("Elm Crossing", 40, None)],
         [Span(0, 12)], ("Elm Crossing", None)),
        # with no other town named, the GeoNames town said most still wins over one said once
        ([town("Seatville", 5, 9_000_001), town("Seatville", 70, 9_000_001),
          town("Cedar Ford", 120, None)], [], ("Seatville", 9_000_001)),
    ],
)
def test_incidents_where_postal_town(
    places: list[Place], datelines: list[Span], expected: tuple[str, int | None]
) -> None:
    found = principal_town(places, datelines)
    assert found is not None
    assert (found.name, found.geonameid) == expected


def test_incidents_where_postal_town_none() -> None:
    assert principal_town([]) is None
