"""Wire datelines (issue 15): invented sentences.

The agency in a dateline's brackets ("ROME (Reuters) -") only carried the story: it is
never a party to the event the story tells, and the story's own subject keeps its side
alone.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-02-20").events


# (sentence, source, target)
WIRES = [
    (
        "ROME (Reuters) - Italian Prime Minister Giorgia Meloni met her Tunisian counterpart.",
        "ITA",
        "TUN",
    ),
    ("SEOUL, Feb 20 (AFP) - South Korea's foreign minister criticised Japan.", "KOR", "JPN"),
    ("NAIROBI (AP) - Kenya's president condemned the attack by al-Shabaab.", "KEN", "SOM"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), WIRES)
def test_the_agency_of_a_dateline_is_no_party(text: str, source: str, target: str) -> None:
    found = events_of(text)
    assert has_dyad(found, source, target), coded(found)
    sides = [a for e in found for a in e.source + e.target]
    assert not any(a.name in ("Reuters", "AFP", "AP") for a in sides), coded(found)
