"""What befell each victim, told as a list (issue 18).

- clauses set side by side with commas add up like clauses joined by "and" ("a girl was
  flown to hospital, a boy was hit in the arm": two hurt);
- an age in words tells a person apart as an age in figures does ("Fifteen-year-old ...
  died" is not "a 17-year-old" hurt);
- people "shot at" or "fired at" were aimed at, not counted as hit.

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import tolls

from newscoder.figures.persons import age_of


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Paramedics declared Orlan Best dead, a 14-year-old was taken to the hospital in "
         "grave condition, a 17-year-old was shot in the shoulder and the cyclist was not "
         "hurt.", 1, 2),
        ("Deputies found Ivo Marsh dead at the wheel, a 15-year-old was rushed to a trauma "
         "centre, a 21-year-old was grazed on the arm and a fourth passenger was unharmed.",
         1, 2),
        ("Fourteen-year-old Dara Quill was killed when a gunman fired on the porch. A "
         "17-year-old was shot in the hip.", 1, 1),
        ("A man shot at six people outside a diner on Friday.", 0, 0),
        ("Police said the suspect fired at three deputies before fleeing.", 0, 0),
        # the passive still counts the people hit, at a place
        ("Three men were shot at a party on Friday.", 0, 3),
    ],
)
def test_figures_listed_victims(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Fifteen-year-old Ana", "15"),
        ("a 16-year-old", "16"),
        ("the twenty-two-year-old driver", "22"),
        ("a 3 month old", "3"),
        ("a woman", None),
    ],
)
def test_figures_age_of(text: str, age: str | None) -> None:
    assert age_of(text) == age
