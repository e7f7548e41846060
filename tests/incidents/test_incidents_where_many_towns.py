"""Issue 25: one famous foreign name (a venue named after a city abroad) does not outweigh a
story told in several towns of one country, even where none of those towns is the best-known
of its name. Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A man was shot outside a tavern in Milford early Sunday, police said. He had played "
         "a show earlier at Benghazi Kedem with friends. He was taken to a hospital in Shelton "
         "and later moved to a trauma center in Derby, Milford police said.", "Milford"),
    ],
)
def test_incidents_where_many_towns_outweigh_one_famous_name(text: str, town: str) -> None:
    from newscoder.pipeline import analyze

    lead = next(i for i in analyze(text, published="2016-07-11").incidents if i.lead)
    assert lead.place is not None and lead.place.name == town
