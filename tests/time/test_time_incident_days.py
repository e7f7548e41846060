"""Days of local crime reports that the tense or the words around them place (issues 18 and
25): a participle joined to a past verb is past, a time phrase hung on a place noun or a time
of day still belongs to the verb, a bare clock time is no date of its own, holidays written
with a typographic apostrophe, and block numbers that are no years.

Every sentence here is our own; publication dates are chosen so that the wrong reading gives
a different day.
"""

from __future__ import annotations

import pytest
from time_reading import timexes_of, value_of


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # published on a Thursday: "Saturday" five days back, not two days ahead
        ("2018-05-10", "A cook was stabbed and robbed Saturday behind the diner.",
         "Saturday", "2018-05-05"),
        ("2018-05-10", "The clerk was beaten and left Saturday near the tracks.",
         "Saturday", "2018-05-05"),
        # published on a Monday: the shared "will" sends the day ahead, not two days back
        ("2018-05-07", "The lane will be closed and repaved Saturday.",
         "Saturday", "2018-05-12"),
    ],
)
def test_time_a_joined_participle_shares_the_past(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # published on a Sunday; the phrase hangs on "porch" and "garage" in the parse
        ("2018-06-03", "A man was shot on the porch of his garage on Monday night.",
         "Monday night", "2018-05-28TNI"),
        ("2018-06-03", "Two teens were wounded in the lot of a bowling alley on Monday.",
         "Monday", "2018-05-28"),
        # a participle after "after" takes the tense of the verb the preposition hangs on
        ("2014-10-01", "A pupil died Friday after being accidentally shot at home Thursday.",
         "Thursday", "2014-09-25"),
        # a holiday placed by the past tense, though a clock time stands before it ("after
        # midnight" on it is the midnight that opens the day)
        ("2019-02-20", "Her nephew was shot and killed shortly after midnight on the Fourth "
         "of July.", "midnight on the Fourth of July", "2018-07-04T00:00"),
    ],
)
def test_time_a_phrase_on_a_place_or_a_time_of_day_is_the_verbs(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        ("2019-01-02", "The teenager died on New Year’s Eve after the gun went off.",
         "New Year’s Eve", "2018-12-31"),
        ("2019-01-02", "The teenager died on New Year's Eve after the gun went off.",
         "New Year's Eve", "2018-12-31"),
    ],
)
def test_time_holidays_with_either_apostrophe(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "not_time"),
    [
        ("Officers found him in the 1400 block of Grove Avenue.", "1400"),
        ("The car stopped in the 1900 block of Elm Street S.", "1900"),
        ("Shots rang out near 1950 Lakeview Road at dusk.", "1950"),
    ],
)
def test_time_block_and_house_numbers_are_no_years(text: str, not_time: str) -> None:
    assert not_time not in [t.text for t in timexes_of(text, "2017-03-01")]


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # published on a Sunday morning: the night is Saturday's, its small hours Sunday's
        ("2019-08-04", "Five people were hurt in a brawl overnight. Deputies arrived at about "
         "2:10 a.m.", "2:10 a.m.", "2019-08-04T02:10"),
        ("2019-08-04", "A bouncer was stabbed late Friday night. The fight began around "
         "1 a.m. outside the club.", "1 a.m.", "2019-08-03T01:00"),
        # an evening hour stays on the night's own day
        ("2019-08-04", "A bouncer was stabbed late Friday night. The fight began around "
         "11 p.m. outside the club.", "11 p.m.", "2019-08-02T23:00"),
    ],
)
def test_time_the_small_hours_after_a_night_are_the_next_day(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # published on a Tuesday: an act under way looks back to the night before
        ("2017-01-17", "Deputies are investigating a stabbing Monday night near the docks.",
         "Monday night", "2017-01-16TNI"),
        ("2017-01-17", "Officers are searching for a gunman who fired at a bus Sunday.",
         "Sunday", "2017-01-15"),
        # a plan in the progressive still looks ahead
        ("2017-01-17", "The board is voting on the budget on Monday.", "Monday",
         "2017-01-23"),
    ],
)
def test_time_an_act_under_way_is_no_plan(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # "following" without "the" is a preposition: the Friday before, not the next one
        ("2015-01-24", "Four teens were treated following Friday night's shooting.",
         "Friday night", "2015-01-23TNI"),
        ("2015-01-24", "The bar closed following Thursday's brawl.", "Thursday",
         "2015-01-22"),
    ],
)
def test_time_following_as_a_preposition(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value
