"""``newscoder eval acled`` on the development snippets (skipped where ../shared is absent)."""

from __future__ import annotations

import pytest

from conftest import shared_file
from newscoder.eval.acled import confusions, evaluate, weighted_f1

pytestmark = pytest.mark.issue(23)


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([("Grenade", "Grenade"), ("Attack", "Attack")], 1.0),
        ([("Grenade", None), ("Attack", "Attack")], 0.5),
        ([("Grenade", "Grenade"), (None, "Grenade")], 2 / 3),  # a prediction ACLED would not code
        ([("Grenade", "Attack"), ("Attack", "Grenade")], 0.0),
    ],
)
def test_eval_acled_weighted_f1(
    pairs: list[tuple[str | None, str | None]], expected: float
) -> None:
    assert weighted_f1(pairs) == pytest.approx(expected)


def test_eval_acled_confusions_count_errors_only() -> None:
    found = confusions([("Grenade", "Attack"), ("Grenade", "Attack"), ("Attack", "Attack")])
    assert found == {"error: Grenade → Attack": 2}


@pytest.mark.slow
def test_eval_acled_on_the_development_snippets() -> None:
    path = shared_file("data/events/case2021_acled_dev.jsonl")
    figures = evaluate(path, limit=40)
    assert figures["snippets"] == 40
    for name in ("weighted F1 (sub-event type)", "event type accuracy",
                 "share with a typed event", "disaster/crime without a violent type"):
        assert 0.0 <= figures[name] <= 1.0
    assert figures["event type accuracy"] > 0.5
