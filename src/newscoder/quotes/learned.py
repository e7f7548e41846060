"""The learned part of attribution: three logistic regressions over parse features.

``cue`` scores whether a verb reports what its subject said, thought or wants; ``part``
scores whether one of the cue's dependents belongs to what was reported; ``noun`` whether a
noun's phrase or clause is what the noun reports ('her doubts | about the deal'). All three
are trained on PolNeAR train by :mod:`newscoder.quotes.model_build` (``newscoder build --only
quotes-model``) and shipped as a small table of weights (``data/quotes_model.json.gz``,
counted in the ``coder`` hash), read once. Training uses scikit-learn; reading and scoring
are pure Python (a sum of weights per feature), so the pipeline never imports it, and the
weights are rounded when written, so the file is the same byte for byte on every rebuild.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "quotes_model.json.gz"


@dataclass(frozen=True, slots=True)
class LogisticModel:
    """A linear model over string features; absent features weigh nothing."""

    weights: dict[str, float]
    threshold: float = 0.5

    def probability(self, features: Sequence[str]) -> float:
        score = sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def accepts(self, features: Sequence[str]) -> bool:
        return self.probability(features) >= self.threshold


@dataclass(frozen=True, slots=True)
class AttributionModel:
    cue: LogisticModel
    part: LogisticModel
    noun: LogisticModel | None = None  # a noun's phrase or clause as what it reports


def rounded(weights: dict[str, float], floor: float = 5e-3, digits: int = 6) -> dict[str, float]:
    """Weights to six significant digits, the negligible dropped: a small file, and the
    same bytes on every machine (the last bits of a solver's floats may differ)."""
    return {f: float(f"{w:.{digits}g}") for f, w in sorted(weights.items()) if abs(w) >= floor}


def save(model: dict[str, object], out: Path) -> None:
    """Gzipped JSON with no time stamp in the header, so a rebuild gives the same bytes."""
    raw = (json.dumps(model, sort_keys=True, indent=0) + "\n").encode("utf-8")
    out.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))


@lru_cache(maxsize=1)
def attribution_model(path: Path = MODEL_PATH) -> AttributionModel | None:
    """The shipped model, read once; None when it has not been built."""
    if not path.exists():
        return None
    data = json.loads(gzip.decompress(path.read_bytes()))
    noun = data.get("noun")
    return AttributionModel(
        cue=LogisticModel(data["cue"]["weights"], data["cue"]["threshold"]),
        part=LogisticModel(data["part"]["weights"], data["part"]["threshold"]),
        noun=LogisticModel(noun["weights"], noun["threshold"]) if noun else None,
    )
