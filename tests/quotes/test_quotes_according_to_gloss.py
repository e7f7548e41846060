"""What 'according to X' closes (issue 16): a relative clause set off by a comma or a dash
just before the phrase is what X vouches for, not the sentence it is hung on; and a gerund
that is the subject ('Fundraising, according to ..., has risen') makes no clause of its own,
so the phrase sits inside the clause and the whole clause is reported."""

from __future__ import annotations

import pytest
from quotes_reading import reports


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Turnout was low in towns with many students, who make up a third of the "
            "voters, according to the county clerk.",
            "who make up a third of the voters",
        ),
        (
            "The board hired Lena Ortiz, who had run the port for a decade, according to "
            "the minutes.",
            "who had run the port for a decade",
        ),
        (
            "Recycling, according to the council, has doubled since the spring.",
            "Recycling, according to the council, has doubled since the spring",
        ),
        # a relative clause inside the sentence is part of what it closes
        (
            "The mayor, who took office in May, cut the budget, according to the council.",
            "The mayor, who took office in May, cut the budget",
        ),
        ("Sales fell sharply in May, according to the chamber.", "Sales fell sharply in May"),
    ],
)
def test_quotes_according_to_closes_a_gloss_or_its_clause(text: str, content: str) -> None:
    assert reports(text)["according to"][0] == content
