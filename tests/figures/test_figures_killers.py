"""The killer among the dead (issue 18): a report's victims and the killer's own death.

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest

from newscoder.model import Document
from newscoder.pipeline import analyze_document


def killed(text: str) -> float:
    document = Document(id="t", text=text, published="2016-05-02")
    figures = analyze_document(document, stages=["figures"]).figures
    return next((f.value for f in figures if f.headline and f.category == "killed"), 0)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the victims and the killer who took his own life
        ("A man shot and killed his wife before turning the gun on himself.", 2),
        ("A man killed two coworkers at the plant. He then killed himself.", 3),
        # one who shot himself by accident is the one victim
        ("A boy died on Sunday. He accidentally shot himself while cleaning a rifle.", 1),
        # suicide bombers are no killing the figures read
        ("Two bombers blew themselves up at the gate, killing at least four guards.", 4),
        # an attacker named beside his victims is their killer, not another death
        ("The gunman killed two people at the bar on Friday.", 2),
    ],
)
def test_figures_killers_among_the_dead(text: str, dead: float) -> None:
    assert killed(text) == dead
