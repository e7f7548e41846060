"""People titled by an office of an international body (issue 15): invented phrases.

A person whom the KB files under their own state acts for the body named in their title
("UN mediator X" is the UN's, not their country's); a state's own office keeps the state."""

from __future__ import annotations

import pytest

from newscoder.actors.stage import code_phrase

WHEN = "1988-04-02"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("U.N. mediator Diego Cordovez", "IGOUNO"),
        ("UN Secretary-General Kofi Annan", "IGOUNO"),
        ("UN special envoy Diego Cordovez", "IGOUNO"),
        ("Ecuadorean diplomat Diego Cordovez", "ECU"),
    ],
)
def test_a_body_in_the_title_is_whom_the_person_acts_for(phrase: str, code: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is not None and found.code.startswith(code), found


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the teachers' union's president", "LAB"),
        ("union president Ada Okafor", "LAB"),
        ("the company's chairwoman", "BUS"),
        ("company president", "BUS"),
        # the head of a state's own body is still the state's
        ("police chief", "COP"),
        ("the Kenyan president", "KENGOV"),
    ],
)
def test_the_head_of_a_body_is_of_that_body(phrase: str, code: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is not None and found.code == code, found
