"""Verbs of saying and of stance put in words that the cue lists lacked (issue 16): listed,
an object of theirs is what the source said ('lambasted | the plan'), with no need for the
model to be sure of it, and the model reads them as the verbs of saying they are."""

import pytest
from quotes_reading import reports

CASES = [
    ("The governor lambasted the new fishing quotas.", "lambasted", "the new fishing quotas"),
    ("Ortiz derided the council's parking scheme.", "derided", "the council's parking scheme"),
    (
        "The senator trumpeted her record on rural broadband.",
        "trumpeted",
        "her record on rural broadband",
    ),
    ("Mensah vouched for the new coach.", "vouched", "the new coach"),
    (
        "The minister speculated that the port would reopen by June.",
        "speculated",
        "that the port would reopen by June",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), CASES)
def test_quotes_more_cues(text: str, cue: str, content: str) -> None:
    found = reports(text)
    assert cue in found and found[cue][0] == content, found
