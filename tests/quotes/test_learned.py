"""The learned attribution model (issue 16): trained by scikit-learn, deterministic, the
file stable and read without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newscoder.quotes.learned import MODEL_PATH, LogisticModel, attribution_model, rounded, save
from newscoder.quotes.model_build import C_GRID, Examples, fit_one, frequent, train_logistic

# A toy task: 'says' with a clause is speech, 'eats' with an object is not; 'bias' is noise.
TOY = [
    (["bias", "lemma=say", "part=ccomp"], 1),
    (["bias", "lemma=say", "part=dobj"], 1),
    (["bias", "lemma=eat", "part=dobj"], 0),
    (["bias", "lemma=eat", "part=prep:with"], 0),
] * 20


def toy_examples() -> Examples:
    examples = Examples()
    for n, example in enumerate(TOY):
        examples.add(example, article=n // 4)  # each article holds the four cases once
    return examples


def toy_weights(c: float = 1.0) -> dict[str, float]:
    return train_logistic([f for f, _ in TOY], [y for _, y in TOY], c)


def test_learned_training_separates_a_toy_task() -> None:
    model = LogisticModel(toy_weights())
    assert model.accepts(["bias", "lemma=say", "part=ccomp"])
    assert not model.accepts(["bias", "lemma=eat", "part=dobj"])
    assert model.probability(["unseen"]) == 0.5  # nothing known, no opinion


@pytest.mark.parametrize(("weak", "strong"), [(0.03, 1.0), (0.1, 10.0)])
def test_learned_smaller_c_gives_smaller_weights(weak: float, strong: float) -> None:
    assert abs(toy_weights(weak)["lemma=say"]) < abs(toy_weights(strong)["lemma=say"])


def test_learned_training_is_reproducible(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    save({"cue": fit_one(toy_examples(), 0.5)}, first)
    save({"cue": fit_one(toy_examples(), 0.5)}, second)
    assert first.read_bytes() == second.read_bytes()


def test_learned_c_is_chosen_from_the_grid_by_cross_validation() -> None:
    fitted = fit_one(toy_examples(), 0.5)
    assert fitted["C"] in C_GRID
    losses = fitted["cv_log_loss"]
    assert isinstance(losses, dict) and min(losses.values()) == losses[str(fitted["C"])]


@pytest.mark.parametrize(
    ("weight", "written"), [(0.123456789, 0.123457), (-12.3456789, -12.3457), (0.001, None)]
)
def test_learned_weights_are_rounded_when_written(weight: float, written: float | None) -> None:
    assert rounded({"f": weight}).get("f") == written


@pytest.mark.parametrize(("min_count", "kept"), [(1, {"a", "b"}), (2, {"a"}), (3, set())])
def test_learned_rare_features_are_left_out(min_count: int, kept: set[str]) -> None:
    rows = [["a", "b"], ["a"]]
    assert {f for features in frequent(rows, min_count) for f in features} == kept


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="quotes model not built")
def test_learned_shipped_model_loads_once() -> None:
    model = attribution_model()
    assert model is not None and attribution_model() is model
    assert 0 < model.cue.threshold < 1 and model.cue.weights and model.part.weights
    assert model.noun is not None and 0 < model.noun.threshold < 1 and model.noun.weights


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="quotes model not built")
def test_learned_the_pipeline_reads_the_model_without_scikit_learn() -> None:
    """scikit-learn builds the table; scoring is a sum of weights and must not load it."""
    probe = (
        "import sys\n"
        "from newscoder.quotes.learned import attribution_model\n"
        "model = attribution_model()\n"
        "model.cue.probability(['bias'])\n"
        "print('sklearn' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
