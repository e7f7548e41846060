"""People named together as hurt, one of whom is told dead, and the shooter who fires into a
place (issue 18).

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import tolls


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a member taken up by the same noun with a definite word is the one who died
        (
            "Deputies found the boy and his uncle wounded in the yard. The boy died later"
            " that night.",
            1,
            1,
        ),
        # or by the name the group gave
        (
            "Nora Pike, her brother Sam and a neighbour were shot on the porch. Nora died"
            " at the scene.",
            1,
            2,
        ),
        # a shared surname is not the same person; nor is a child told apart by age
        (
            "Dana Reyes and Omar Reyes were shot outside the shop. Lily Reyes was killed.",
            1,
            2,
        ),
        (
            "The younger girl and a man were shot at the park. The older girl was killed.",
            1,
            2,
        ),
        # someone brought in anew ("a woman") may be another person
        ("A man and a woman were shot at a bus stop. A woman died in a crash nearby.", 1, 2),
    ],
)
def test_figures_dead_member_of_named_group(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    "text",
    [
        "Two men shot into a crowded apartment on Friday, the charges say.",
        "A teenager fired through the front door of the house.",
        "Jon Hale and Rick Moss shot toward the passing car.",
    ],
)
def test_figures_shooter_aiming_into_a_place_is_not_hurt(text: str) -> None:
    assert tolls(text) == (0, 0)


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_shot_through_a_window_is_still_hurt() -> None:
    assert tolls("A woman was shot through the window of her home on Friday.") == (0, 1)
