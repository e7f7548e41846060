"""The learned attribution model (issue 16): training is deterministic, the file stable."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscoder.quotes.learned import (
    MODEL_PATH,
    LogisticModel,
    attribution_model,
    rounded,
    save,
    train_logistic,
)
from newscoder.quotes.model_build import frequent

# A toy task: 'says' with a clause is speech, 'eats' with an object is not; 'bias' is noise.
TOY = [
    (["bias", "lemma=say", "part=ccomp"], 1),
    (["bias", "lemma=say", "part=dobj"], 1),
    (["bias", "lemma=eat", "part=dobj"], 0),
    (["bias", "lemma=eat", "part=prep:with"], 0),
] * 20


def test_learned_training_separates_a_toy_task() -> None:
    model = LogisticModel(train_logistic(TOY, seed=3))
    assert model.accepts(["bias", "lemma=say", "part=ccomp"])
    assert not model.accepts(["bias", "lemma=eat", "part=dobj"])
    assert model.probability(["unseen"]) == 0.5  # nothing known, no opinion


def test_learned_training_is_reproducible(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    save({"cue": rounded(train_logistic(TOY, seed=3))}, first)
    save({"cue": rounded(train_logistic(TOY, seed=3))}, second)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(("min_count", "kept"), [(1, {"a", "b"}), (2, {"a"}), (3, set())])
def test_learned_rare_features_are_left_out(min_count: int, kept: set[str]) -> None:
    examples = [(["a", "b"], 1), (["a"], 0)]
    left = {f for features, _ in frequent(examples, min_count) for f in features}
    assert left == kept


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="quotes model not built")
def test_learned_shipped_model_loads_once() -> None:
    model = attribution_model()
    assert model is not None and attribution_model() is model
    assert 0 < model.cue.threshold < 1 and model.cue.weights and model.part.weights
