"""The byline's writer and outlet are no actors of the story (issue 15), and force used is no
body of armed men ("police used excessive force"). Invented article and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscoder.actors.stage import code_phrase
from newscoder.pipeline import analyze_document
from newscoder.read import iter_documents

ARTICLE = (
    "Fishermen block harbour over fuel prices\n\n"
    "By Tom Okafor, Reuters\n\n"
    "Hundreds of fishermen blocked the harbour in Mombasa on Monday, demanding cheaper fuel, "
    "a port official said.\n"
)


@pytest.mark.slow
@pytest.mark.issue(15)
def test_the_bylines_outlet_is_no_actor(tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    document = next(iter(iter_documents([path])))
    assert document.byline_span is not None  # the reader found the byline
    analysis = analyze_document(document, stages=("entities", "places", "actors"))
    byline = document.byline_span
    inside = [a.name for a in analysis.actors if byline.start <= a.start < byline.end]
    assert inside == []
    assert any(a.name == "port official" for a in analysis.actors)


@pytest.mark.issue(15)
@pytest.mark.parametrize("text", ["excessive force", "deadly force", "the labour force"])
def test_force_as_a_measure_is_no_actor(text: str) -> None:
    assert code_phrase(text) is None


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "code"), [("Israeli forces", "ISRMIL"), ("a police force", "COP")]
)
def test_forces_are_still_actors(text: str, code: str) -> None:
    found = code_phrase(text)
    assert found is not None and found.code == code


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Reuters reported that rebels had seized the airport.", "Reuters"),
        ("A customs officer told Reuters that the port was shut.", "Reuters"),
        ("According to Xinhua, the two ministers met on Monday.", "Xinhua"),
        ("Iranian state media said the tanker had been released.", "Iranian state media"),
        ("The general spoke in an interview with the BBC on Sunday.", "BBC"),
    ],
)
def test_the_outlet_that_reports_is_no_actor(text: str, outlet: str) -> None:
    from newscoder.eval.events import analyse

    assert outlet not in {text[a.start : a.end] for a in analyse(text, "2024-03-05").actors}


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Soldiers raided the offices of Al Jazeera in the city.", "Al Jazeera"),
        ("The government banned the BBC from the region.", "BBC"),
        ("A Reuters journalist was detained at the border.", "Reuters journalist"),
        (
            "Television presenter Maria Okoye said the minister lied.",
            "Television presenter Maria Okoye",
        ),
    ],
)
def test_an_outlet_that_is_acted_on_stays_an_actor(text: str, outlet: str) -> None:
    from newscoder.eval.events import analyse

    assert outlet in {text[a.start : a.end] for a in analyse(text, "2024-03-05").actors}
