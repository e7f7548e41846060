"""Issue 25 item 2: a town a story names without its state is the best-known town of that
name ("Cleveland" is Ohio's, "Toledo" Ohio's) unless the story itself supports the state of
a smaller namesake — that state or one of its counties named, or a big town there. The
small names around a story (a street told as "on Quarry", a surname, a farm road) find
small namesakes in many states and are no such support. Each case is a short report
written for these tests."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a street told as a bare name finds a tiny town beside a tiny Cleveland elsewhere
        ("A woman was shot and killed Sunday in Cleveland. Police said it happened on Quarry "
         "Road near Bosworth. No arrests were made.", "Ohio"),
        ("COLUMBUS -- A boy was shot at a house on Marwick Lane on Friday night. Officer "
         "Dana Hill said the boy, 9, was taken to a hospital. Hill said the father was "
         "charged.", "Ohio"),
        ("Toledo police are looking for a man who shot a teenager outside a corner store on "
         "Friday. The teen is expected to survive.", "Ohio"),
        # the smaller namesake's state named outright: it stays
        ("A man was wounded in Cleveland on Saturday. Cleveland is a small town in Bolivar "
         "County, Mississippi, and its police chief said the shooter fled.", "Mississippi"),
        ("CLEVELAND, Miss. -- A man was wounded outside a feed store on Saturday, the "
         "police chief said. The shooter fled in a pickup.", "Mississippi"),
    ],
)
def test_incidents_town_best_known_unless_supported(text: str, state: str) -> None:
    from newscoder.pipeline import analyze

    lead = next((i for i in analyze(text, published="2016-03-14").incidents if i.lead), None)
    assert lead is not None and lead.place is not None
    assert lead.place.admin1 == state
