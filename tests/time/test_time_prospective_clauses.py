"""A day or month in a clause that looks ahead without "will": under a modal of possibility
or obligation ("could reopen", "may be put off", "must pay by"), or after "to" under a word
that puts the act ahead ("are set to meet", "is likely to vote", "vowed to return"); and a
weekday joined to the one just told ("Saturday or Sunday") lies beside it (issue 18).

Every sentence is our own. The paper is printed on a Thursday, so that a bare weekday read
as "the nearest one" lies in the past week when it is four days back or less.
"""

from __future__ import annotations

import pytest
from time_reading import value_of

PRINTED = "2014-05-15"  # a Thursday


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a modal before a bare verb: the act lies ahead
        ("The ferry could sail again on Tuesday.", "Tuesday", "2014-05-20"),
        ("Officials said the border may reopen on Monday.", "Monday", "2014-05-19"),
        ("The hearing might be moved to Tuesday.", "Tuesday", "2014-05-20"),
        ("Tenants must leave the tower by Monday.", "Monday", "2014-05-19"),
        ("The harvest could begin in February.", "February", "2015-02"),
        # ... but not a perfect, a day before the modal, nor an inability
        ("The parcel must have arrived on Monday.", "Monday", "2014-05-12"),
        ("Rangers warned on Monday that the dam could burst.", "Monday", "2014-05-12"),
        ("Rescuers could not reach the village on Monday.", "Monday", "2014-05-12"),
        ("No one could be found at the farm on Monday.", "Monday", "2014-05-12"),
        # an infinitive under a word that puts its act ahead
        ("The two mayors are set to sign the pact on Monday.", "Monday", "2014-05-19"),
        ("The assembly is likely to vote on Tuesday.", "Tuesday", "2014-05-20"),
        ("The striking pilots vowed to walk out again on Tuesday.", "Tuesday", "2014-05-20"),
        ("A heat wave is forecast to arrive on Monday.", "Monday", "2014-05-19"),
    ],
)
def test_time_a_clause_that_looks_ahead(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the first day is ahead, so is the one joined to it, though only four days back
        ("The fair is on Saturday or Sunday, organisers said.", "Sunday", "2014-05-18"),
        ("The fair is on Saturday and Sunday.", "Sunday", "2014-05-18"),
        # a day joined by "and" may lie before the first ("Friday and Thursday")
        ("Below are letters sent Wednesday and Tuesday by the league's lawyer.", "Tuesday",
         "2014-05-13"),
        # a stretch runs forward from its first day
        ("The museum is closed from Saturday through Monday.", "Monday", "2014-05-19"),
    ],
)
def test_time_a_weekday_joined_to_the_day_before_it(
    text: str, expression: str, value: str
) -> None:
    assert value_of(text, PRINTED, expression) == value
