"""A passive with no source that says where or how someone is, or the writer's own request
to the reader, is no unnamed-source report (issue 16): 'Firefighters were called to a
warehouse', 'was pronounced dead', 'was listed in serious condition', 'anyone who saw the
crash is asked to phone the police'. A clause or a quotation after the passive is still a
report with its source unnamed, and 'was accused of', 'is seen as' stay views reported."""

import pytest
from quotes_reading import reported

NOT_SPEECH = [
    "Firefighters were called to a warehouse on Mill Lane shortly after 6 a.m. on Sunday.",
    "The driver was pronounced dead at St. Mary's Hospital an hour later.",
    "A cyclist was listed in serious condition at the county hospital.",
    "Anyone who saw the crash is asked to phone the police on the non-emergency number.",
    "Drivers are urged to avoid the ring road until the bridge reopens.",
]

STILL_REPORTS = [
    ("The mayor was told the plant would close by the end of the year.", "told"),
    ("The council was asked whether the road would reopen before winter.", "asked"),
    ("The bakery owner was accused of cheating dozens of suppliers.", "accused"),
    ("The new stadium is seen as a gift to the richest club in town.", "seen"),
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_no_report_from_a_place_or_state(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(("text", "cue"), STILL_REPORTS)
def test_a_clause_or_view_stays_reported(text: str, cue: str) -> None:
    assert cue in [c for c, _ in reported(text)], reported(text)
