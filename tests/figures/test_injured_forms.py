"""How local crime reports give the wounded (issue 18): care, "others", groups, the shot.

Sentences are our own inventions; each row is one way English states who was hurt.
"""

from __future__ import annotations

import pytest
from figures_reading import tolls


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # care given for wounds: transport, treatment, discharge
        ("Gunfire outside the diner sent four teenagers to the hospital.", 0, 4),
        ("Two bystanders were rushed to Mercy Hospital after the exchange of fire.", 0, 2),
        ("A cyclist was airlifted to a trauma center on Tuesday night.", 0, 1),
        ("Paramedics drove her to the hospital after she was hit.", 0, 1),
        ("Officers said six people were treated for gunshot wounds.", 0, 6),
        ("The three remaining victims were treated and released.", 0, 3),
        # care that ends in death is no wound
        ("The clerk was taken to a hospital, where he died an hour later.", 1, 0),
        # wounds carried into a scene
        ("Two men arrived at a fire station with gunshot wounds.", 0, 2),
        ("The brawl left five patrons with stab wounds.", 0, 5),
        ("Deputies found two brothers dead with gunshot wounds.", 2, 0),
        # bullets as the doer or the agent
        ("A stray round grazed a 9-year-old girl.", 0, 1),
        ("Gunfire struck the driver and two passengers.", 0, 3),
        ("A 30-year-old female and a 41-year-old male were also hit by gunfire.", 0, 2),
        ("The toddler shot itself in the hand with the pistol.", 0, 1),
    ],
)
def test_injured_forms_care_wounds_and_bullets(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "N others" after a victim, coordinated counts of one group
        ("The gunman killed a guard and wounded three others.", 1, 3),
        ("A woman and two others were shot outside the store. All are expected to live.", 0, 3),
        ("The shooting left two men and four women injured.", 0, 6),
        ("Shots rang out in the square, wounding five men and a woman.", 0, 6),
        # a predicate of the first noun's own says nothing of the others
        ("Police found two men who had been killed and three witnesses.", 2, 0),
        # "one of N": the wounded count is the incident's
        ("Her cousin was one of four people wounded at the party.", 0, 4),
    ],
)
def test_injured_forms_others_and_groups(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the shot who did not die are the wounded, the total less the dead
        ("Six people were shot near the bar and one of them died.", 1, 5),
        ("Seven people were shot, including three who were killed and a deputy.", 3, 4),
        ("A teenager and five other people were shot. The teenager died at the scene.", 1, 5),
        ("A man was shot and killed on the porch.", 1, 0),
    ],
)
def test_injured_forms_shot_less_dead(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # losses of two sides are not one group; a split by sex or age is
        ("The clashes killed 14 soldiers and 21 rebels near the dam.", 14),
        ("The blast killed three boys and two girls at the school gate.", 5),
        # a toll that "has become" a number is revised, not a new toll
        ("Rockets killed 12 people on Saturday. By evening the death toll had become 19.", 19),
    ],
)
def test_injured_forms_groups_sides_and_revisions(text: str, killed: float) -> None:
    assert tolls(text)[0] == killed


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the wounds of a whole group as large as the toll are the dead's wounds
        ("Two hikers were killed on the ridge. Both had gunshot wounds to the chest.", 2, 0),
        ("Three men were killed in the raid. All three were shot in the back.", 3, 0),
        # a group of another size is wounded besides the dead
        ("One guard was killed. All four others suffered gunshot wounds.", 1, 4),
    ],
)
def test_injured_forms_whole_group_of_the_dead(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
