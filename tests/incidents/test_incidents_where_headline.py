"""Issue 25 item 2: the headline's town as a clue to where the lead incident happened.

A local story names its town in the headline ("Two hurt in Lakeland shooting") and, in the
text, other towns as well: where the suspect was caught, where a victim lived. The headline's
town weighs as one more mention of it. Each case is a short report written for these tests.
"""

from __future__ import annotations

import pytest

from newscoder.model import IncidentPlace

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


def lead_place(text: str, title: str | None) -> IncidentPlace | None:
    from newscoder.pipeline import analyze

    analysis = analyze(text, published="2016-03-14", title=title)
    leads = [i for i in analysis.incidents if i.lead]
    assert len(leads) == 1, analysis.incidents
    return leads[0].place


ARREST_FIRST = (
    "A man wanted in a weekend shooting was arrested in Tampa on Sunday, deputies said. "
    "The shooting happened on Saturday night outside a bar in Lakeland. Two men were "
    "wounded."
)
NEIGHBOURS = (
    "Two teenagers were hurt when someone fired into a crowd outside a gym in Canton on "
    "Friday night, police said. One of them lives in Massillon."
)


@pytest.mark.parametrize(
    ("text", "title", "town"),
    [
        # the text names both towns once: the first named wins on a tie
        (ARREST_FIRST, None, "Tampa"),
        # the headline names where it happened, which breaks the tie
        (ARREST_FIRST, "Man arrested in Lakeland bar shooting", "Lakeland"),
        (NEIGHBOURS, "Two teens shot outside Massillon gym", "Massillon"),
        # one headline mention does not outweigh a town the text names twice
        (NEIGHBOURS.replace("One of them", "Canton police said one of them"),
         "Two teens shot outside Massillon gym", "Canton"),
    ],
)
def test_headline_town_weighs_as_a_mention(text: str, title: str | None, town: str) -> None:
    place = lead_place(text, title)
    assert place is not None
    assert place.name == town


def test_headline_town_the_text_never_names() -> None:
    """The text tells the state (its county and its capital) but no town of the act: the
    headline's town is where it happened, recorded as read from the title."""
    text = (
        "Two people were killed and three hurt when a gunman opened fire at a house party "
        "early Sunday, Lincoln County deputies said. The wounded were flown to a hospital "
        "in Jackson, Mississippi."
    )
    place = lead_place(text, "2 dead, 3 hurt in Brookhaven party shooting")
    assert place is not None
    assert (place.name, place.admin1, place.source) == ("Brookhaven", "Mississippi", "title")


@pytest.mark.parametrize(
    ("text", "title", "town", "state"),
    [
        # a stub page whose headline tells the incident but names no place: the place is
        # where the text's own places are
        ("Read more local news from Wichita and the rest of Kansas every morning. "
         "Subscribe today.", "Man killed in weekend shooting identified", "Wichita", "Kansas"),
        ("Sign in to keep reading stories from across Idaho.",
         "Teen hurt in accidental shooting", None, "Idaho"),
    ],
)
def test_headline_incident_placed_by_the_text(
    text: str, title: str, town: str | None, state: str
) -> None:
    place = lead_place(text, title)
    assert place is not None
    assert place.admin1 == state
    assert (place.name if place.precision in ("city", "point") else None) == town
