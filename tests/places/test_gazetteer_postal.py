"""Issue 25 item 2: US post offices' towns that GeoNames' cities500 lacks.

The build adds a post office's town once per state, at the mean point of its delivery codes,
with no population and no GeoNames id; never beside a town of the name already in that
state, nor under the name of a big city, a country or a state. Invented records.
"""

from __future__ import annotations

import pytest

from newscoder.places import gazetteer
from newscoder.places.gazetteer import PRIMARY, _add_postal_towns, _Builder

pytestmark = pytest.mark.issue(25)


def _builder() -> _Builder:
    builder = _Builder()
    rows = {
        1: ("Ohio", 40.0, -82.5, "A", "ADM1", "USA", "US", "US.OH", 11_000_000, "centroid"),
        2: ("Kentucky", 37.5, -85.0, "A", "ADM1", "USA", "US", "US.KY", 4_500_000, "centroid"),
        3: ("Greenfield", 39.2, -83.4, "P", "PPL", "USA", "US", "US.OH", 4_600, "point"),
        4: ("Bigtown", 39.9, -83.0, "P", "PPL", "USA", "US", "US.OH", 900_000, "point"),
    }
    for gid, row in rows.items():
        builder.add_place(gid, row)
        builder.add_alias(str(row[0]), gid, PRIMARY)
    return builder


def _office(town: str, state: str, lat: str, lon: str) -> dict[str, object]:
    return {"city": town, "state": state, "lat": lat, "long": lon, "county": "Pine County",
            "active": True, "zip_code_type": "STANDARD"}


@pytest.mark.parametrize(
    ("town", "state", "added"),
    [
        ("Maple Hollow", "OH", True),  # no town of the name anywhere
        ("Greenfield", "KY", True),  # the name's town is in another state
        ("Greenfield", "OH", False),  # the state already has it
        ("Bigtown", "KY", False),  # a big city's name is the city's
        ("Kentucky", "OH", False),  # a state's name is the state's
        ("Maple Hollow", "PR", False),  # no first-level region of the gazetteer
    ],
)
def test_gazetteer_postal_which_towns_are_added(
    monkeypatch: pytest.MonkeyPatch, town: str, state: str, added: bool
) -> None:
    offices = {(town, state): [_office(town, state, "38.0", "-84.0")]}
    monkeypatch.setattr(gazetteer, "_postal_towns", lambda: offices)
    builder = _builder()
    _add_postal_towns(builder)
    new = [row for gid, row in builder.places.items() if gid < 0]
    assert (len(new) == 1) is added
    if added:
        assert new[0][0] == town and new[0][7] == f"US.{state}" and new[0][8] == 0


def test_gazetteer_postal_point_is_the_mean_of_its_offices(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offices = {("Maple Hollow", "KY"): [_office("Maple Hollow", "KY", "38.0", "-84.0"),
                                         _office("Maple Hollow", "KY", "38.2", "-84.4")]}
    monkeypatch.setattr(gazetteer, "_postal_towns", lambda: offices)
    builder = _builder()
    _add_postal_towns(builder)
    (gid, row), = ((g, r) for g, r in builder.places.items() if g < 0)
    assert row[1] == pytest.approx(38.1) and row[2] == pytest.approx(-84.2)
    assert builder.admin2[gid] == "Pine County"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        ("Agents are looking into a death at a farm in Toone, Tennessee, on Sunday.", "Toone",
         "Tennessee"),
        ("MEHERRIN, Va. — A hunter was wounded on Saturday morning.", "MEHERRIN", "Virginia"),
    ],
)
def test_gazetteer_postal_town_named_with_its_state(text: str, word: str, admin1: str) -> None:
    from places_reading import places_of

    place = places_of(text).get(word)
    assert place is not None and place.admin1 == admin1 and place.precision == "city"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        # the tagger calls it a place: kept though the story does not name its state
        ("A hunter was shot on Saturday near Snowville, deputies said.", "Snowville", "Utah"),
    ],
)
def test_gazetteer_postal_town_the_tagger_calls_a_place(
    text: str, word: str, admin1: str
) -> None:
    from places_reading import places_of

    place = places_of(text).get(word)
    assert place is not None and place.admin1 == admin1
