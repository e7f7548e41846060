"""Issue 25: a name the tagger types a person again and again, and the knowledge base knows
as one, stays a person though a few mentions sit where places go ("police identified Bennett
as the man in the video"); a name typed a place even once keeps its cues. Readings made up
for these tests."""

from __future__ import annotations

import pytest

from newscoder.places.reading import Reading, Readings

pytestmark = pytest.mark.issue(25)


@pytest.mark.parametrize(
    ("reading", "not_place"),
    [
        # typed a person 27 times, known as one, three cues: a person
        (Reading(place_votes=0, other_votes=27, place_cues=3, known_other=True), True),
        # the same cues against few person types: the cues stand
        (Reading(place_votes=0, other_votes=4, place_cues=3, known_other=True), False),
        # typed a place once: the cues stand ("the EU" as a place)
        (Reading(place_votes=1, other_votes=7, place_cues=1, known_other=True), False),
        # unknown to the knowledge base: the cues stand
        (Reading(place_votes=0, other_votes=27, place_cues=3, known_other=False), False),
        # no cue at all, known as a person: no place
        (Reading(place_votes=0, other_votes=2, place_cues=0, known_other=True), True),
    ],
)
def test_few_cues_against_many_person_types(reading: Reading, not_place: bool) -> None:
    readings = Readings(by_key={"bennett": reading})
    assert readings.not_place("bennett") is not_place
    assert readings.place("bennett") is (not not_place and reading.place_cues > 0)
