"""The hurt counted clause by clause add up (issue 18).

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
        # each clause names new people hurt: they add up
        ("Three patrons remain hospitalized and another was treated and released at the scene.",
         0, 4),
        ("One guard was shot in the hip and another guard was shot in the wrist.", 0, 2),
        ("A cashier was shot in the arm and a customer was grazed on the cheek.", 0, 2),
        ("Two brothers were shot and three cousins were wounded outside the diner.", 0, 5),
        # a death in the same run stays apart from the hurt
        ("A driver was killed and a passenger was wounded in the ambush.", 1, 1),
    ],
)
def test_figures_clause_sums_add_new_people(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # one person told twice is one
        ("He was shot in the knee and he was driven to the hospital by a friend.", 0, 1),
        # "one" after a group is one of them
        ("Two cousins were hunting deer and one was accidentally shot.", 0, 1),
        # a total the article states beats a partial run of clauses
        ("A 15-year-old was shot in the foot and a 16-year-old was shot in the hand. In all,"
         " five teenagers were shot at the party, police said.", 0, 5),
        # a title run into the lede tells one person twice
        ("Teen shot and wounded on the east side\n\nDETROIT - A teen was shot and wounded"
         " late Friday.", 0, 1),
    ],
)
def test_figures_clause_sums_never_count_twice(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "others" leaves out the one hurt person named just before: both are the hurt
        ("A cook was in serious condition after a shooting that also wounded two other people.",
         0, 3),
        ("A teenager was taken to the hospital with a leg wound. Two others were grazed.", 0, 3),
        # the dead are not among "others" wounded
        ("One man was killed and four others were wounded.", 1, 4),
        ("A man was shot on Main Street. He died at the hospital. Two others were wounded.",
         1, 2),
    ],
)
def test_figures_others_besides_one_named(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # medics treat the hurt where they fell
        ("Two bystanders were treated at the scene after the gunfire.", 0, 2),
        # officers sent to the scene are not patients
        ("Four officers were sent to the scene after the gunfire.", 0, 0),
    ],
)
def test_figures_treated_on_scene(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
