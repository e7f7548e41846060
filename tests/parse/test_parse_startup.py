"""Start-up: what a short input does not need is loaded late, and the same once loaded."""

from __future__ import annotations

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
