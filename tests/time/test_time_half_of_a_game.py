""""scored early in the second half": in a text that tells of a game, a half that names no
year is a half of play, no time expression (before, it was the second half of a year); a
half of a year told as such stays (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import assert_no_time_in, value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    "text",
    [
        "The visitors trailed at half-time but levelled early in the second half.",
        "Their striker scored twice in the first half.",
        "The quarterback threw three passes in the first half and none in the second half.",
    ],
)
def test_time_half_of_a_game(text: str) -> None:
    assert_no_time_in(text, "2022-10-02", "half")


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The club's revenue fell in the first half of 2021.", "the first half of 2021",
         "2021-H1"),
        ("Ticket sales rose in the first half, the league said.", "the first half", "2022-H1"),
    ],
)
def test_time_half_of_a_year_stays(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2022-10-02", expression) == value
