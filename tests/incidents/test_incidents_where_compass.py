"""Issue 25 item 2: a part of a city told by the compass ("the Far South Side", "the North
Side", "Northwest") is no place of its own: the gazetteer finds a hamlet or a province of
those words ("Far", Texas; the Cayman Islands' North Side), where the story means a part of
the city it names. Reports written for these tests.
"""

from __future__ import annotations

import pytest

from newscoder.incidents.where import compass_part
from newscoder.model import Place

pytestmark = [pytest.mark.issue(25)]


def _place(text: str, name: str) -> Place:
    return Place(start=0, end=len(text), name=name, text=text, geonameid=1, country="USA",
                 admin1="Texas", feature_code="PPL", precision="city")


@pytest.mark.parametrize(
    ("text", "name", "part"),
    [
        ("North Side", "North Side", True),
        ("Far", "Far", True),
        ("Far South Side", "Far South Side", True),
        ("Northwest", "Northwest", True),
        # another name of a city: the gazetteer's reading says which
        ("South Side", "Chicago", False),
        # a town whose name opens with a compass word
        ("North Platte", "North Platte", False),
        ("Southside Place", "Southside Place", False),
    ],
)
def test_incidents_compass_part(text: str, name: str, part: bool) -> None:
    assert compass_part(_place(text, name)) is part


@pytest.mark.slow
def test_incidents_compass_part_not_the_town() -> None:
    from newscoder.pipeline import analyze

    text = ("SAN ANTONIO — Two men were shot on the North Side late Friday, San Antonio police "
            "said. The North Side shooting followed a fight outside a bar, police said.")
    leads = [i for i in analyze(text, published="2016-05-02").incidents if i.lead]
    assert len(leads) == 1
    assert leads[0].place is not None
    assert (leads[0].place.name, leads[0].place.admin1) == ("San Antonio", "Texas")
