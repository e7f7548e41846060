"""Accidents, swims and crimes at home give no event (issue 15): invented sentences.

* A town named in the act's own "in" phrase is where it was done, not a state harmed: with
  no doer named ("a gas explosion destroyed two shops *in Marseille*") nothing political is
  left; a private person's act on private people, or on no one coded, is ordinary crime.
* Swimming and boxing words place a sentence in sport.
* A knife attack with nothing political named is ordinary crime, as a stabbing is.
* A retired teacher or nurse is still of their trade (CAMEO ELI is for former office
  holders), so burglars who break into their home commit an ordinary crime.
"""

from __future__ import annotations

import pytest
from events_reading import coded, events_of

NO_EVENT = [
    "A gas explosion destroyed two shops in Marseille.",
    "The Cuban boxer demolished his opponent in Havana.",
    "A man shot his brother and then himself in Ohio.",
    "A woman was arrested after a knife attack in a park in Vienna.",
    "Thieves broke into the house of a retired nurse in Lisbon.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", NO_EVENT)
def test_accidents_sport_and_crimes_give_no_event(text: str) -> None:
    found = events_of(text)
    assert found == [], coded(found)


ROLES = [
    ("Thieves robbed a retired teacher in Porto.", "retired teacher", "EDU"),
    ("Police questioned a former minister in Lagos.", "former minister", "ELI"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "name", "code"), ROLES)
def test_a_former_office_is_elite_and_a_former_trade_is_kept(
    text: str, name: str, code: str
) -> None:
    from newscoder.eval.events import analyse

    actors = [a for a in analyse(text, "2024-10-14").actors if a.name == name]
    assert actors and actors[0].code == code, [(a.name, a.code) for a in actors]
