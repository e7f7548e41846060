"""A word of contrast on the one a person shot sets the victim apart from the shooter, not
from the dead (issue 18).

Sentences are our own inventions. "A girl shot another girl" says the victim is a girl
other than the shooter; when the story then tells one death, the victim may be the one who
died, and is no wounded beside her. Where the contrast is with a victim told before, or the
verb is no harm done by the subject, the victim stays apart.
"""

from __future__ import annotations

import pytest
from figures_reading import tolls


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the contrast is with the shooter: one victim, who died
        ("Police say a 15-year-old girl accidentally shot another girl at a sleepover. "
         "The victim died at the hospital.", 1, 0),
        ("The older cousin shot his younger cousin while they cleaned a rifle. "
         "The boy was pronounced dead that night.", 1, 0),
        ("A man found a pistol in the car and shot another man during an argument. "
         "The victim later died.", 1, 0),
        # the contrast is with a victim told before: two people
        ("A woman was killed on Main Street. Another woman was shot in the arm.", 1, 1),
        ("One man died at the scene. Officers found another man who had been shot in the "
         "foot.", 1, 1),
    ],
)
def test_figures_contrast_with_shooter(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
