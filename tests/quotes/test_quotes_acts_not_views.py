"""Acts the attribution model can take for stances (issue 16): a verb no cue list names,
done with an aim ('riot police fired water cannon | to clear the square') or to a person ('a
judge jailed a former councillor | for fraud'), reports no one's words. A person with a view
of them ('painted her rival | as a friend of the banks') or a listed verb ('urged the
mayor | to resign')
stays a report."""

import pytest
from quotes_reading import cues

ACTS = [
    ("Riot police fired water cannon to clear the square outside the town hall.", "fired"),
    ("Soldiers blocked the main road to stop the convoy reaching the border.", "blocked"),
    ("A judge in Porto jailed a former councillor for six years for fraud.", "jailed"),
    ("A court in Nairobi sentenced a former governor to ten years for taking bribes.",
     "sentenced"),
    ("In a separate ruling, a court in Trujillo sentenced a former councillor to five years "
     "in prison for taking kickbacks.", "sentenced"),  # the person left out of the content
]

VIEWS = [
    ("The senator painted her rival as a friend of the big banks.", "painted"),
    ("Residents urged the mayor to resign over the flooding.", "urged"),
    ("The unions said the strike would go ahead on Monday.", "said"),
    ("The senator came on the radio to talk about the new border checks.", "talk"),
    ("The presenter went on to describe how the floods had ruined the harvest.", "describe"),
]


@pytest.mark.parametrize(("text", "cue"), ACTS)
def test_an_act_is_no_report(text: str, cue: str) -> None:
    assert cue not in cues(text)


@pytest.mark.parametrize(("text", "cue"), VIEWS)
def test_a_view_stays(text: str, cue: str) -> None:
    assert cue in cues(text)
