"""Issue 25, item 1 and 4: "another" or "a second" said of a victim tells another victim of
the occurrence being told, not another occurrence ("Another 20 were wounded", "A second
victim ... survived"): the lead incident takes that count. Said of the occurrence itself
("In a separate shooting ... another man was wounded"), it stays another incident, whose
hurt is no piece of the lead's toll. Reports written for these tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_incident

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "killed", "hurt"),
    [
        # a count of the hurt told apart, after the dead
        ("A gunman opened fire at a nightclub in Tampa early Sunday, killing 12 people. "
         "Another 20 were wounded, police said.", 12, 20),
        # a second victim of the same shooting, told in its own sentence
        ("A man was shot and killed on a porch in Macon on Friday night, police said. A "
         "second victim, a woman, was hit in the arm and survived.", 1, 1),
        # a third woman told after the dead and two wounded
        ("Gunfire at a house party in Dayton early Sunday killed one man and wounded two "
         "women. A third woman was also wounded, police said.", 1, 3),
        # a fourth victim who went to hospital on his own
        ("Three people were wounded when shots were fired at a cookout in Gary on Saturday. "
         "A fourth victim drove himself to a hospital with a wound to the hand.", None, 4),
        # another man told apart, with his age
        ("Police said a 19-year-old man was shot dead in Akron on Friday. Another man, 22, "
         "was shot in the leg.", 1, 1),
    ],
)
def test_another_victim_joins_the_lead(text: str, killed: int | None, hurt: int) -> None:
    from newscoder.pipeline import analyze

    incidents = analyze(text, published="2015-06-14").incidents
    lead = next(i for i in incidents if i.lead)
    assert (lead.fatalities, lead.injured) == (killed, hurt)
    assert len(incidents) == 1  # one occurrence, told in pieces


@pytest.mark.parametrize(
    ("text", "killed", "hurt"),
    [
        # another occurrence, said of the shooting: its wounded stay its own
        ("A teen was killed in a shooting in Reno on Monday. In a separate shooting on "
         "Tuesday, another man was wounded.", 1, None),
        ("A woman was killed in a shooting in Flint on Sunday. Hours later, a second "
         "shooting left a man wounded on the north side.", 1, None),
    ],
)
def test_another_occurrence_keeps_its_own_hurt(
    text: str, killed: int, hurt: int | None
) -> None:
    lead = lead_incident(text, "2015-06-10")
    assert (lead.fatalities, lead.injured) == (killed, hurt)
