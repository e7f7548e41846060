"""`newscoder build` and `python -m newscoder.build`: which tables get built."""

from __future__ import annotations

from pathlib import Path

import pytest

import newscoder.build
from newscoder.build import build_all, main
from newscoder.errors import UnknownTable


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Builders that only note their name, writing into a scratch data folder."""
    built: list[str] = []
    monkeypatch.setattr(newscoder.build, "DATA_DIR", tmp_path)
    monkeypatch.setattr(newscoder.build.importlib, "import_module",
                        lambda module: type("Builder", (), {"build": staticmethod(
                            lambda out: built.append(out.name))}))
    return built


@pytest.mark.parametrize(
    ("argv", "expected"),
    [([], ["gazetteer.sqlite", "actors_kb.json.gz", "verbs.json.gz", "quotes_model.json.gz"]),
     (["--only", "gazetteer"], ["gazetteer.sqlite"]),
     (["--only", "actors", "--if-missing"], ["actors_kb.json.gz"])],
)
def test_build_module_builds_the_tables_asked_for(
    recorded: list[str], argv: list[str], expected: list[str]
) -> None:
    main(argv)
    assert recorded == expected


def test_build_if_missing_skips_a_table_that_exists(recorded: list[str], tmp_path: Path) -> None:
    (tmp_path / "gazetteer.sqlite").write_bytes(b"")
    main(["--if-missing"])
    assert recorded == ["actors_kb.json.gz", "verbs.json.gz", "quotes_model.json.gz"]


def test_build_an_unknown_table_is_named_in_the_error(recorded: list[str]) -> None:
    with pytest.raises(UnknownTable, match="no table named atlas; known: gazetteer, actors"):
        build_all(["atlas"])
    assert recorded == []


@pytest.fixture
def fingerprinted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    """A builder that tells what it reads by a fingerprint the test can change."""
    state: dict[str, object] = {"fingerprint": "sources of May", "built": []}

    def build(out: Path) -> None:
        out.write_bytes(b"table")
        state["built"].append(out.name)  # type: ignore[attr-defined]

    builder = type("Builder", (), {"build": staticmethod(build),
                                   "build_fingerprint": staticmethod(lambda: state["fingerprint"])})
    monkeypatch.setattr(newscoder.build, "DATA_DIR", tmp_path)
    monkeypatch.setattr(newscoder.build.importlib, "import_module", lambda module: builder)
    return state


@pytest.mark.parametrize(
    ("sources_now", "rebuilt"),
    [("sources of May", []),  # nothing the builder reads changed: the table stays
     ("sources of June", ["gazetteer.sqlite"])],  # a pulled change to the builder or its data
)
def test_build_if_missing_rebuilds_a_table_built_from_other_sources(
    fingerprinted: dict[str, object], tmp_path: Path, sources_now: str, rebuilt: list[str]
) -> None:
    main(["--only", "gazetteer"])
    assert (tmp_path / "gazetteer.sqlite.fingerprint").read_text().strip() == "sources of May"
    fingerprinted["built"] = []
    fingerprinted["fingerprint"] = sources_now
    main(["--only", "gazetteer", "--if-missing"])
    assert fingerprinted["built"] == rebuilt


def test_build_if_missing_rebuilds_a_table_whose_fingerprint_was_never_written(
    fingerprinted: dict[str, object], tmp_path: Path
) -> None:
    (tmp_path / "gazetteer.sqlite").write_bytes(b"an old table")
    main(["--only", "gazetteer", "--if-missing"])
    assert fingerprinted["built"] == ["gazetteer.sqlite"]
