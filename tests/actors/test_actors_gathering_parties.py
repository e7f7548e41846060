"""A party gathered for an occasion or a task (a wedding, search or boarding party) is no
political party: its people are not coded PTY. Invented phrases."""

from __future__ import annotations

import pytest

from newscoder.actors.stage import code_phrase


@pytest.mark.parametrize(
    "phrase",
    [
        "a wedding party in the central Yemeni province of Marib",
        "a search party",
        "the birthday party",
        "a navy boarding party",
        "rescue parties",
        "a hunting party from the village",
    ],
)
def test_gathering_is_no_political_party(phrase: str) -> None:
    found = code_phrase(phrase)
    assert found is None or "PTY" not in found.code


@pytest.mark.parametrize(
    "phrase, code",
    [
        ("a political party", "PTY"),
        ("the Labour Party", "GBRPTY"),
        ("the party", "PTY"),
    ],
)
def test_political_parties_stay(phrase: str, code: str) -> None:
    found = code_phrase(phrase)
    assert found is not None and code in found.code
