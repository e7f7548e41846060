"""What a report leaves out stays out (issue 16). A clause on the cue past a second act of the
speaker ('said A, | telling a host that ...') is not carried into the first report's words by
a later part the parser hangs on the cue; and a second report hung on the cue with its own
subject and verb of saying is another source's report even when what it reports is an object
('..., and two-thirds said | the same of the agency')."""

import pytest
from quotes_reading import reported

CASES = [
    (  # a second act closes the first report; the parser hangs a later clause on 'said'
        "Okafor said he saw no reason to alter anything in his budget, telling Mensah that "
        '"we pay the nurses, we fix the schools" and that he\'d had warm letters from parents '
        "over the past year.",
        ("said", "he saw no reason to alter anything in his budget"),
    ),
    (
        "The minister said she saw no reason to scrap anything in the treaty, telling Ruiz that "
        '"we signed it, we keep it" and that she\'d had firm support from allies over the past '
        "week.",
        ("said", "she saw no reason to scrap anything in the treaty"),
    ),
    (  # a second share of those asked, with its own report
        "Most of the Dublin tenants surveyed said the landlord was careless and slow, and "
        "two-thirds said the same of the agency.",
        ("said", "the landlord was careless and slow"),
    ),
    (  # guards: as before
        "Most farmers said the harvest was good, and nearly half said the opposite about prices.",
        ("said", "the harvest was good"),
    ),
    (
        "The mayor believes the budget is too small, but that the council will find the money.",
        ("believes", "the budget is too small, but that the council will find the money"),
    ),
]


@pytest.mark.parametrize(("text", "first"), CASES)
def test_quotes_cut_part_first_report(text: str, first: tuple[str, str]) -> None:
    found = reported(text)
    assert found and found[0] == first, found


def test_quotes_cut_part_second_report_found() -> None:
    text = CASES[2][0]
    assert ("said", "the same of the agency") in reported(text)
