""""scored early in the second half", "a touchdown in the fourth quarter": in a text that
tells of a game, a half or quarter that names no year is a part of play, no time expression
(before, it was a half or quarter of a year); one of a year told as such stays, and "July-
September quarter" without "the" is a quarter too (issue 18). Every sentence is our own."""

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
    "text",
    [
        "The Bears scored a touchdown late in the fourth quarter.",
        "The striker scored, and the hosts added two tries in the final quarter.",
    ],
)
def test_time_quarter_of_a_game(text: str) -> None:
    assert_no_time_in(text, "2022-10-02", "quarter")


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The club's revenue fell in the first half of 2021.", "the first half of 2021",
         "2021-H1"),
        ("Ticket sales rose in the first half, the league said.", "the first half", "2022-H1"),
        ("Ticket sales rose in the third quarter, the league said.", "the third quarter",
         "2022-Q3"),
        ("Ticket sales rose in July-September quarter.", "July-September quarter", "2022-Q3"),
    ],
)
def test_time_half_of_a_year_stays(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2022-10-02", expression) == value


@pytest.mark.issue(18)
def test_game_words_are_searched_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every bare half or quarter asks whether the text tells of a game: the text is
    searched once, and the answer kept with the parse."""
    from newscoder.time import stage

    searched: list[str] = []
    real = stage.game_words()

    class Counting:
        def search(self, text: str) -> object:
            searched.append(text)
            return real.search(text)

    monkeypatch.setattr(stage, "game_words", lambda: Counting())
    text = ("The striker scored in the first half. The hosts led in the second half. "
            "They lost the lead in the final quarter.")
    assert_no_time_in(text, "2022-10-02", "half")
    assert len(searched) == 1
