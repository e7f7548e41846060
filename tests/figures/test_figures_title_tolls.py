"""A record's title is the story's first claim: its count heads a category the body does not
count, and an update of the body's count (more dead, a count of the hurt said in words,
more people hit than the body counts hurt) heads over it (issue 18).

Titles and texts are our own inventions.
"""

from __future__ import annotations

import pytest

from newscoder.figures.headline import death_toll
from newscoder.model import Analysis, Document, Span
from newscoder.pipeline import analyze_document


def _analysis(title: str | None, text: str) -> Analysis:
    document = Document(id="t", text=text, published="2019-08-04", title=title)
    return analyze_document(document, stages=["figures"])


def _tolls(title: str | None, text: str) -> tuple[float, float]:
    figures = _analysis(title, text).figures
    toll = death_toll(figures)
    injured = next((f.value for f in figures if f.headline and f.category == "injured"), 0)
    return (toll.value if toll is not None else 0), injured


STUB = "Subscribe to read more. Sign in to your account to continue."


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("title", "text", "killed", "injured"),
    [
        # the body counts nothing: the title's counts head
        ("3 wounded in overnight shooting", STUB, 0, 3),
        ("Two dead, four hurt in bar shooting", STUB, 2, 4),
        ("5 shot, 1 fatally, near downtown park", STUB, 1, 4),
        ("Gunman kills 2 at gas station", STUB, 2, 0),
        # a death told with no number is one, at least; one hit with no number is one hurt
        ("Police investigate fatal shooting on Elm Street", STUB, 1, 0),
        ("Teen shot in leg outside school", STUB, 0, 1),
        # the body counts its own: the title's same or rounder count does not replace it
        ("1 dead in apartment shooting", "A man was killed and two women were wounded.", 1, 2),
        # the title counts more dead than the body: the body told only a part
        ("3 dead in house fire shooting", "Police said the gunman killed his wife.", 3, 0),
        # ... not when the title rounds up several shootings
        ("5 dead in weekend shootings across the city", "A man was killed on Oak Street.",
         1, 0),
        # ... but over a count of several, a larger title count is a roundup: the text's
        ("Dozens killed in air raids", "Twelve soldiers were killed in the raid.", 12, 0),
        ("9 dead in weekend violence", "Two brothers were killed in the shooting.", 2, 0),
        # the title tells a death the text does not: the one person the text tells hurt is
        # the one who died (the text is the earlier report) ...
        ("Teen dies days after shooting on Birch Lane",
         "A 16-year-old was taken to a hospital after he was shot on Birch Lane.", 1, 0),
        # ... not when the title counts the hurt too, or the text tells a death of its own
        ("1 dead, 1 hurt in shooting on Birch Lane",
         "A 16-year-old was taken to a hospital after he was shot on Birch Lane.", 1, 1),
        # a count of the hurt the title says in words is the later count
        ("Four injured in mall shooting", "Two people were wounded, police said.", 0, 4),
        # ... but not a roundup of several shootings, nor a count of the worst hurt only
        ("6 wounded in weekend shootings across town", "Two men were wounded on Elm Road.",
         0, 2),
        ("2 critically hurt in shooting of five", "Five people were wounded at the park.",
         0, 5),
        # the hurt the title only implies (the hit less the dead) head over a smaller count
        # of the text, which tells a part of those hit ...
        ("6 shot at party", "Three people were wounded at the party.", 0, 6),
        ("4 shot near a corner store", "Two men are still in hospital after the gunfire.",
         0, 4),
        ("3 shot, 1 dead on Oak Avenue", "One man was wounded in the leg.", 1, 2),
        # a count by severity is a part of those hit: the hit less the dead are the hurt
        ("Five men shot, one critically, outside a dance hall", STUB, 0, 5),
        ("6 people shot, 2 seriously hurt near the pier", "Two men were badly wounded.", 0, 6),
        # ... not under a smaller or equal one, nor over several shootings
        ("2 shot at park", "Three people were wounded at the park.", 0, 3),
        ("5 shot in separate shootings across city", "A woman was wounded on Pine Street.",
         0, 1),
        # no title, or a title with no count: the body alone
        (None, "Two men were wounded in the shooting.", 0, 2),
        ("Police seek suspect", "Two men were wounded in the shooting.", 0, 2),
    ],
)
def test_figures_title_tolls(title: str | None, text: str, killed: float, injured: float) -> None:
    assert _tolls(title, text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_title_figure_has_no_offsets() -> None:
    figures = _analysis("2 killed in crash", STUB).figures
    titled = [f for f in figures if f.from_title]
    assert [(f.category, f.value, f.start, f.end) for f in titled] == [("killed", 2, 0, 0)]
    assert titled[0].to_contract()["from_title"] is True


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_title_line_inside_text_read_with_text() -> None:
    # a title line of the text itself is read as text: no second figure from it
    text = "2 killed in crash\n\nTwo people died late Friday."
    document = Document(id="t", text=text, published="2019-08-04", title="2 killed in crash",
                        title_span=Span(0, 17))
    figures = analyze_document(document, stages=["figures"]).figures
    assert not any(f.from_title for f in figures)
