"""Settings: thresholds and limits kept as data (``settings.toml``), loaded once."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_PATH = Path(__file__).with_name("settings.toml")


@dataclass(frozen=True)
class Settings:
    chunk_chars: int = 100_000
    max_chars: int = 5_000_000
    stages: list[str] = field(default_factory=list)


def load_settings(path: Path | None = None) -> Settings:
    path = path or Path(os.environ.get("NEWSCODER_SETTINGS", DEFAULT_PATH))
    with open(path, "rb") as handle:
        values = tomllib.load(handle)
    return Settings(**values)


SETTINGS = load_settings()
