"""Issue 15: history a story recalls is no news event. An event its own clause dates years
before the article ("In 1944 the army invaded") keeps its code and its date but is
"historical", so the counts of what happened in the story's time leave it out, as they
leave out plans; an event of last year, or of the article's week, stays news. Sentences
written for these tests, read as of a story printed on 14 October 2024."""

from __future__ import annotations

import pytest

from newscoder.model import Event

PUBLISHED = "2024-10-14"


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, PUBLISHED).events


RECALLED = [
    ("In 1944 the Allied army invaded Normandy, and the town still marks the day.", "1944"),
    ("Troops shelled the old quarter of the city in 1999, killing dozens.", "1999"),
    ("Rebels attacked the garrison in 2016, a year before the peace deal.", "2016"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "year"), RECALLED)
def test_an_act_dated_years_back_is_history(text: str, year: str) -> None:
    found = events_of(text)
    violent = [e for e in found if e.cameo.startswith(("18", "19", "20"))]
    assert violent, found
    for event in violent:
        assert event.modality == "historical", (event.cameo, event.date, event.modality)
        assert (event.date or "").startswith(year)


NEWS = [
    "Rebels attacked the garrison on Saturday, killing four soldiers.",
    "Troops shelled the old quarter of the city last year, killing dozens.",
    "Police arrested twelve protesters in the capital in September.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", NEWS)
def test_an_act_of_this_year_or_last_stays_news(text: str) -> None:
    found = events_of(text)
    assert found
    assert all(e.modality != "historical" for e in found), [
        (e.cameo, e.date, e.modality) for e in found
    ]
