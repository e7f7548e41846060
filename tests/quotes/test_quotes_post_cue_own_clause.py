"""A verb of saying after a quotation is not its cue when it reports a clause of its own
(issue 16): '... to "stand together" and said the union would not back down' and '"...,"
the company said, adding that profits doubled': a second verb joined by 'and' or as a
participle, with a clause after it, reports that clause. A quotation closed by two
apostrophes after a full stop ('...unfair.'' The board said ...') ends its sentence, as one
closed by '”' does, so the next sentence's verb is not its cue."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newscoder.model import Document
from newscoder.parse import parse
from newscoder.quotes.direct import DirectFinder, TokenIndex, _reports_own_clause
from newscoder.quotes.lexicon import lexicon
from newscoder.quotes.marks import paragraph_bounds

# The words after the closing mark, as the parser hung them: word, dep, head (index).
AND_SAID = [  # '... and said the union would stay'
    ("and", "cc", 1),
    ("said", "conj", 1),
    ("the", "det", 3),
    ("union", "nsubj", 5),
    ("would", "aux", 5),
    ("stay", "ccomp", 1),
]
ADDING = [  # ', adding that profits doubled'
    (",", "punct", 1),
    ("adding", "advcl", 1),
    ("that", "mark", 4),
    ("profits", "nsubj", 4),
    ("doubled", "ccomp", 1),
]
TOLD_AFTER = [  # 'Ruiz told him it was wrong': the quotation's own cue, a clause or not
    ("Ruiz", "nsubj", 1),
    ("told", "ROOT", 1),
    ("him", "dobj", 1),
    ("it", "nsubj", 4),
    ("was", "ccomp", 1),
    ("wrong", "acomp", 4),
]
AND_SMILED = [("and", "cc", 1), ("smiled", "conj", 1), ("again", "advmod", 1)]


def built(rows: list[tuple[str, str, int]]) -> Doc:
    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        deps=[r[1] for r in rows],
        heads=[r[2] for r in rows],
    )


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("rows", "cue", "own"),
    [(AND_SAID, 1, True), (ADDING, 1, True), (TOLD_AFTER, 1, False), (AND_SMILED, 1, False)],
)
def test_quotes_second_verb_after_marks_reports_its_own_clause(
    rows: list[tuple[str, str, int]], cue: int, own: bool
) -> None:
    doc = built(rows)
    assert _reports_own_clause(doc[cue], len(doc.text)) is own


@pytest.mark.issue(16)
def test_quotes_clause_beyond_the_window_is_not_the_verbs_own() -> None:
    """A clause after the next quotation opens (``end``) may be that quotation's."""
    doc = built(AND_SAID)
    assert not _reports_own_clause(doc[1], doc[5].idx)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize("close", ["''", "”", '"'])
def test_quotes_full_stop_before_a_closing_mark_ends_the_sentence(close: str) -> None:
    opening = {"''": "``", "”": "“", '"': '"'}[close]
    text = (
        f"The panel called the plan {opening}unfair and rushed.{close} The board said it would act."
    )
    finder = DirectFinder(
        text, TokenIndex(parse(Document(id="t", text=text)).doc), lexicon(), paragraph_bounds(text)
    )
    after = text.index("unfair and rushed.") + len("unfair and rushed.") + len(close)
    assert finder._post_cue(after, len(text)) is None
