"""Issue 25 item 2: a quarter of a US city, or a place with no post office of its own, lies
in the town whose post office delivers it; a town with its own post office stays itself.

Read against the built gazetteer and the ``zipcodes`` package's delivery codes: the cases are
places whose post office facts are stable (Chicago's Rogers Park, Indianapolis' Broad Ripple).
"""

from __future__ import annotations

import pytest

from newscoder.places import gazetteer
from newscoder.places.postal import postal_town

pytestmark = pytest.mark.issue(25)


def _entry(name: str, state: str) -> gazetteer.Candidate:
    towns = [
        c for c in gazetteer.lookup(name)
        if c.fclass == "P" and c.admin1 == state and c.kind == gazetteer.PRIMARY
    ]
    assert towns, f"{name} ({state}) missing from the gazetteer"
    return max(towns, key=lambda c: c.population)


@pytest.mark.parametrize(
    ("name", "state", "town"),
    [
        ("Rogers Park", "US.IL", "Chicago"),  # a quarter on the city's north side
        ("Broad Ripple", "US.IN", "Indianapolis"),
        ("Albany Park", "US.IL", "Chicago"),
        ("Orchard Mesa", "US.CO", "Grand Junction"),  # unincorporated, across the river
        # towns with post offices of their own, beside bigger cities
        ("Evanston", "US.IL", None),
        ("Compton", "US.CA", None),
        ("Cicero", "US.IL", None),
        # the post office writes "Mc Kees Rocks": the same name
        ("McKees Rocks", "US.PA", None),
    ],
)
def test_places_postal_town(name: str, state: str, town: str | None) -> None:
    found = postal_town(_entry(name, state))
    assert (found.name if found is not None else None) == town
    if found is not None:
        assert found.admin1 == state


def test_places_postal_town_abroad() -> None:
    """Outside the US there are no delivery codes to read: the town stays itself."""
    paris = next(c for c in gazetteer.lookup("Paris") if c.cc == "FR" and c.fclass == "P")
    assert postal_town(paris) is None
