"""A title and name "of" a country is that country's (issue 15): invented sentences.

The knowledge base knows "Hassan" as Jordan's prince; "King Hassan of Morocco" was cut to
"King Hassan" and coded Jordanian, and a pronoun that now finds the person (not the country
named after him) carried Jordan into the event. The phrase with its country is coded whole
(actors.stage.of_a_country) when it names another country than the name alone.
"""

from __future__ import annotations

import pytest

from newscoder.model import Actor


def actors_of(text: str) -> list[tuple[str, str]]:
    from newscoder.eval.events import analyse

    found: list[Actor] = analyse(text, "1995-03-05").actors
    return [(a.code, text[a.start : a.end]) for a in found]


CASES = [
    ("King Hassan of Morocco opened the new parliament in Rabat.", "King Hassan", "MAR"),
    ("Prince Hassan of Jordan visited Cairo on Sunday.", "Prince Hassan", "JOR"),
    ("President Lula of Brazil met Chinese officials in Beijing.", "President Lula", "BRA"),
]


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "name", "country"), CASES)
def test_a_person_of_a_country_is_its(text: str, name: str, country: str) -> None:
    codes = [code for code, said in actors_of(text) if said == name]
    assert codes and all(code.startswith(country) for code in codes), actors_of(text)
