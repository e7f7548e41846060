"""Issue 25 item 2: a town named after a capitalised function word, or as a modifier of a
word for a home, a venue or a victim.

A sentence's or a title-case headline's capitals do not glue a town to the word before it
("A Sandusky man", "Teen Shot In Duquesne"); a town before a noun of where people live or
gather, or of who was hurt, reads as a place ("a Zanesville bar", "Apison toddler").
Invented sentences, one case each.
"""

from __future__ import annotations

import pytest
from places_reading import place_in, places_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        ("A Sandusky woman was charged on Tuesday with leaving a loaded gun in a car.",
         "Sandusky", "Ohio"),
        ("Woman Wounded In Duquesne After Argument", "Duquesne", "Pennsylvania"),
        ("Two Hurt Outside Store In New Castle", "New Castle", "Pennsylvania"),
    ],
)
def test_places_openers_a_town_after_a_capitalised_function_word(
    text: str, word: str, admin1: str
) -> None:
    place_in(text, word, admin1=admin1)


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        ("Deputies said a man fired twice inside a Bellflower barbershop late on Friday.",
         "Bellflower", "California"),
        ("A fight in a Zanesville bar ended with two men in hospital.", "Zanesville", "Ohio"),
        ("Killeen toddler hurt after finding a pistol under a couch", "Killeen", "Texas"),
    ],
)
def test_places_openers_a_town_before_a_word_of_home_venue_or_victim(
    text: str, word: str, admin1: str
) -> None:
    place_in(text, word, admin1=admin1)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a surname the story gives in full is the family's, not a town's
        ("Officers found the Sherman home empty when Tom Sherman came back from work.",
         "Sherman"),
        # the preposition ends the run, but "of" stays inside a name
        ("The ferry to the Isle of Man was cancelled.", "Man"),
    ],
)
def test_places_openers_no_town_read_into_a_name(text: str, word: str) -> None:
    assert word not in places_of(text)
