"""Issue 25: how a headline groups its counts. A number governs the noun after it ("4
Millbrook residents"), the next number starts a new count even with no comma between ("3
killed 5 wounded"), and a list of victim groups before one verb sums ("Girl, two uncles
shot" is three). Headlines invented for these tests."""

from __future__ import annotations

import pytest

from newscoder.incidents.headline import headline_toll

pytestmark = pytest.mark.issue(25)


@pytest.mark.parametrize(
    ("headline", "killed", "hurt"),
    [
        # no comma between two counts: the second number starts a new count
        ("4 villagers killed 9 injured in market attack", 4, 9),
        ("2 killed 5 wounded at Elmstead picnic", 2, 5),
        ("Three dead two hurt after Brookvale party", 3, 2),
        # a number governs the noun phrase after it, whatever the noun
        ("Two Kettering residents injured in crossfire", None, 2),
        ("Three Harlow County deputies wounded in standoff", None, 3),
        ("Five partygoers shot near Quarry Road", None, 5),
        # an age told as a decade belongs to the people counted
        ("Two men in their 30s shot outside Pine Hollow tavern", None, 2),
        ("Three teens in their late teens wounded at skate park", None, 3),
        # a list of victim groups before one verb sums
        ("Man, woman shot on Birchwood Avenue", None, 2),
        ("Boy and his grandmother wounded in drive-by", None, 2),
        ("Girl, two uncles shot at cookout", None, 3),
        ("Toddler, Four Adults Injured in Cedar Falls Shooting", None, 5),
        ("Mother, three children dead in house fire", 4, None),
        ("Teen girl, 2 men shot, 1 dies, near Oak Street", 1, 2),
        # "shooting of five": the count of those hit
        ("Police make arrest in shooting of four teens", None, 4),
        ("Detectives link shooting of 6 to gang feud", None, 6),
        # not counts: one person alone, an age, a count of what is not a victim
        ("Man shot on Birchwood Avenue", None, None),
        ("Woman, 34, shot outside laundromat", None, None),
        ("3 arrested after man shot at Dover gas station", None, None),
        ("Father of 3 shot dead at his door", None, None),
        ("Accidental shooting of 7-year-old boy", None, None),
        ("Nine year-old boy wounded by stray bullet", None, None),
        # a count of shootings is of occurrences; a list member that is no people ends it
        ("Police probe 3 overnight shootings in Ridgefield", None, None),
        ("Rough night: 12 calls, 2 dead, 4 hurt", 2, 4),
        # "shot to death" is of the dead; "both" counts the list already given
        ("Couple and son found shot to death in cabin", 3, None),
        ("Deputy and suspect both shot during struggle", None, 2),
    ],
)
def test_headline_groups_counts(headline: str, killed: int | None, hurt: int | None) -> None:
    toll = headline_toll(headline)
    assert (toll.killed, toll.hurt()) == (killed, hurt)
