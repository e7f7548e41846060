"""A clock time is no actor (issue 15): "6 p.m." spells "PM", which is a prime minister
only where it is no time of day. Invented sentences."""

from __future__ import annotations

import pytest

from newscoder.model import Actor


def actors_of(text: str) -> list[tuple[str, str]]:
    from newscoder.eval.events import analyse

    found: list[Actor] = analyse(text, "2024-10-14").actors
    return [(a.code, text[a.start : a.end]) for a in found]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The fire broke out at about 6 p.m. Sunday, firefighters said.",
        "Voting closes at 8 PM on Thursday.",
        "The council met at 7.30 pm to discuss the budget.",
    ],
)
def test_clock_time_is_no_government(text: str) -> None:
    assert not [code for code, words in actors_of(text) if "m" in words.lower()[-3:]
                and code.endswith("GOV")]


@pytest.mark.slow
@pytest.mark.issue(15)
def test_the_pm_is_still_the_government() -> None:
    assert ("GOV", "PM") in actors_of("The PM met the king on Monday.")
