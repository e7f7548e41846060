"""Issue 25 item 1: arson is someone's act, not a blaze that broke out, and a raid that kills
is violence even where ACLED's reading types it as arrests. "They set fire to several shops"
after an attack, or "a fire broke out during the raid", is part of that attack, not a second
incident (a fire with no toll); a raid that harms no one and ends in arrests stays one
arrest. Reports written for these tests."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]

# (report, publication date, the lead incident's kind and killed, incidents in all)
CASES = [
    (
        "Gunmen raided a village in Zamfara state on Tuesday, killing 12 farmers. The "
        "attackers set fire to houses during the raid, residents said.",
        "2021-03-10", ("violence", 12), 1,
    ),
    (
        "Gunmen raided a market in Kaduna state on Monday, killing seven traders. They set "
        "fire to several shops before escaping.",
        "2021-03-16", ("violence", 7), 1,
    ),
    # a blaze told as during the raid is part of it
    (
        "Soldiers raided a camp near Maiduguri on Friday and killed five militants. A fire "
        "broke out during the raid.",
        "2021-03-13", ("violence", 5), 1,
    ),
    # arson alone is an attack on property
    (
        "Someone set fire to a mosque in Dublin on Friday night, police said.",
        "2021-03-13", ("violence", None), 1,
    ),
    # a fire that broke out is no one's act
    (
        "A fire broke out in a warehouse in Cork on Friday night, killing two workers.",
        "2021-03-13", ("disaster", 2), 1,
    ),
    # a raid that harms no one stays the arrest it led to
    (
        "Police raided a house in Dayton on Tuesday and arrested three men.",
        "2021-03-10", ("arrest", None), 1,
    ),
]


@pytest.mark.parametrize(("text", "published", "lead", "count"), CASES)
def test_raids_and_arson(
    text: str, published: str, lead: tuple[str, int | None], count: int
) -> None:
    from newscoder.pipeline import analyze

    incidents = analyze(text, published=published).incidents
    found = next(i for i in incidents if i.lead)
    assert (found.kind, found.fatalities) == lead, incidents
    assert len(incidents) == count, incidents
