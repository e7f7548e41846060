"""Two readings of who else was hurt and who of them died (issue 18):

- a person named by their tie to someone told before ("her son", "his brother") is another
  person, so clauses that tell each of them hurt add up;
- a bare number that is the subject of a death ("One died at the hospital") after a count
  of people found hurt is a share of that count, so the rest are the wounded.

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
        ("A woman was struck in the hip by a stray bullet and her nephew was grazed.", 0, 2),
        ("A man was shot in the arm and his cousin was wounded in the foot.", 0, 2),
        # a pronoun is the same person told again
        ("A man was shot in the arm and he was taken to a hospital.", 0, 1),
        ("Deputies found three men with gunshot wounds. One died at the hospital.", 1, 2),
        ("Officers found four victims with gunshot wounds. Two died at the scene.", 2, 2),
    ],
)
def test_figures_kin_and_bare_shares(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
