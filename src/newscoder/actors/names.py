"""The sector of an armed group's name the knowledge base does not know.

Role words code "army", "forces" and "front" as the state's military; in a group's proper
name they are no such evidence: the "Zomi Revolutionary Army" or a "Kuki Liberation Front" are
insurgents. A capitalised name ending in such a head word (``armed_names.tsv``: head) with a
word that makes it insurgent (``insurgent``: liberation, independence, revolutionary ...) is
coded REB, with the country its other words give. Names the knowledge base knows are coded as
it says (the People's Liberation Army is China's army), as are phrases with a country's own
name ("Sudanese Armed Forces").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Protocol, TypeVar

from newscoder.actors.kb import _rows
from newscoder.lexicon import lexicon_path

NAMES_FILE = lexicon_path("actors", "armed_names.tsv")
# Small words a proper name may hold ("Front for the Liberation of ...")
_JOINERS = frozenset({"of", "for", "the", "and", "s"})
# Kinds of code that rest on role words (with a country or place), not on a known name
_FROM_ROLE_WORDS = frozenset({"agent", "country", "capital"})


class Coded(Protocol):
    code: str
    country: str | None
    sector: str | None
    kind: str


C = TypeVar("C", bound=Coded)


class Item(Protocol):
    start: int
    end: int
    match: object | None
    agent: object | None


@cache
def words(kind: str) -> frozenset[str]:
    return frozenset(row[0].strip() for row in _rows(NAMES_FILE) if row[1:2] == [kind])


def armed_group_sector(
    keys: Sequence[str], caps: Sequence[int], items: Sequence[Item], coded: C | None
) -> C | None:
    """``coded`` with the sector REB when the phrase is an insurgent group's proper name."""
    if coded is None or coded.kind not in _FROM_ROLE_WORDS or not items:
        return coded
    head = items[-1]
    if head.agent is None or keys[head.end - 1] not in words("head") or not caps[head.end - 1]:
        return coded
    start = proper_name_start(keys, caps, head.end - 1)
    if not any(keys[i] in words("insurgent") and caps[i] for i in range(start, head.end)):
        return coded
    root = coded.code[:3] if coded.country else ""
    return replace(coded, code=root + "REB", sector="REB")  # type: ignore[type-var]  # a dataclass


def proper_name_start(keys: Sequence[str], caps: Sequence[int], last: int) -> int:
    """Where the run of capitalised words (and joiners) that ends at ``last`` begins."""
    i = last
    while i > 0 and (caps[i - 1] or keys[i - 1] in _JOINERS):
        i -= 1
    return i
