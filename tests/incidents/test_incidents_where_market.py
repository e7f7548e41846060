"""Issue 25 item 2: the outlet a title names ("... - FOX Carolina 21 - Greenville, SC") says
in which state a local story happens where the text leaves a town's state open: a town of
the name in that state is the one meant. A state the text names binds over it. Each case is
a short report written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]

STORY = (
    "Duncan police are looking for whoever shot a teenager in the face on Sunday. Duncan "
    "officers said the boy was taken to a hospital and is expected to live."
)


@pytest.mark.parametrize(
    ("text", "title", "state"),
    [
        (STORY, "Duncan teen shot in face - FOX Carolina 21 - Greenville, SC", "South Carolina"),
        (STORY, "Teen shot in face - KSWO 7 News - Lawton, Oklahoma", "Oklahoma"),
        # without an outlet the gazetteer's reading stands
        (STORY, "Duncan teen shot in face", "Oklahoma"),
        # the text names the town's state: the outlet's state does not move it
        (STORY.replace("on Sunday.", "in Duncan, Okla., on Sunday."),
         "Duncan teen shot in face - WXYZ News 5 - Columbia, South Carolina", "Oklahoma"),
        # a page whose text names no place: the outlet's state
        ("Sign in to read this story.", "Man killed in weekend shooting - WSFA 12 News "
         "- Montgomery, Alabama", "Alabama"),
    ],
)
def test_incidents_outlet_state(text: str, title: str, state: str) -> None:
    from newscoder.pipeline import analyze

    leads = [i for i in analyze(text, published="2015-07-29", title=title).incidents if i.lead]
    assert len(leads) == 1
    assert leads[0].place is not None
    assert leads[0].place.admin1 == state


@pytest.mark.parametrize(
    ("text", "title", "country", "state"),
    [
        # the text's only places are towns the gazetteer put in England: the outlet's state
        ("A man was shot dead by a friend who was carelessly handling a gun in a home near "
         "Chippenham on Sunday, Richmond police said.",
         "Man shot dead by friend - NBC12 - WWBT - Richmond, VA News", "USA", "Virginia"),
        # the text names the other country itself: the outlet does not move it
        ("A man was shot in Manchester, England, on Sunday, police said.",
         "Man shot abroad - WMUR - Manchester, NH", "GBR", "England"),
    ],
)
def test_incidents_outlet_country(text: str, title: str, country: str, state: str) -> None:
    from newscoder.pipeline import analyze

    leads = [i for i in analyze(text, published="2015-07-29", title=title).incidents if i.lead]
    assert len(leads) == 1
    assert leads[0].place is not None
    assert (leads[0].place.country, leads[0].place.admin1) == (country, state)


@pytest.mark.parametrize(
    ("text", "city", "state"),
    [
        # a bare "Richmond" the gazetteer reads as Richmond County, New York, is the town of
        # the outlet's state; "Westover" then finds no state the text names
        ("A man was shot twice outside a laundromat in Richmond on Monday, police said. His "
         "brother coaches basketball at Westover Academy.", "Richmond", "Virginia"),
    ],
)
def test_incidents_bare_county_in_market(text: str, city: str, state: str) -> None:
    from newscoder.pipeline import analyze

    title = "Man shot outside laundromat - WQRT 4 - Richmond, VA News"
    leads = [i for i in analyze(text, published="2015-07-29", title=title).incidents if i.lead]
    assert len(leads) == 1
    assert leads[0].place is not None
    assert (leads[0].place.name, leads[0].place.admin1) == (city, state)
