"""Which dependents of a cue can hold what was reported (issue 16): the subject of a bare
passive ('X was first reported by Y') and a second clause joined to the cue."""

from __future__ import annotations

import pytest

from newscoder.model import Document
from newscoder.parse import parse
from newscoder.quotes.features import candidate_parts
from newscoder.quotes.indirect import subject_of


def parts_of(text: str, verb: str) -> set[str]:
    doc = parse(Document(id="t", text=text)).doc
    cue = next(t for t in doc if t.text == verb)
    return {p.dep_ for p in candidate_parts(cue)}


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "verb", "subject_part"),
    [
        ("The leak was first reported by the local paper.", "reported", True),
        ("The rebels were hailed by supporters as heroes.", "hailed", False),
        ("The leak was reported by the local paper on Monday.", "reported", True),
        ("The nurses were told by the manager that the ward would close.", "told", False),
        ("The minister said the budget was fair.", "said", False),
    ],
)
def test_quotes_parts_subject_of_a_bare_passive(text: str, verb: str, subject_part: bool) -> None:
    """A passive with nothing after it but its agent and plain phrases ('on Monday') may
    report its subject; one with a clause or an 'as' after it does not."""
    assert ("nsubjpass" in parts_of(text, verb)) is subject_part


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        (
            "While his advisers have suggested the plan would fail, he is calm.",
            "suggested",
            "advisers",
        ),
        ("When asked about the plan, the senator smiled.", "asked", None),
    ],
)
def test_quotes_parts_a_participle_with_its_own_subject_has_a_source(
    text: str, verb: str, source: str | None
) -> None:
    """'While his advisers have suggested ...' has its source; 'When asked ...' names none."""
    doc = parse(Document(id="t", text=text)).doc
    cue = next(t for t in doc if t.text == verb)
    found = subject_of(cue)
    assert (found.text if found is not None else None) == source


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        ("Senator Warren pressed the banker to admit his mistakes.", "admit", "banker"),
        ("The judge ordered the company to disclose its accounts.", "disclose", "company"),
        ("The union urged its members to reject the offer.", "reject", "members"),
        ("The governor promised voters to cut taxes.", "cut", "governor"),
        ("The minister refused to comment on the report.", "comment", "minister"),
    ],
)
def test_quotes_parts_the_object_does_what_it_is_urged_to(
    text: str, verb: str, source: str
) -> None:
    """'pressed X to admit': X admits; 'promised X to cut': the one who promised cuts."""
    doc = parse(Document(id="t", text=text)).doc
    cue = next(t for t in doc if t.text == verb)
    found = subject_of(cue)
    assert found is not None and found.text == source
