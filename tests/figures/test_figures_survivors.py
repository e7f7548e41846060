"""Who lived, who was not hurt, and what is no count at all (issue 18).

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import figures_of, tolls


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a victim whose own sentence says they lived is not the one who died
        (
            "A man was killed in the shooting on Elm Street. A 19-year-old was taken to"
            " the hospital with non-life-threatening injuries.",
            1,
            1,
        ),
        ("A clerk died in the robbery. A customer was shot and is expected to survive.", 1, 1),
        # nor is one the sentence adds to those already named
        ("A woman died after the shooting. A teenager was also shot in the arm.", 1, 1),
        # a victim who may be the dead stays uncounted as wounded
        ("A man was shot on Main Street. He was taken to the hospital, where he died.", 1, 0),
        ("A boy was shot in the yard. He was rushed to the hospital but did not survive.", 1, 0),
        # an obituary's "survived by" says nothing of the wounds
        ("A man was shot on Main Street. He died later and is survived by his wife.", 1, 0),
    ],
)
def test_figures_survivors_lived_or_died(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # people who were not hurt are no count of the hurt
        ("The two men in the other car were not injured. A woman was killed.", 1, 0),
        ("One person inside the house was not hurt, police said.", 0, 0),
        # "not seriously" still counts the hurt
        ("Three people were not seriously injured in the crash, police said.", 0, 3),
        # a family "hurting" grieves
        ("A girl was killed on Monday. Her mother said the family is hurting.", 1, 0),
        # a picture counter is no count of people
        ("Boy, 7, recovering after shooting himself 1 / 4 Back to Gallery", 0, 0),
    ],
)
def test_figures_survivors_not_hurt(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the subject of a clause whose own verb kills someone else is the agent
        ("Two attackers blew themselves up at the gate on Monday, killing at least four.", 4),
        # people missing are no toll, even after "the death toll may rise"
        ("The toll may rise, as there are scores of people missing under the rubble.", 0),
        # "at 1130" is a time of day, not a year long past
        ("Sat 04 Mar 2017 at 1130 A car bomb in the market killed 12 people.", 12),
    ],
)
def test_figures_survivors_agents_missing_and_times(text: str, killed: float) -> None:
    assert tolls(text)[0] == killed


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_survivors_eliminated_are_killed() -> None:
    assert tolls("Army units eliminated over 40 militants near the river on Sunday.")[0] == 40


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # people named by their nation are people
        ("Three Yemenis were killed when the shell hit the market.", 3),
        # a group's name between the number and the noun it counts
        ("Police said 12 Taliban fighters were killed near the pass.", 12),
        ("Report. At least 23 ISIS (Daesh) militants have been killed by artillery fire.", 23),
        # the state people were left in, after an aside
        ("The shelling left 17 villagers - among them six women - dead on Friday.", 17),
    ],
)
def test_figures_survivors_nations_and_names(text: str, killed: float) -> None:
    assert tolls(text)[0] == killed


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_survivors_picture_counts_are_no_people() -> None:
    text = "Photo 2 of 9: Three people were hurt when the roof fell in on Sunday."
    assert [f.value for f in figures_of(text)] == [3]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # one singled out of a group gives way to the count of the event's dead
        (
            "Soldiers killed one of the leaders of the gang. The leader and at least 9"
            " members of the gang were killed in the raid.",
            10,
        ),
        # one of a counted group, or of the victims, is part of the count and stays
        ("He was one of three people killed that night. Four people were hurt.", 1),
        # people named together are a count as good as a number
        (
            "A boy and his mother were killed by the shell. Elsewhere one man was killed by"
            " a sniper.",
            2,
        ),
    ],
)
def test_figures_survivors_singled_out_and_named_together(text: str, killed: float) -> None:
    assert tolls(text)[0] == killed


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a group named before is among the later, larger total of the same day's strikes
        (
            "The strike on the clinic left 6 people dead. They were among 15 people killed"
            " in raids across the province on Monday.",
            15,
        ),
        # ... but not among a tally of many days, nor a vague one
        ("Two men were killed on Main Street. They were among 40 people killed this year.", 2),
        ("Five were shot. They were among more than a dozen people shot that night.", 0),
    ],
)
def test_figures_survivors_among_a_later_total(text: str, killed: float) -> None:
    assert tolls(text)[0] == killed


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a bare number a blast claims is its dead
        ("A bomb tore through the bus station on Friday, claiming six and injuring 20.", 6, 20),
        ("The rebels claimed three towns on Monday.", 0, 0),
        # a title's capitalised plural is the people it names
        ("Eight Civilians Killed In Market Bombing.", 8, 0),
        # a dateline's day is no count
        ("14-03-2015 A shell killed four people near the school.", 4, 0),
    ],
)
def test_figures_survivors_claims_titles_datelines(
    text: str, killed: float, injured: float
) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "a third" stands for one more person
        ("Two hikers were killed and a third was injured by the rockfall.", 2, 1),
        # wounds a clause on the counted people tells
        ("Officers found four men suffering from stab wounds.", 0, 4),
        # plural ages the tokenizer splits
        ("Two 15-year-olds were taken to a hospital after the crash.", 0, 2),
    ],
)
def test_figures_survivors_ordinals_wounds_ages(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a death nested in a count of the hurt leaves the rest wounded
        ("Four people were hurt, including a 20-year-old man who succumbed to his wounds.", 1, 3),
        ("A woman succumbed to her injuries on Friday.", 1, 0),
        # people nested with no death of their own stay among the hurt
        ("Four people were injured, including two children.", 0, 4),
    ],
)
def test_figures_survivors_deaths_among_the_hurt(
    text: str, killed: float, injured: float
) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the object of "pronounced ... dead" is the one who died, not the medics
        ("Paramedics pronounced the driver dead at the scene.", 1),
        # a dateline before the sentence is no subject
        ("DAYTON, Ohio (WXYZ) - A 9-year-old boy has died after a fall from a balcony.", 1),
    ],
)
def test_figures_survivors_objects_and_datelines(text: str, killed: float) -> None:
    assert tolls(text)[0] == killed


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_survivors_reduced_relative() -> None:
    # "shot and killed" on the person noun, whatever tag the past participle gets
    assert tolls("Officers have identified a young man shot and killed Tuesday in Oakdale.")[0] == 1


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_survivors_care_beside_another_death() -> None:
    # a death told of someone else in the clause before says nothing of those cared for
    text = "A man died at the scene and two women were taken to a hospital."
    assert tolls(text) == (1, 2)
