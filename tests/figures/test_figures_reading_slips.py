"""Small slips of reading (issue 18): an age said "of nine" is no count; medics who treat
people for wounds treat the hurt; "they" who died are the group just counted; names set
off after a counted group are its members, not more people.

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
        # an age after "of" and a noun of one person
        ("A boy of nine was shot dead in the yard.", 1, 0),
        ("Neighbours said a woman of 70 was wounded by a stray round.", 0, 1),
        # ... but a group "of five" is counted
        ("A family of five was killed in the blaze.", 5, 0),
        # an active verb of care with the reason hung on its object
        ("Medics treated six people for gunshot wounds.", 0, 6),
        ("Doctors at the clinic treated three children for burns.", 0, 3),
        ("Officers treated the driver for a drug overdose.", 0, 0),
        # "they" who died are the people just counted: dead, not wounded
        ("Two men were found shot in a parked van. They died at the hospital.", 2, 0),
        ("Three people were wounded and taken to a hospital, where they died.", 3, 0),
        ("Two women were injured. They were pronounced dead on arrival.", 2, 0),
        ("Two men were injured. They were taken to the hospital.", 0, 2),
        ("Two men were wounded. Police said they did not die.", 0, 2),
        # names after a counted group are its members
        ("There were two victims, Lane and 40-year-old Tom Baker, who were taken to a "
         "hospital.", 0, 2),
        ("Police named three victims, Ruiz, Lane and Baker, who died at the scene.", 3, 0),
    ],
)
def test_figures_reading_slips(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # people told as hurt by a participle, whose own verb is their death, died of it
        ("Two men wounded in the shooting have died.", 2, 0),
        ("Three people hurt in the crash died later.", 3, 0),
        ("Two men wounded in the shooting were released.", 0, 2),
        ("Two men wounded in the shooting have not died.", 0, 2),
        # ... but the subject of an active killing with an object is the killers
        ("Two gunmen wounded in the raid killed a guard.", 1, 2),
    ],
)
def test_figures_hurt_then_died(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
