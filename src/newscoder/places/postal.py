"""The town a US address gives for a place inside it.

GeoNames' populated places include the quarters of big cities and unincorporated places
("Rogers Park", "Broad Ripple", "Mead Valley") as towns of their own. An address there, and
so a record of an incident there (police reports, the Gun Violence Archive), gives the town
whose post office delivers it: "6740 N. Clark St, Chicago". The ``zipcodes`` package (already
read to build the gazetteer) holds every delivery code with its town and point; a place
whose name no post office of its state bears, lying next to the point of a code of a much
bigger town, is read as lying in that town.

Reads nothing of a document: :func:`postal_town` answers for one gazetteer entry.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from newscoder.places import gazetteer

# A delivery code's point this close to the place (km) says the code serves it; farther, the
# nearest code may be another town's across a county of farmland.
MAX_KM = 8.0
# The post office's town must be a town known in its own right, and much bigger than the
# place: a hamlet next to another hamlet's office keeps its own name.
MIN_TOWN_POPULATION = 2000
MIN_RATIO = 3
# the kinds of code that mark where people live (not a PO box, a firm's own code, a base)
RESIDENTIAL = "STANDARD"
Cell = tuple[str, int, int]  # state, whole degrees of latitude and longitude


def _key(name: str) -> str:
    """A name as post offices and GeoNames both write it ("Mc Kees Rocks", "McKees Rocks")."""
    return gazetteer.normalize(name).replace(" ", "")


@lru_cache(maxsize=1)
def _offices() -> tuple[frozenset[tuple[str, str]], dict[Cell, list[tuple[float, float, str]]]]:
    """The (town, state) pairs post offices bear, and the codes' points by state and cell."""
    import zipcodes

    towns: set[tuple[str, str]] = set()
    cells: dict[Cell, list[tuple[float, float, str]]] = defaultdict(list)
    for record in zipcodes.list_all():
        if not record.get("active") or record.get("zip_code_type") != RESIDENTIAL:
            continue
        state, city = str(record["state"]), str(record["city"])
        towns.add((_key(city), state))
        towns.update((_key(other), state) for other in record.get("acceptable_cities") or [])
        try:
            lat, lon = float(record["lat"]), float(record["long"])
        except (TypeError, ValueError):
            continue
        cells[(state, int(lat // 1), int(lon // 1))].append((lat, lon, city))
    return frozenset(towns), dict(cells)


def _nearest_office(state: str, lat: float, lon: float) -> tuple[str, float] | None:
    """The town of the delivery code nearest the point, within the state, and its distance."""
    _, cells = _offices()
    best: tuple[str, float] | None = None
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for olat, olon, town in cells.get((state, int(lat // 1) + dlat,
                                               int(lon // 1) + dlon), []):
                distance = gazetteer.distance_km(lat, lon, olat, olon)
                if best is None or distance < best[1]:
                    best = (town, distance)
    return best


def postal_town(entry: gazetteer.Candidate) -> gazetteer.Candidate | None:
    """The bigger town whose post office delivers a US populated place that no office of
    its state is named after ("Rogers Park" -> Chicago), else None."""
    if entry.cc != "US" or entry.fclass != "P" or not entry.admin1 or gazetteer.is_postal(entry):
        return None
    state = entry.admin1.split(".", 1)[1]
    towns, _ = _offices()
    if (_key(entry.name), state) in towns:
        return None
    found = _nearest_office(state, entry.lat, entry.lon)
    if found is None or found[1] > MAX_KM:
        return None
    town = _town_named(found[0], entry.admin1)
    if town is None or town.geonameid == entry.geonameid:
        return None
    if town.population < max(MIN_TOWN_POPULATION, MIN_RATIO * entry.population):
        return None
    return town


@lru_cache(maxsize=4096)
def _town_named(name: str, admin1: str) -> gazetteer.Candidate | None:
    """The most populous town of a name in a state (GeoNames spells "Saint Louis" where the
    post office writes "Saint Louis" or "St Louis": both normalise alike)."""
    towns = [
        c for c in gazetteer.lookup(name)
        if c.fclass == "P" and c.admin1 == admin1 and c.kind == gazetteer.PRIMARY
    ]
    return max(towns, key=lambda c: c.population, default=None)
