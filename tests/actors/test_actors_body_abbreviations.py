"""Issue 15, item 2: a body named by its abbreviation is that body, not a town the letters
spell; "the MoD" is Britain's defence ministry (as "the Pentagon" is the US military), and a
country written before it wins. Invented phrases and a sentence."""

from __future__ import annotations

import pytest

from newscoder.actors.stage import code_phrase

pytestmark = pytest.mark.issue(15)


@pytest.mark.parametrize(
    ("text", "code"),
    [("the MoD", "GBRMIL"), ("MoD", "GBRMIL"), ("the Pentagon", "USAMIL")],
)
def test_body_abbreviation_is_its_body(text: str, code: str) -> None:
    found = code_phrase(text, "2005-03-01")
    assert found is not None and found.code == code


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [("Auditors said the MoD had wasted money on helicopters.", "MoD", "GBRMIL")],
)
def test_body_abbreviation_in_a_sentence(text: str, words: str, code: str) -> None:
    from newscoder.eval.events import analyse

    found = {text[a.start : a.end]: a.code for a in analyse(text, "2005-03-01").actors}
    assert found.get(words) == code
