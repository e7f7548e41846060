"""``newscoder eval incidents``: the lead incident against the Gun Violence Archive's record."""

from __future__ import annotations

import pytest

from conftest import shared_file
from newscoder.eval.incidents import _same, checks, evaluate, gold_location


@pytest.mark.parametrize(
    ("location", "city", "state"),
    [
        ("2100 block of Main St, Franklin, Indiana", "Franklin", "Indiana"),
        ("Edwards Street , Rocky Mount, North Carolina", "Rocky Mount", "North Carolina"),
        ("Ohio", None, "Ohio"),
    ],
)
def test_the_gold_location_is_street_city_state(
    location: str, city: str | None, state: str
) -> None:
    assert gold_location(location) == (city, state)


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("Goleta (Isla Vista)", "Isla Vista", True),
        ("Goleta (Isla Vista)", "Goleta", True),
        ("Saint Louis", "St. Louis", True),
        ("Chicago", "Chicago Heights", False),
        ("Chicago", None, False),
    ],
)
def test_city_names_are_compared_across_spellings(
    gold: str, predicted: str | None, same: bool
) -> None:
    assert _same(gold, predicted) is same


def test_a_missing_incident_counts_as_no_casualties() -> None:
    row = {"location": "Main St, Dayton, Ohio", "date": "2016-05-07", "fatalities": 0,
           "injured": 0}
    assert checks(row, None) == {
        "state": False, "city": False, "day": False, "killed": True, "injured": True,
    }


@pytest.mark.slow
@pytest.mark.shared
def test_the_evaluation_runs_on_the_development_articles() -> None:
    figures = evaluate(shared_file("data/casualties/gva_dev.jsonl"), limit=5)
    assert figures["documents"] == 5
    assert 0.0 <= figures["all_five"] <= figures["killed"] <= 1.0
    assert figures["incidents_per_article"] > 0
