"""What the ACLED backfill leaves out (issues 15 and 23): a verb cue in a story about sport
is play ("rallied", "pulled out"), unless an armed doer named as such takes part; a noun cue
names its occurrence whatever the story ("protesters gathered outside the stadium");
protesting one's innocence is a denial, not a demonstration; and an arrest word that only
qualifies another noun ("the new detention rules", "an arrest warrant") reports no arrest.

Stories are invented for these tests."""

from __future__ import annotations

import pytest

from newscoder import analyze

pytestmark = [pytest.mark.slow, pytest.mark.issue(15)]


def acled_types(text: str) -> list[str]:
    found = analyze(text, published="2024-03-05").events
    return [e.acled.sub_event_type for e in found if e.acled is not None]


@pytest.mark.parametrize(
    "text",
    [
        "The 25-year-old has a sore calf and has pulled out of indoor meetings in Ghent and"
        " Paris this month. His coach said the athletics season was long and the team wanted"
        " him fit for the championships.",
        "The Czech teenager rallied well at times but could not recover after trailing 4-2 in"
        " the opening set. Her coach said the tournament had still been a good week for the"
        " team.",
        "The former minister has always protested his innocence, and his lawyers will appeal"
        " the verdict.",
    ],
)
def test_play_and_denials_are_no_acled_event(text: str) -> None:
    assert acled_types(text) == []


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Protesters rallied outside the stadium in Lagos before the football match,"
            " demanding the release of jailed journalists. The league's coach said fans were"
            " angry.",
            "Peaceful protest",
        ),
        ("Thousands protested in Minsk on Sunday against the election result.", "Peaceful protest"),
    ],
)
def test_a_demonstration_stays_one(text: str, sub_event_type: str) -> None:
    assert sub_event_type in acled_types(text)


@pytest.mark.parametrize(
    ("text", "arrests"),
    [
        ("Judges in Nairobi criticised the new detention rules on Friday.", 0),
        ("A judge issued an arrest warrant for the former mayor on Monday.", 0),
        ("Police arrested twelve men in Kano on Sunday.", 1),
    ],
)
def test_an_arrest_word_on_a_noun_is_no_arrest(text: str, arrests: int) -> None:
    assert acled_types(text).count("Arrests") == arrests
