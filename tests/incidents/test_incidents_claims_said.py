"""A claim told as speech: "the group said it carried out the attack" makes the group the
claimed perpetrator of the incident, not one who reported it; a denial in that form does not."""

from __future__ import annotations

import pytest
from incidents_reading import lead_incident

pytestmark = pytest.mark.slow

BOMB = (
    "A truck bomb went off at a police checkpoint in Peshawar on Monday, killing six "
    "officers, officials said. {claim}"
)

# (the sentence that follows the report, the group, whether it is a claimed perpetrator)
CASES = [
    ("The Pakistani Taliban said on Tuesday that they had carried out the attack.",
     "Pakistani Taliban", True),
    ("Jamaat-ul-Ahrar said it was behind the bombing.", "Jamaat-ul-Ahrar", True),
    ("The Pakistani Taliban said they staged the attack to avenge a commander.",
     "Pakistani Taliban", True),
    ("The Pakistani Taliban said they had not carried out the attack.",
     "Pakistani Taliban", False),
]


@pytest.mark.parametrize(("claim", "group", "claimed"), CASES)
def test_claim_said(claim: str, group: str, claimed: bool) -> None:
    incident = lead_incident(BOMB.format(claim=claim), "2024-05-07")
    perpetrators = [a for a in incident.actors if a.role == "perpetrator" and a.claimed]
    assert any(group in a.name for a in perpetrators) is claimed, incident.actors
    if claimed:
        assert all(group not in r for r in incident.reported_by), incident.reported_by
