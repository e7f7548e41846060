"""Issue 25: the country a story is told from, counted by its place names, not by how often
one name is repeated — a surname said twenty times and read as a foreign town ("Officer
Roman ... Roman then drove") does not move a story whose other places are all at home.
Cases made up for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newscoder.incidents.where import home_country
from newscoder.model import Place

pytestmark = pytest.mark.issue(25)


def story(*named: tuple[str, str, int]) -> SimpleNamespace:
    """A document whose places are these (text, country, mentions)."""
    places, at = [], 0
    for text, country, times in named:
        for _ in range(times):
            places.append(Place(start=at, end=at + len(text), name=text, country=country,
                                text=text))
            at += 100
    analysis = SimpleNamespace(places=places, mentions=[])
    return SimpleNamespace(text=" " * at, analysis=analysis, scratch={})


@pytest.mark.parametrize(
    ("named", "home"),
    [
        # one name said often (a person misread) against three home places
        ((("Roman", "ROU", 20), ("Colonie", "USA", 5), ("Troy", "USA", 1),
          ("Albany", "USA", 2)), "USA"),
        # names tie: every mention votes
        ((("Jackson", "USA", 4), ("Bar", "MNE", 2)), "USA"),
        # a foreign story stays foreign
        ((("Mogadishu", "SOM", 4), ("Somalia", "SOM", 2), ("Nairobi", "KEN", 1)), "SOM"),
        # no clear home
        ((("Paris", "FRA", 1), ("Berlin", "DEU", 1)), None),
        ((), None),
    ],
)
def test_home_country_counts_names(named: tuple[tuple[str, str, int], ...],
                                   home: str | None) -> None:
    assert home_country(story(*named)) == home  # type: ignore[arg-type]
