"""A toll told alone in the sentence after an occurrence that is not violence (a protest put
down, a crash, a fire) is that occurrence's toll: one incident, not a second one made of
the toll alone."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

# (report, publication date, the lead incident's (killed, injured), incidents in all)
CASES = [
    (
        "Riot police used tear gas and rubber bullets to break up a march of teachers in "
        "central Santiago on Thursday. At least 17 people were hurt, the fire service said.",
        "2024-04-19", (None, 17), 1,
    ),
    (
        "A minibus carrying farm workers overturned on a highway outside Nakuru late on "
        "Sunday. Nine passengers were killed and 12 others were injured, police said.",
        "2024-04-22", (9, 12), 1,
    ),
    (
        "Hundreds of miners rallied outside the regional governor's office in Potosi on "
        "Monday to demand unpaid wages. Six of them were injured when police charged the "
        "crowd.",
        "2024-04-23", (None, 6), 1,
    ),
    # a toll that says it is another occurrence's stays apart
    (
        "Police broke up a sit-in by nurses outside the health ministry in Lima on Friday. "
        "In a similar protest last year, 12 people were injured.",
        "2024-04-27", (None, None), 2,
    ),
]


@pytest.mark.parametrize(("text", "published", "tolls", "count"), CASES)
def test_toll_told_after(
    text: str, published: str, tolls: tuple[int | None, int | None], count: int
) -> None:
    from newscoder.pipeline import analyze

    incidents = analyze(text, published=published).incidents
    lead = next(i for i in incidents if i.lead)
    assert (lead.fatalities, lead.injured) == tolls, incidents
    assert len(incidents) == count, incidents
