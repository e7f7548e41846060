"""Shared fixtures: the development data in ../shared (skipped when absent) and the model."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_7fff42300d8b1ad7.txt"


def shared_file(relative: str) -> Path:
    """A file of ../shared, or skip the test where the development data is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"development data not available: {path}")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return shared_file("seed/000_7fff42300d8b1ad7.txt")


@pytest.fixture(scope="session")
def seed_analysis(seed_path: Path):  # type: ignore[no-untyped-def]
    """The seed article analysed once for the whole test session."""
    from newscoder.pipeline import analyze_document
    from newscoder.read import iter_documents

    (document,) = list(iter_documents([seed_path]))
    return analyze_document(document)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return ROOT / "examples"
