"""Rescues, results and crimes among private people give no political event (issue 15):
invented sentences.

* Private people saved from a mishap the sentence names (a boat that capsized, a collapsed
  building) is emergency work, not aid (CAMEO 073); migrants saved at sea stay an event.
* An act done "in" a stage of a contest ("in the second round") is a result.
* A charge the police bring for an ordinary crime is police work, as such an arrest is; the
  town it is brought in is no state charged.
* A private person who harms private people, with nothing political or armed in the sentence,
  is ordinary crime; an attack on a police officer stays an event.
"""

from __future__ import annotations

import pytest
from events_reading import coded, events_of

NO_EVENT = [
    "Firefighters rescued two children from a collapsed building in Naples.",
    "The Indonesian navy rescued 12 fishermen after their boat capsized.",
    "Norway's Ruud defeated Chile's Jarry in the second round.",
    "Detectives charged a 19-year-old with robbery in Glasgow.",
    "A woman stabbed three people at a train station in Hamburg.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", NO_EVENT)
def test_private_mishaps_results_and_crimes_give_no_event(text: str) -> None:
    found = events_of(text)
    assert found == [], coded(found)


KEPT = [
    ("The Greek coast guard rescued 80 migrants off Crete.", "07"),
    ("Police charged an opposition activist with sedition.", "11"),
    ("A man stabbed a police officer outside parliament in London.", "18"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "root"), KEPT)
def test_political_rescues_charges_and_attacks_stay(text: str, root: str) -> None:
    found = events_of(text)
    assert any(e.cameo.startswith(root) for e in found), coded(found)
