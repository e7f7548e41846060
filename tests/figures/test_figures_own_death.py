"""The killer's own death told without a casualty verb on a person: "then committed
suicide", "took his own life", and "before killing himself" where the parse leaves the
clause no subject to climb to, add the killer to the dead; an aim or an attempt adds no one,
nor a toll that says it counts the killer already (issue 18).

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import killed


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # "committed suicide", "took his own life": the subject died by their own hand
        (
            "A 15-year-old girl shot her 9-year-old cousin to death, wounded an uncle and then"
            " committed suicide on Friday, deputies said.",
            2,
        ),
        ("A gunman killed three coworkers on Tuesday before he committed suicide.", 4),
        (
            "A farmer shot his brother to death on Monday and then took his own life,"
            " troopers said.",
            2,
        ),
        # "himself" after a count and a relative clause: no subject to climb to, one more dead
        (
            "Detectives say he went on a spree that killed two and injured five before"
            " killing himself.",
            3,
        ),
        ("The trucker left four dead and one hurt before killing himself.", 5),
    ],
)
def test_figures_own_death_adds_the_killer(text: str, dead: float) -> None:
    assert killed(text) == dead


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a try, an aim or a threat is no death
        ("A man shot his neighbour on Sunday and then tried to commit suicide, police said.", 0),
        ("A caller said he had swallowed pills in an effort to kill himself.", 0),
        # a self-inflicted wound that is not fatal stays a wound
        ("The boy shot himself in the foot while cleaning a shotgun.", 0),
        # the toll already counts the killer
        (
            "Three dead, including the gunman, after a standoff. A man killed two neighbours"
            " before taking his own life.",
            3,
        ),
    ],
)
def test_figures_own_death_adds_no_one_else(text: str, dead: float) -> None:
    assert killed(text) == dead


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the gun turned on oneself after a gerund: a longer climb to the killer
        (
            "A man is accused of shooting his landlord and a tenant to death before turning"
            " the rifle on himself on Saturday.",
            3,
        ),
        # "a couple" names two people; "a couple of" is no pair
        ("An elderly couple was found dead inside their farmhouse on Thursday.", 2),
        ("A Marlow couple and their three sons were found dead in the house.", 5),
        ("The couple's nephew was killed in the crash near the bridge.", 1),
    ],
)
def test_figures_own_death_killer_climbed_and_pairs(text: str, dead: float) -> None:
    assert killed(text) == dead


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the one the killer shot lived: an attempted murder-suicide is one dead
        ("Deputies called the shooting at the cabin an attempted murder-suicide.", 1),
        ("Deputies called the shooting at the cabin a murder-suicide.", 2),
    ],
)
def test_figures_own_death_attempted_murder_suicide(text: str, dead: float) -> None:
    assert killed(text) == dead
