"""Settings: thresholds and limits kept as data (``settings.toml``), loaded once."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_PATH = Path(__file__).with_name("settings.toml")


@dataclass(frozen=True)
class Settings:
    chunk_chars: int = 20_000
    batch_chars: int = 64_000
    max_chars: int = 2_000_000
    timeout_seconds: float = 60.0
    timeout_chars_per_second: float = 2_000.0
    stages: list[str] = field(default_factory=list)
    actors: dict[str, str] = field(default_factory=dict)  # [actors]: overlay = "file.tsv"


def load_settings(path: Path | None = None) -> Settings:
    path = path or Path(os.environ.get("NEWSCODER_SETTINGS", DEFAULT_PATH))
    with open(path, "rb") as handle:
        values = tomllib.load(handle)
    return Settings(**values)


def time_limit(chars: int) -> float:
    """Seconds a document of ``chars`` characters may take before it counts as stuck."""
    return SETTINGS.timeout_seconds + chars / SETTINGS.timeout_chars_per_second


SETTINGS = load_settings()
