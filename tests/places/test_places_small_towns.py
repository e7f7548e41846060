"""Issue 25 item 2: a town too small to be read from its name alone, placed in its state.

Invented sentences. A post office's town or a hamlet of a few hundred people is found where
the text puts it firmly in its state: the state's abbreviation right after it (a dateline's
"FORT TOWSON, Okla."), or a preposition or dateline before it in a story that names the
state, which a county only one state has also names ("Contra Costa County"). A capitalised
word that merely shares such a town's name stays no place; a word the tagger reads as a
person's name ("a farmer of Lingle") is left as it was.
"""

from __future__ import annotations

import pytest
from places_reading import place_in, places_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        ("FORT TOWSON, Okla. (KXII) -- A teenager was wounded by a stray bullet on Sunday.",
         "FORT TOWSON", "Oklahoma"),
        ("CUB RUN, Ky. -- Two cousins were hurt when a rifle went off in a barn on Friday.",
         "CUB RUN", "Kentucky"),
        ("Minnesota deputies were sent to a farm in rural Foxhome Tuesday after a shooting.",
         "Foxhome", "Minnesota"),
        ("The truck was found on a gravel road between Tennessee Colony and Palestine, Texas.",
         "Tennessee Colony", "Texas"),
    ],
)
def test_places_small_towns_placed_in_their_state(text: str, word: str, admin1: str) -> None:
    place_in(text, word, country="USA", admin1=admin1)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the state is not named: a bare small name is not enough
        ("Deputies said a farmer of Lingle was shot while mending a fence.", "Lingle"),
        # the word qualifies a noun: "Foxhome" names a brand, not where anyone was
        ("Minnesota buyers lined up for the new Foxhome Grills model on Friday.", "Foxhome"),
        # a first name: the text writes it before a surname
        ("The shot boy hurried over to Sage Dunleavy, 19, a volunteer firefighter parked "
         "nearby in Harrison, Arkansas. \"I limped to Sage and he called for help,\" the boy "
         "said.", "Sage"),
    ],
)
def test_places_small_towns_need_their_state_and_a_place(text: str, word: str) -> None:
    assert word not in places_of(text)


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        # a county only one state has names that state: the small town typed a region by the
        # tagger for its direction word is read there
        ("A teenager was shot in North Richmond late on Friday, Contra Costa County deputies "
         "said.", "North Richmond", "California"),
    ],
)
def test_places_small_towns_a_county_of_one_state_names_it(
    text: str, word: str, admin1: str
) -> None:
    place_in(text, word, country="USA", admin1=admin1)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Deputies of the Contra Costa County Sheriff's Office were called.", {"US.CA"}),
        ("The East Baton Rouge Parish coroner named the man.", {"US.LA"}),
        # many states have a Sullivan County: it names none of them
        ("The Sullivan County coroner named the man.", set()),
    ],
)
def test_places_small_towns_states_of_counties(text: str, states: set[str]) -> None:
    from newscoder.places.detect import _states_of_counties

    assert _states_of_counties(text) == states
