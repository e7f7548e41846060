"""Issue 25 item 2: a name told as who speaks ("Houston said", "said Tyler.") is a witness's
surname, not where the story happened, even where the gazetteer knows a town of that name.
Each case is a short report written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A teenager was wounded in a drive-by shooting in Kenner on Sunday night. \"He was "
         "just sitting on the porch,\" Houston said. Houston said her grandson is a good "
         "student. Houston added that she wants the shooter caught.", "Kenner"),
        ("Gunfire broke out at a party in Florence early Sunday, wounding three people. "
         "\"It was terrifying,\" said Tyler. Tyler said the shooter ran off. Deputies said "
         "the victims would live, Tyler said.", "Florence"),
        # a town's police speaking is still the town ("Kenner police said")
        ("A man was shot in the hand in Kenner early Monday, Kenner police said. Officers "
         "said he was taken to a hospital in New Orleans.", "Kenner"),
    ],
)
def test_incidents_speaker_is_no_town(text: str, town: str) -> None:
    from newscoder.pipeline import analyze

    leads = [i for i in analyze(text, published="2017-09-18").incidents if i.lead]
    assert len(leads) == 1
    assert leads[0].place is not None
    assert leads[0].place.name == town
