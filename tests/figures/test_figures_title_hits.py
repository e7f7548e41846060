"""A title that tells one person hit without a count ("shooting of 12-year-old boy", "toe
grazed by bullet", "Boy stable after shooting") is one hurt, where the text tells no one
hurt and no death (issue 18): the page behind such a title is often a stub.

Titles and texts are our own inventions.
"""

from __future__ import annotations

import pytest

from newscoder.figures.headline import death_toll
from newscoder.incidents.headline import headline_toll
from newscoder.model import Document
from newscoder.pipeline import analyze_document

STUB = "Sign in to keep reading. Already a subscriber? Log in here."


def _tolls(title: str, text: str) -> tuple[float, float]:
    document = Document(id="t", text=text, published="2017-03-09", title=title)
    figures = analyze_document(document, stages=["figures"]).figures
    toll = death_toll(figures)
    injured = next((f.value for f in figures if f.headline and f.category == "injured"), 0)
    return (toll.value if toll is not None else 0), injured


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("title", "hit"),
    [
        ("Deputies look into accidental shooting of 6-year-old girl", True),
        ("Man held in shooting of Elm Street store clerk", True),
        ("Arrest made after shooting 20-year-old woman in the arm", True),
        ("Sheriff: Boy's shooting was an accident", True),
        ("Hunter accidentally shooting himself while cleaning rifle", True),
        ("8-year-old's foot grazed by bullet outside school", True),
        ("Woman struck by stray gunfire while cooking dinner", True),
        ("Toddler stable after shooting at family home", True),
        # a shooting told with no one hit, nor any person it is of
        ("Police investigate shooting on Maple Avenue", False),
        ("Officers say Tuesday shooting was accidental", False),
        ("Two charged after weekend shooting outside hospital", False),
        # the dead of a shooting are no person hit and hurt
        ("Suspect in 3 Ohio shooting deaths due in court", False),
        # a count is no one person hit
        ("shooting of five", False),
    ],
)
def test_title_tells_one_hit(title: str, hit: bool) -> None:
    assert (headline_toll(title).least_hurt == 1) is hit


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("title", "text", "killed", "injured"),
    [
        ("Deputies look into accidental shooting of 6-year-old girl", STUB, 0, 1),
        ("8-year-old's foot grazed by bullet outside school", STUB, 0, 1),
        # the text tells a death: the one hit may be the one who died
        ("Arrest made in shooting of teenage boy",
         "The 15-year-old died at the scene, police said.", 1, 0),
        # the text counts its own hurt: the title fills no gap
        ("Arrest made in shooting of teenage boy",
         "Two teenagers were wounded in the shooting, police said.", 0, 2),
    ],
)
def test_title_hit_fills_a_gap(title: str, text: str, killed: float, injured: float) -> None:
    assert _tolls(title, text) == (killed, injured)
