"""Issue 25 item 2: a foreign country needs evidence in the story. A country the text names
by towns alone (most towns have namesakes abroad: a casino, a quarter, a surname read as a
village) does not outvote one it names by more than its name — a county or a state told as
one, a state with a town of it, a city known by its name alone, its people — and a country
named only as such ("he had moved from Iraq") grounds nothing. Cases made up for these
tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newscoder.incidents.where import home_country
from newscoder.model import Place

pytestmark = pytest.mark.issue(25)

# (text, country, GeoNames feature code, first-level region, GeoNames id, mentions)
Named = tuple[str, str, str, str | None, int | None, int]


def story(*named: Named, text: str = "") -> SimpleNamespace:
    """A document whose places are these, said as often as given."""
    places, at = [], 0
    for name, country, code, admin1, gid, times in named:
        for _ in range(times):
            places.append(Place(start=at, end=at + len(name), name=name, country=country,
                                feature_code=code, admin1=admin1, geonameid=gid, text=name))
            at += 100
    body = text or " " * at
    analysis = SimpleNamespace(places=places, mentions=[])
    return SimpleNamespace(text=body, analysis=analysis, scratch={})


@pytest.mark.parametrize(
    ("named", "home"),
    [
        # a village abroad said three times, a county at home once
        ((("Portovecchio", "ITA", "PPL", "Liguria", 1, 3),
          ("Lone Pine County", "USA", "ADM2", "Nevada", 2, 1)), "USA"),
        # a state with a town of it
        ((("Ashbury", "GBR", "PPL", "England", 3, 2), ("Texas", "USA", "ADM1", "Texas", 4, 1),
          ("Corley", "USA", "PPL", "Texas", 5, 1)), "USA"),
        # a country named only as such grounds nothing: the towns decide
        ((("Iraq", "IRQ", "PCLI", None, 6, 1), ("Dunmore", "USA", "PPL", "Ohio", 7, 3)), "USA"),
        # a story abroad that names its country stays there
        ((("Gusau", "NGA", "PPL", "Zamfara", 8, 2), ("Nigeria", "NGA", "PCLI", None, 9, 1),
          ("Paris", "USA", "PPL", "Texas", 10, 1)), "NGA"),
        # nothing told anywhere: as before, the towns decide
        ((("Ashbury", "GBR", "PPL", "England", 3, 3), ("Dunmore", "USA", "PPL", "Ohio", 7, 1)),
         "GBR"),
    ],
)
def test_incidents_home_needs_a_told_country(named: tuple[Named, ...], home: str | None) -> None:
    assert home_country(story(*named)) == home  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Two guests were grazed by bullets outside the Portofino on Friday night, the Clark "
         "County Sheriff's Office said. Guards at the Portofino held the shooter until "
         "deputies arrived.", "Nevada"),
        ("A woman was shot outside a bakery in Whitehaven on Sunday, Memphis police said. "
         "Whitehaven neighbors said they heard four shots.", "Tennessee"),
    ],
)
def test_incidents_foreign_namesake_needs_evidence(text: str, state: str) -> None:
    from newscoder.pipeline import analyze

    lead = next((i for i in analyze(text, published="2016-03-14").incidents if i.lead), None)
    assert lead is not None and lead.place is not None
    assert lead.place.admin1 == state
