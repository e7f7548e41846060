"""A cue that closes its sentence ('A, but B, a city engineer said') reports the whole of
what comes before it (issue 16), however the parser hangs the two clauses; and a verb is a
wish ('want', 'hope') by its own inflected form, never by a longer word that starts with
one ('likened' is no 'like', 'planted' no 'plan'); and a phrase of time on a cue ('spoke for
an hour') is never what was said."""

from __future__ import annotations

import pytest
from quotes_reading import reports

from newscoder.model import Document
from newscoder.parse import parse
from newscoder.quotes.attribution import verb_in
from newscoder.quotes.lexicon import lexicon


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (  # the parser takes 'said' for a conjunct of 'was supposed', with only B on it
            "The bridge was supposed to reopen in May, but the contractor ran out of steel "
            "before the deck was finished, a city engineer said.",
            "said",
            "The bridge was supposed to reopen in May, but the contractor ran out of steel "
            "before the deck was finished",
        ),
        (  # both clauses hung on 'said'; the second alone reads like a finding of its own
            "The mine was due to close in 2020, but the owners found a buyer who kept it "
            "running for three more years, a union official said.",
            "said",
            "The mine was due to close in 2020, but the owners found a buyer who kept it "
            "running for three more years",
        ),
        (  # one clause before the cue: nothing to join
            "The ferry will sail at noon, one passenger said.",
            "said",
            "The ferry will sail at noon",
        ),
    ],
)
def test_quotes_closing_cue_reports_the_whole_sentence(text: str, cue: str, content: str) -> None:
    assert reports(text)[cue][0] == content


def _verb(text: str, word: str):
    doc = parse(Document(id="t", text=text)).doc
    return next(t for t in doc if t.text == word)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "word", "wish"),
    [
        ("Sara likened the new stadium to a spaceship.", "likened", False),
        ("The farmers planted maize along the river.", "planted", False),
        ("The council needled the mayor over the budget.", "needled", False),
        ("She is hoping to win the seat.", "hoping", True),
        ("He wanted a recount.", "wanted", True),
        ("The union was hopeful of a deal.", "hopeful", True),
        ("Residents feared reprisals.", "feared", True),
    ],
)
def test_quotes_wish_by_inflection_only(text: str, word: str, wish: bool) -> None:
    assert verb_in(_verb(text, word), lexicon().wish_verbs) is wish


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_likening_is_said() -> None:
    """A comparison drawn is a view said of the thing compared, not a wish."""
    text = "Sara likened the new stadium to a spaceship."
    assert reports(text)["likened"] == ("the new stadium to a spaceship", "Sara")


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("The mayor spoke for an hour, saying the budget was balanced.", "spoke", None),
        ("The minister spoke for two hours at the rally.", "spoke", None),
        ("The governor wrote on Friday about the drought.", "wrote", "the drought"),
    ],
)
def test_quotes_time_phrase_is_no_content(text: str, cue: str, said: str | None) -> None:
    """How long or when someone spoke is not what they said; what it was about still is."""
    found = reports(text).get(cue)
    assert (found[0] if found else None) == said
