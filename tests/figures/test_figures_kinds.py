"""Deaths told by the name of the crime (issue 18): "a double homicide", "a murder-suicide",
"charged with murder", "three counts of murder"; never an attempt.

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import killed


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a multiplier on a killing counts its dead
        ("Detectives are looking into a double homicide at a motel off Route 9.", 2),
        ("The sheriff called it a triple-homicide.", 3),
        # a murder-suicide is the one killed and the killer; doubled, two and the killer
        ("Neighbors were stunned by the murder-suicide on Birch Lane.", 2),
        ("Investigators believe it was a double murder-suicide.", 3),
        # a murder charge says one died; its counts say how many
        ("A 22-year-old was charged with second-degree murder on Tuesday.", 1),
        ("She faces three counts of first-degree murder.", 3),
        # an attempt kills no one
        ("He was arrested and charged with attempted murder.", 0),
    ],
)
def test_figures_kinds_crime_names_count_the_dead(text: str, expected: float) -> None:
    assert killed(text) == expected


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number the article states beats one implied by the crime's name
        ("Police said the murder-suicide left four people dead, including two children.", 4),
        ("The gunman killed five people. He was charged with two counts of murder.", 5),
        # and a murder charge beside a stated toll adds nobody
        ("Two men were shot dead. A suspect was charged with murder on Friday.", 2),
    ],
)
def test_figures_kinds_stated_numbers_first(text: str, expected: float) -> None:
    assert killed(text) == expected
