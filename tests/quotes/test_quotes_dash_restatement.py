"""A phrase after a dash that restates what was reported goes with it (issue 16): 'noted that
tourism is in retreat — a retreat that started when the ferry stopped' and 'discussed one of her
plans — the tram line that would ...' say what the source said or spoke of, where a gloss
after a comma ('praised the governor, a former teacher who ...') is the writer's aside on a
name and stays out."""

import pytest
from quotes_reading import reported

CASES = [
    (
        "The minister noted that tourism on the coast is in retreat — a retreat that started "
        "when the ferry stopped running in 2011.",
        (
            "noted",
            "that tourism on the coast is in retreat — a retreat that started when the ferry "
            "stopped running in 2011",
        ),
    ),
    (
        "The mayor discussed one of her main plans — the tram line that would link the harbour "
        "with the airport.",
        (
            "discussed",
            "one of her main plans — the tram line that would link the harbour with the airport",
        ),
    ),
    (  # guard: a gloss after a comma stays out
        "The senator praised the governor of Ohio, a former teacher who took office in May.",
        ("praised", "the governor of Ohio"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_dash_restatement(text: str, expected: tuple[str, str]) -> None:
    assert reported(text) == [expected]
