"""The offline gazetteer: name keys, lookups, spelling variants, distances."""

from __future__ import annotations

import pytest

from newscoder.places import gazetteer
from newscoder.places.gazetteer import CODE, SPELLING


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("São Paulo", "sao paulo"),
        ("St. Louis", "saint louis"),
        ("U.S.", "us"),
        ("Deir ez-Zor", "deir ez zor"),
        ("Ft. Worth", "fort worth"),
        ("  Abu   Dhabi ", "abu dhabi"),
        ("Tall \u2018Afar", "tall afar"),  # an ayn written as a turned comma
        ("Ma\u02bfarrat", "maarrat"),
    ],
)
def test_gazetteer_normalize(name: str, key: str) -> None:
    assert gazetteer.normalize(name) == key


@pytest.mark.parametrize(
    ("a", "b"),
    [("salah ad din", "salaheddin"), ("tuz khurmatu", "tuz khurmato"), ("al raqqah", "raqqa")],
)
def test_gazetteer_skeleton_joins_transliterations(a: str, b: str) -> None:
    assert gazetteer.skeleton(a) == gazetteer.skeleton(b)


@pytest.mark.parametrize(
    ("name", "cc", "fcode"),
    [
        ("Paris", "FR", "PPLC"),
        ("Paris", "US", "PPL"),  # Paris, Texas is a namesake in the same list
        ("Syria", "SY", "PCLI"),
        ("Texas", "US", "ADM1"),
        ("Britain", "GB", "PCLI"),
        ("Laurel County", "US", "ADM2"),
        ("Aleppo", "SY", "PPL"),
    ],
)
def test_gazetteer_lookup_finds_entry(name: str, cc: str, fcode: str) -> None:
    assert any(c.cc == cc and c.fcode == fcode for c in gazetteer.lookup(name))


def test_gazetteer_lookup_orders_by_population() -> None:
    populations = [c.population for c in gazetteer.lookup("Springfield")]
    assert populations == sorted(populations, reverse=True)
    assert len(populations) > 5


def test_gazetteer_codes_need_capitals() -> None:
    assert any(c.kind == CODE and c.cc == "US" for c in gazetteer.lookup("US"))
    assert not any(c.fcode == "PCLI" and c.cc == "US" for c in gazetteer.lookup("us"))


def test_gazetteer_demonym_names_country() -> None:
    found = gazetteer.lookup("Turkish")
    assert found and found[0].country == "TUR"


@pytest.mark.parametrize(
    ("name", "cc"), [("Tuz Khurmato", "IQ"), ("Salaheddin", "IQ")]
)
def test_gazetteer_spelling_variants(name: str, cc: str) -> None:
    assert gazetteer.lookup(name) == ()
    found = gazetteer.lookup(name, spelling=True)
    assert found and found[0].cc == cc and found[0].kind == SPELLING


def test_gazetteer_spelling_rejects_unrelated() -> None:
    assert gazetteer.lookup("Qwertyuiop", spelling=True) == ()


def test_gazetteer_country_and_region_points() -> None:
    usa = gazetteer.country("USA")
    assert usa is not None and usa.coords_from == "centroid"
    # the centre of the contiguous states lies in Kansas, not near Alaska or the east coast
    assert gazetteer.distance_km(usa.lat, usa.lon, 39.83, -98.58) < 161
    texas = gazetteer.admin1("US.TX")
    assert texas is not None and texas.name == "Texas"
    assert gazetteer.country("SY") == gazetteer.country("SYR")


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([(10.0, 20.0)], (10.0, 20.0)),
        ([(0.0, 0.0), (0.0, 2.0)], (0.0, 1.0)),  # two points: their midpoint
        ([(5.0, 5.0), (5.0, 5.0), (9.0, 1.0)], (5.0, 5.0)),  # two agree: theirs
        ([(-17.0, 179.0), (-17.0, -179.0)], (-17.0, 180.0)),  # across the date line
    ],
)
def test_gazetteer_geometric_median(
    points: list[tuple[float, float]], expected: tuple[float, float]
) -> None:
    lat, lon = gazetteer._geometric_median(points)
    assert gazetteer.distance_km(lat, lon, *expected) < 1


def test_gazetteer_country_point_near_every_convention() -> None:
    # GeoNames and the Factbook agree on Indonesia: that is its point
    indonesia = gazetteer.country("ID")
    assert indonesia is not None
    assert gazetteer.distance_km(indonesia.lat, indonesia.lon, -5.0, 120.0) < 1
    # they disagree on the US by ~230 km; its point stays near GeoNames' (Kansas)
    usa = gazetteer.country("US")
    assert usa is not None and gazetteer.distance_km(usa.lat, usa.lon, 39.76, -98.5) < 100


@pytest.mark.parametrize(
    ("geonames", "latlng", "expected"),
    [
        ((10.0, 20.0), [10.0, 20.0], (10.0, 20.0)),  # two agree: theirs
        ((10.0, 40.0), [10.0, 20.0], (10.0, 20.0)),  # none agree: the Factbook's
        (None, [10.0, 20.0], (10.0, 25.0)),  # two points only: their midpoint
    ],
)
def test_gazetteer_country_point_follows_agreement(
    geonames: tuple[float, float] | None, latlng: list[float], expected: tuple[float, float]
) -> None:
    # an outline whose landmass centre lies far (30° E) from the other two points
    ring = [[29.0, 9.0], [31.0, 9.0], [31.0, 11.0], [29.0, 11.0], [29.0, 9.0]]
    outline = {"features": [{"geometry": {"type": "Polygon", "coordinates": [ring]}}]}
    point = gazetteer._country_point({"latlng": latlng, "geoJSON": outline}, geonames)
    assert point is not None and gazetteer.distance_km(*point, *expected) < 1


@pytest.mark.parametrize(
    ("name", "cc"),
    [("Republic of Congo", "CG"), ("Democratic Republic of Congo", "CD"), ("Zaire", "CD"),
     ("America", "US"), ("Ceylon", "LK")],
)
def test_gazetteer_country_name_variants(name: str, cc: str) -> None:
    assert any(c.fcode == "PCLI" and c.cc == cc for c in gazetteer.lookup(name))


def test_gazetteer_one_capital_per_name() -> None:
    capitals = [c for c in gazetteer.lookup("Washington") if c.fcode == "PPLC"]
    assert [c.admin1 for c in capitals] == ["US.DC"]


def test_gazetteer_distance() -> None:
    # Paris to London is about 344 km
    assert gazetteer.distance_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(344, abs=5)
    assert gazetteer.distance_km(10.0, 20.0, 10.0, 20.0) == 0.0


def test_gazetteer_one_connection_per_process() -> None:
    assert gazetteer.connection() is gazetteer.connection()
