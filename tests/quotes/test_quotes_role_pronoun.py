"""A 'she' or 'he' whose only antecedent is a person named by role (issue 16): 'The party
leader toured a factory. ... she said ...' is the party leader's report, as a reader takes
it; before, no named person was found and the report was dropped. A group ('the ministry',
'officials') is no antecedent for 'she', and a named person still wins."""

import pytest
from quotes_reading import reports

CASES = [
    (
        "The Green Party leader toured a steelworks in Sheffield on Friday. Standing beside "
        "the furnaces, she said the plant could run on hydrogen within ten years.",
        "The Green Party leader",
    ),
    (
        "The education secretary visited a primary school in Derby. Later he said class sizes "
        "would fall next year.",
        "The education secretary",
    ),
    (
        "The Labour leader attacked the budget on Monday, accusing ministers of neglect. "
        "Speaking in Hull, she said bus fares had risen by a third.",
        "The Labour leader",
    ),
    (  # a named person nearer still wins
        "The city's mayor opened the new bridge. Engineer Priya Nair watched from the bank, "
        "and she said the steel came from Wales.",
        "Priya Nair",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_role_antecedent(text: str, speaker: str) -> None:
    found = reports(text)
    assert "said" in found and found["said"][1] == speaker, found


def test_a_group_is_no_she() -> None:
    text = (
        "The health ministry published new figures on Monday. Asked about them, she said "
        "the wards were full."
    )
    found = reports(text)
    assert "said" not in found or found["said"][1] is None or "ministry" not in found["said"][1]
