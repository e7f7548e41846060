"""A clause the parser hangs on the cue as its conjunct that grammar makes a second part of
what was reported (issue 16): one with its own 'that' ('believes A, but that B'), and a bare
infinitive after a finite cue whose content is an infinitive ('agreed to A, and B'). A
conjunct with neither is left to the model: the speaker's next act, or the writer's clause."""

import pytest
from quotes_reading import reports

from newscoder.model import Document
from newscoder.parse import parse
from newscoder.quotes.attribution import second_complement
from newscoder.quotes.features import candidate_parts

RULE = [
    ("The mayor believes the budget is too small, but that the council will find the money.",
     "believes", "find", True),
    ("The neighbours agreed to share the costs, and repair the fence before winter.",
     "agreed", "repair", True),
    ("The mayor said the budget was too small, and the council will decide on Monday.",
     "said", "decide", False),
    ("The neighbours agreed to share the costs and said they would repair the fence.",
     "agreed", "said", False),
]


@pytest.mark.parametrize(("text", "cue", "conj", "second"), RULE)
def test_quotes_second_complement_rule(text: str, cue: str, conj: str, second: bool) -> None:
    doc = parse(Document(id="t", text=text)).doc
    verb = next(t for t in doc if t.text == cue)
    parts = candidate_parts(verb)
    joined = next(c for c in parts if c.text == conj and c.dep_ == "conj")
    others = [c for c in parts if c.i != joined.i]
    assert second_complement(verb, joined, others) is second


CONTENT = [
    ("The mayor believes the budget is too small, but that the council will find the money.",
     "believes", "the budget is too small, but that the council will find the money"),
    ("The neighbours agreed to share the costs, and repair the fence before winter.",
     "agreed", "to share the costs, and repair the fence before winter"),
]


@pytest.mark.parametrize(("text", "cue", "content"), CONTENT)
def test_quotes_second_complement_in_content(text: str, cue: str, content: str) -> None:
    found = reports(text)
    assert cue in found, found
    assert found[cue][0] == content
