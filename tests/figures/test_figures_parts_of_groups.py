"""A part of a counted group, a clause the parser broke, and new people nouns (issue 18).

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
        # the part has its own predicate: of the four hurt, one died, so three lived
        ("One of four people hurt in a shooting on Maple Avenue on Friday has died.", 1, 3),
        ("Three men were shot on Friday. Two of the three victims died in the hospital.", 2, 1),
        # a part with no predicate of its own is counted as its group is
        ("The teacher was one of three people killed in the attack.", 1, 0),
        # a number after "of" that is no larger is no group the first is a part of
        ("Four of four passengers were hurt in the crash on Route 9.", 0, 4),
    ],
)
def test_figures_parts_of_counted_groups(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "after N were shot": the parser makes the people the object of "after"
        ("Deputies are searching the area after three boys and a girl were shot on Sunday.", 0, 4),
        ("A curfew was set after five teenagers were wounded near the fairground.", 0, 5),
        # a verb with its own subject is not theirs
        ("He was arrested after two officers said they saw him fire at a car.", 0, 0),
    ],
)
def test_figures_people_before_a_stranded_verb(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a death planned, not done, is no share of the shot
        ("Police think he was aiming to kill three of the five people he shot at a bus stop.",
         0, 5),
        # family words and companions are people
        ("A teenager accidentally shot his buddy in the thigh while cleaning a rifle.", 0, 1),
        ("A man shot his mom in the arm during an argument, deputies said.", 0, 1),
        ("An intruder was shot by the homeowner and taken to the hospital.", 0, 1),
    ],
)
def test_figures_planned_deaths_and_people_words(
    text: str, killed: float, injured: float
) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a death told first, with the shooting as its cause, is among the shot
        ("At least one man is dead after six people were shot outside a bar on Sunday.", 1, 5),
        ("A woman died and a boy is critical after four people were shot at a park.", 1, 3),
        # deaths and a shooting on other days are not linked
        ("One man was killed on Friday and three people were shot on Saturday.", 1, 3),
        # an age before a name makes a person, whatever the tagger calls the name
        ("Deputies confirmed that 23-year-old Marlo Quintrell was killed.", 1, 0),
    ],
)
def test_figures_deaths_told_before_the_shot(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a bare number between commas after one person is the person's age
        ("The bullet went through the ceiling and injured a girl, 9, who was asleep upstairs.",
         0, 1),
        ("Police said Dorian Velez, 41, was shot twice in the back.", 0, 1),
        # a count after a comma is still a count
        ("The gunman fired into the crowd, wounding 12, police said.", 0, 12),
    ],
)
def test_figures_ages_set_off_by_commas(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # an age given after "also" or in a comparison is no count
        ("A 15-year-old boy was killed. Another teen, also 15, was shot in the foot.", 1, 1),
        # whoever wounds or kills someone named as the object did it, and was not hurt
        ("The gunman fired into the crowd, wounding 12, police said.", 0, 12),
        ("Jordan Pike shot and wounded a clerk before fleeing on foot.", 0, 1),
        # the object may be a part of the body: the subject is then the one hurt
        ("The boy found a pistol in a tackle box and shot his own hand.", 0, 1),
        ("The man shot and killed himself.", 1, 0),
    ],
)
def test_figures_ages_and_agents(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the emergency number is no count, a toll of the same digits still is
        ("A neighbor yelled 'Call 911, two people were shot!' from the porch.", 0, 2),
        ("Government shelling killed 911 people in the province, the monitor said.", 911, 0),
        # "4 yo" is an age
        ("Witnesses said a 4 yo girl was shot near the playground.", 0, 1),
    ],
)
def test_figures_numbers_that_count_no_one(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a series of verbs after "say" shares the first verb's subject: the killer's own
        # death is among the dead
        ("Deputies say Ortega killed one man, wounded two others, and then killed himself.",
         2, 2),
        # a clause with its own subject keeps it
        ("Police said the man was arrested, and the victim was taken to the hospital.", 0, 1),
    ],
)
def test_figures_series_share_a_subject(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a pronoun that dies in a clause after the toll is the killer, one more dead
        ("Three guards were killed by a man with a rifle before he was shot and killed by"
         " deputies.", 4),
        # one who is arrested or only opens fire is not dead
        ("The gunman killed two people before he was arrested.", 2),
        ("Two men were killed when he opened fire on the crowd.", 2),
    ],
)
def test_figures_killer_dies_after_the_toll(text: str, killed: float) -> None:
    assert tolls(text)[0] == killed
