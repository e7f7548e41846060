"""A title that counts the hurt in words tells the first count: a larger count the text
builds past a count it states (one more person "also" shot, a "fifth victim") heads over it
(issue 18).

Titles and texts are our own inventions.
"""

from __future__ import annotations

import pytest

from newscoder.model import Document
from newscoder.pipeline import analyze_document


def _injured(title: str, text: str) -> float:
    document = Document(id="t", text=text, published="2019-08-04", title=title)
    figures = analyze_document(document, stages=["figures"]).figures
    return next((f.value for f in figures if f.headline and f.category == "injured"), 0)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("title", "text", "injured"),
    [
        ("Three wounded in park shooting",
         "Three teenagers were shot in the park on Friday night. A fourth victim was found"
         " later at a hospital with a wound to the arm.", 4),
        ("Two hurt in shooting outside store",
         "Two men were shot outside the store on Monday. A woman was also hit by a bullet,"
         " police said.", 3),
        # ... but a title's count in words still heads a different count the text states
        ("Four hurt in bar shooting", "Three people were wounded in the bar on Sunday.", 4),
    ],
)
def test_figures_title_first_count(title: str, text: str, injured: float) -> None:
    assert _injured(title, text) == injured
