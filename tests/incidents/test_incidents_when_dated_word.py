"""Issue 25 item 3: a word of the occurrence that carries its own day ("the Oct. 30 killing")
dates the incident, even where its clause already tells the occurrence by another word
("charged with homicide in the Oct. 30 killing") and an earlier sentence gave it only the
day of another act ("described Thursday how she was shot"): the day said of the harm itself
beats the day of the testimony. Reports written for these tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_day

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # testimony on Thursday; the charge names the killing's own day
        ("2016-11-18",
         "A roommate described Thursday how Ana Ruiz was shot in the kitchen of their "
         "Bellvale flat. Dan Roe, 18, is charged with homicide in the Oct. 30 killing, "
         "prosecutors said.", "2016-10-30"),
        # a hearing on Monday; the murder count names the stabbing's own day
        ("2015-03-18",
         "A witness described on Monday how a man was stabbed after a card game in a "
         "garage on Birch Street. The accused, 24, is charged with murder in the Feb. 21 "
         "stabbing of Carl Mott.", "2015-02-21"),
    ],
)
def test_a_dated_word_of_the_harm_dates_the_incident(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day
