"""What an "anti-" word is against is not who the phrase names (issue 15): invented phrases.

"Anti-government protesters" are civilians, not a government; "anti-terrorism police" are
police; an "anti-government march" names no actor at all.
"""

from __future__ import annotations

import pytest

from newscoder.actors.stage import code_phrase

# (phrase, sector it must have, or None for no actor)
CASES = [
    ("anti-government protesters", "CVL"),
    ("anti-terrorism police", "COP"),
    ("anti-government march", None),
    ("government troops", "MIL"),
]


@pytest.mark.parametrize(("phrase", "sector"), CASES)
def test_an_anti_word_names_no_role(phrase: str, sector: str | None) -> None:
    coded = code_phrase(phrase)
    found = coded.sector if coded is not None else None
    assert found == sector, coded
