"""Issue 25 item 2: a bare dateline names a city readers know without its state.

"BALTIMORE —" is Baltimore, Maryland, however many small names of the story also fit towns of
another state; a state the story names outright still takes a namesake there ("PARIS —" in a
story about a Texas county). Invented sentences, one case each.
"""

from __future__ import annotations

import pytest
from places_reading import place_in

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        ("BALTIMORE — Officers said a man was shot near Monroe and Carey streets on Friday. "
         "Crews from Mason and Monroe answered the call, and a Carey resident was held.",
         "BALTIMORE", "Maryland"),
        ("PARIS — Deputies in Lamar County, Texas, said a teenager was wounded on Sunday.",
         "PARIS", "Texas"),
    ],
)
def test_places_datelines_bare_city(text: str, word: str, admin1: str) -> None:
    place_in(text, word, admin1=admin1)
