"""A whole group taken up after the story told who died and who was hurt ("found both
victims with gunshot wounds") counts everyone hit, the dead among them: the hurt are the
group less the dead, not the whole group (issue 18).

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
        ("A 34-year-old man was killed and a 16-year-old boy was wounded in a shooting late"
         " Saturday, police said. Officers were called to a street just before 11:30 p.m. and"
         " found both victims with gunshot wounds. The man was pronounced dead at a hospital."
         " The teen was listed in stable condition.", 1, 1),
        ("A woman was killed and her cousin was hurt in a shooting on Friday night. Deputies"
         " found both victims with gunshot wounds in a parking lot.", 1, 1),
        ("A driver was shot dead and his passenger was injured on the highway on Monday."
         " Troopers found both men with gunshot wounds inside the car.", 1, 1),
        ("One man died and two women were wounded when shots were fired at a party on Sunday."
         " Officers found all three victims with gunshot wounds in the yard.", 1, 2),
        # no death told before: the group is the hurt
        ("Two men were wounded in a shooting on Friday, police said. Officers found both"
         " victims with gunshot wounds.", 0, 2),
        # people besides those told are more hurt
        ("A man was killed in a shooting on Friday and a woman was wounded across town an hour"
         " later. Police found three other people with gunshot wounds at a bar.", 1, 4),
    ],
)
def test_figures_whole_group_after_dead_and_hurt(
    text: str, killed: float, injured: float
) -> None:
    assert tolls(text) == (killed, injured)
