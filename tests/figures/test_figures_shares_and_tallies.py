"""Shares of a group, nouns the parser joins to a verb, and calendar tallies (issue 18).

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import tolls


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a share of the shot repeats the lede's toll, and still tells who of them died
        (
            "A house where two men were shot dead and a woman was hurt is known to police."
            " Three people were shot there. Two of the victims died at the scene.",
            2,
            1,
        ),
        (
            "Five people were killed and one hurt at the farm. Six people were shot in"
            " all, and five of them died.",
            5,
            1,
        ),
        # a counted noun the parser hangs on the verb before it is the next verb's subject
        (
            "A cook died and four others -- among them two waiters -- were hurt in the blast.",
            1,
            4,
        ),
        ("One guard died and two others were wounded in the attack.", 1, 2),
        ("Two riders were killed and at least nine more were hurt in the pile-up.", 2, 9),
        # a number the parser makes a modifier of the state word after it
        ("The fire left one tenant dead and four more hurt.", 1, 4),
    ],
)
def test_figures_shares_and_joined_subjects(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # a count over a calendar span adds up many events: the story's own count heads
        ("A teen was shot in the foot on Friday. Some 300 were shot here this year.", 1),
        ("Two men were wounded Sunday. The city counts 90 people wounded every year.", 2),
        # a count over several events marked as such: the story's own event heads
        (
            "Three people were hurt in separate shootings overnight. In the first, a woman"
            " was shot in the arm outside a bakery.",
            1,
        ),
        ("Two boys were wounded in unrelated incidents. A boy, 9, was hit in the foot.", 1),
        # a span said in another clause of the sentence does not make the count a tally
        (
            "Three people were wounded at a bar on Sunday, the second such shooting this month.",
            3,
        ),
    ],
)
def test_figures_calendar_tallies_do_not_head(text: str, injured: float) -> None:
    assert tolls(text)[1] == injured
