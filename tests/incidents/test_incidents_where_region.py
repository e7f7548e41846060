"""Issue 25 item 2: a region of another state in the incident's own text moves a local
story's incident there only where the text tells it as where it happened ("in Zamfara
state"), not as where someone fled, a street's or an office's name, or a county named like
one of the story's own state. Each case is a short report written for these tests.
"""

from __future__ import annotations

import pytest

from newscoder.model import IncidentPlace

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


def lead_place(text: str) -> IncidentPlace | None:
    from newscoder.pipeline import analyze

    leads = [i for i in analyze(text, published="2017-09-18").incidents if i.lead]
    assert len(leads) == 1
    return leads[0].place


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        # where the killer fled is not where he killed
        ("Police said a man killed his wife and then fled to California, where he was "
         "arrested. Boise police found the woman at their home in Boise on Sunday. Boise "
         "detectives said the couple had argued.", "Boise", "Idaho"),
        # a street named after a state
        ("The shooting happened off Central Avenue and Wyoming Boulevard late on Friday. "
         "Albuquerque police said two men were hurt. Officers in Albuquerque are looking "
         "for a white truck.", "Albuquerque", "New Mexico"),
        # a region told as where it happened still moves it (a village of another state)
        ("MAIDUGURI, Nigeria - Soldiers in Maiduguri and Bama said the roads in Borno were "
         "quiet on Monday.\n\nIn another attack, gunmen killed 12 farmers in the village "
         "of Kadisau in Zamfara state on Sunday, residents said.", None, "Zamfara"),
    ],
)
def test_incidents_region_elsewhere_told_as_where(
    text: str, town: str | None, state: str
) -> None:
    place = lead_place(text)
    assert place is not None
    assert place.admin1 == state
    assert (place.name if place.precision == "city" else None) == town
