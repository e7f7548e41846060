"""Issue 15 (actors are people, organisations, groups, governments or countries; a place only
as a metonym): a word that names a body, a company, an inquiry or a people is no small
namesake town elsewhere. A ministry's word ("the Home Office"), a name qualifying a common
noun after a preposition ("the Reliance takeover", "the Butler inquiry"), a short
abbreviation in mixed case ("the MoD") and a stateless people ("the Roma") each once gave an
actor a foreign country through a gazetteer namesake. Invented sentences."""

from __future__ import annotations

import pytest
from places_reading import place_in, places_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(15)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a ministry's word before an institution's word: Home, Washington is no ministry
        ("A Home Office spokeswoman said the visa rules would change in April.", "Home"),
        ("The Home Office said it would appeal against the ruling.", "Home"),
        # a one-word organisation qualifying a noun: the preposition governs the noun
        ("The former minister was a member of the Butler inquiry.", "Butler"),
        ("Analysts worried about the future of the Reliance empire after the split.", "Reliance"),
        ("Taxpayers will get little back from the Dome deal, auditors said.", "Dome"),
        # a body's abbreviation in mixed case is no misspelt town (Maud, Oklahoma)
        ("Auditors said the MoD had wasted money on new helicopters.", "MoD"),
        # a people without a state is no Italian province
        ("Campaigners said many Roma had been turned away at the airport.", "Roma"),
        ("The European Roma Rights Centre took the case to the Lords.", "Roma"),
    ],
)
def test_places_body_or_people_word_is_no_namesake(text: str, word: str) -> None:
    assert word not in places_of(text)


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # the same readings leave real places alone
        ("Flooding closed roads in Butler County, Ohio, on Monday.", "Butler County", "USA"),
        ("The squad trained in Roma before flying to Milan.", "Roma", "ITA"),
        ("She moved from Mobile, Alabama, to the Home Office in London.", "Mobile", "USA"),
    ],
)
def test_places_real_places_stay(text: str, word: str, country: str) -> None:
    place_in(text, word, country=country)
