"""Start-up: what a short input does not need is loaded late, and the same once loaded."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newscoder.actors.kb import Entries, Entry, Role


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [["ALPHA_LAND", "country", [["ALP", "", ""]]]],
        [["A_B", "person", [["XYZGOV", "2001-01-01", "2004-12-31"], ["XYZELI", "", ""]]],
         ["C_D", "group", [["XYZREB", "", ""]]]],
    ],
)
def test_parse_startup_entries_built_on_reading_equal_eager_ones(rows: list[list]) -> None:
    eager = [Entry(i, kind, tuple(Role(*r) for r in roles)) for i, kind, roles in rows]
    lazy = Entries([list(row) for row in rows])
    assert len(lazy) == len(eager)
    assert list(lazy) == eager
    assert lazy[-1:] == eager[-1:]
    added = Entry("NEW", "fact", (Role("NEWGOV"),))
    lazy.append(added)
    assert lazy[len(eager)] is added


DEFERRED_CLI = """
import sys
from newscoder.lazystage import defer_spacy_cli
defer_spacy_cli()
import spacy
assert "spacy.cli._util" not in sys.modules, "the CLI was imported"
nlp = spacy.blank("en")
assert [t.text for t in nlp("A short one.")] == ["A", "short", "one", "."]
import spacy.cli
assert callable(spacy.cli.download)
assert "spacy.cli._util" in sys.modules
assert spacy.cli is sys.modules["spacy.cli"]
assert isinstance(spacy.info(), dict)
print("ok")
"""


def test_parse_startup_spacy_cli_is_imported_only_when_used() -> None:
    # a fresh interpreter: this one has imported spaCy already
    done = subprocess.run(
        [sys.executable, "-c", DEFERRED_CLI], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
