"""'Call out' is blame said in public, not a name given (issue 16): 'Okafor called out his
rival for ...' reports what Okafor held against the rival. A naming verb's object with no
particle, or with another one ('called up a friend'), stays no content."""

import pytest
from quotes_reading import reports

SPOKEN = [
    (
        "Senator Okafor called out her rival Tom Reyes for ignoring the dairy farmers.",
        "her rival Tom Reyes for ignoring the dairy farmers",
    ),
    (
        "The union leader called out the shipping firms for cutting wages again.",
        "the shipping firms for cutting wages again",
    ),
]

NOT_SPOKEN = [
    "The mayor called up an old friend on Sunday.",
    "The villagers called the new bridge the Blue Span.",
    "Residents named the square after a local poet.",
]


@pytest.mark.parametrize(("text", "content"), SPOKEN)
def test_quotes_called_out_reports(text: str, content: str) -> None:
    found = reports(text)
    assert "called" in found and found["called"][0] == content, found


@pytest.mark.parametrize("text", NOT_SPOKEN)
def test_quotes_called_out_naming_stays_out(text: str) -> None:
    assert reports(text) == {}
