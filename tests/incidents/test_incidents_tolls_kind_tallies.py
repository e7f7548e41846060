"""A kind of occurrence counted over a whole year or month, in any tense ("road accidents
killed 3,000 people last year", "shootings wounded 80 in 2019") is a tally, not an
occurrence; an occurrence the story tells with a plural noun and a day stays one. Reports
written for these tests."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow]

# (report, publication date, the lead incident's (killed, injured), incidents in all)
CASES = [
    (
        "A lorry overturned on a highway near Cuenca on Monday, killing two drivers. "
        "Road accidents killed more than 2,500 people in Ecuador last year, officials said.",
        "2021-04-13", (2, None), 1,
    ),
    (
        "A man was stabbed to death outside a shop in Leicester on Sunday, police said. "
        "Stabbings left 240 people dead across England in 2018.",
        "2019-09-02", (1, None), 1,
    ),
    (
        "A bomb wounded six soldiers at a checkpoint in Kandahar on Thursday. "
        "Roadside attacks killed 900 civilians in the country last year.",
        "2016-02-05", (None, 6), 1,
    ),
]


@pytest.mark.parametrize(("text", "published", "tolls", "count"), CASES)
def test_kind_tallies_are_no_incident(
    text: str, published: str, tolls: tuple[int | None, int | None], count: int
) -> None:
    from newscoder.pipeline import analyze

    incidents = [i for i in analyze(text, published=published).incidents if i.kind != "arrest"]
    lead = next(i for i in incidents if i.lead)
    assert (lead.fatalities, lead.injured) == tolls, incidents
    assert len(incidents) == count, incidents
