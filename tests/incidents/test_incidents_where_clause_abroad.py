"""A town abroad that an occurrence's own clause sets in its country ("launched drones at
the Saudi city of Abha") is where that occurrence happened, not the story's own town
from the dateline. Reports written for these tests."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow]

# (report, publication date, the other incident's injured, its place, its country)
CASES = [
    (
        "SANAA, Yemen - Air strikes killed six fighters near Sanaa on Wednesday, residents "
        "said. Two days before, Houthi forces launched drones at the Saudi city of Abha, "
        "wounding eight people, a Saudi official said.",
        "2021-02-11", 8, "Abha", "SAU",
    ),
    (
        "MOSUL, Iraq - A car bomb killed nine people at a market in Mosul on Sunday, police "
        "said. On Friday, a suicide bomber struck a checkpoint in the Syrian city of "
        "Deir ez-Zor, wounding seven soldiers, a monitor said.",
        "2017-03-13", 7, "Deir ez-Zor", "SYR",
    ),
    (
        "KABUL - Gunmen killed four guards at a bank in Kabul on Tuesday, officials said. "
        "A day earlier, a blast hit a bus in the Pakistani city of Peshawar, wounding "
        "twelve passengers, police there said.",
        "2018-05-09", 12, "Peshawar", "PAK",
    ),
]


@pytest.mark.parametrize(("text", "published", "injured", "name", "country"), CASES)
def test_clause_town_abroad_wins(
    text: str, published: str, injured: int, name: str, country: str
) -> None:
    from newscoder.pipeline import analyze

    incidents = analyze(text, published=published).incidents
    other = next(i for i in incidents if i.injured == injured)
    assert other.place is not None, incidents
    assert (other.place.name, other.place.country) == (name, country), incidents
