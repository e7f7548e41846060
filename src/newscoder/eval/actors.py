"""Actor coding: ``newscoder eval actors FILE``.

FILE is the NGEC actor tests (``ngec_actor_tests.jsonl``: a short actor text such as "Kyiv
police", an optional query date, the expected country and first sector code) or PLOVER
example events (``plover_gsr.jsonl``: each actor and recipient text with its country code
and sector). We code each text with :func:`newscoder.actors.stage.code_phrase` (unknown
place names looked up in the gazetteer) and report the accuracy of the country, of the
sector (CAMEO's names translated to PLOVER's), of both, and how often a text that names no
actor ("a cat") stays uncoded. NGEC lines about Wikipedia titles (``query_wiki``) have no
country or sector and are skipped, as are lines the suite marks ``skip``/``not_collected``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscoder.errors import EvalDataError
from newscoder.eval import gold_records

SCORED_CALLS = frozenset({"agent_to_code", "short_text_to_agent", "search_nat", "trf_agent_match"})
UNKNOWN = frozenset({"", "UNK"})


def query_date(row: dict[str, Any]) -> str | None:
    """The date the test asks about: ``args[1]`` or ``kwargs.query_date``; "today" is today."""
    args = row.get("args") or []
    raw = (args[1] if len(args) > 1 else "") or (row.get("kwargs") or {}).get("query_date", "")
    raw = str(raw).strip()
    if not raw:
        return None
    if raw.lower() == "today":
        return dt.date.today().isoformat()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        return raw
    import dateparser

    parsed = dateparser.parse(raw, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


@dataclass(frozen=True, slots=True)
class Case:
    """One actor text to code, with what is expected (None = not scored)."""

    text: str
    date: str | None
    country: str | None = None
    sector: str | None = None
    no_actor: bool = False  # the text names no actor at all


def ngec_cases(row: dict[str, Any]) -> list[Case]:
    if row.get("call") not in SCORED_CALLS or row.get("status") not in ("active", "xfail"):
        return []
    expect = row.get("expect") or {}
    text, date = row.get("text", ""), query_date(row)
    if "value" in expect and expect["value"] is None:
        return [Case(text, date, no_actor=True)]
    if "country" not in expect and "code_1" not in expect:
        return []
    return [Case(text, date, expect.get("country"), expect.get("code_1"))]


def plover_cases(row: dict[str, Any]) -> list[Case]:
    """The actors and recipients of a PLOVER example event, each with its country code and
    sector (sectors such as ``***`` or ethnic sub-codes reduce to their first three letters)."""
    cases = []
    for actor in (row.get("actor") or []) + (row.get("recipient") or []):
        text = actor.get("actorText")
        if not text:
            continue
        sector: str | None = (actor.get("sector") or "")[:3].upper()
        if not (sector and sector.isalpha()):
            sector = None
        cases.append(Case(text, row.get("date"), actor.get("code") or "", sector))
    return cases


def load_cases(path: Path, limit: int | None) -> list[Case]:
    """NGEC actor tests (``call``/``expect`` lines) or PLOVER examples (``actor`` lists)."""
    cases: list[Case] = []
    for _, row in gold_records(path):
        cases += plover_cases(row) if "actor" in row else ngec_cases(row)
        if limit and len(cases) >= limit:
            return cases[:limit]
    if not cases:
        raise EvalDataError(f"{path}: no actor cases found (NGEC or PLOVER format expected)")
    return cases


def evaluate(path: Path, limit: int | None = None) -> dict[str, float]:
    from newscoder.actors.kb import plover_sector
    from newscoder.actors.stage import code_phrase, gazetteer_country

    tally = {"country": [0, 0], "sector": [0, 0], "both": [0, 0], "none": [0, 0]}
    cases = load_cases(path, limit)
    coded_cases = 0
    for case in cases:
        result = code_phrase(case.text, case.date, gazetteer_country)
        coded_cases += result is not None
        if case.no_actor:
            score(tally["none"], result is None)
            continue
        country = (result.country if result else None) or ""
        # the tests use PLOVER sector names; the coder gives CAMEO's
        sector = plover_sector(result.sector if result else None) or ""
        hits = []
        if case.country is not None:
            hits.append(country == case.country)
            score(tally["country"], hits[-1])
        if case.sector is not None:
            want = case.sector
            hits.append(sector == want or (want in UNKNOWN and sector in UNKNOWN))
            score(tally["sector"], hits[-1])
        if hits:
            score(tally["both"], all(hits))
    figures: dict[str, float] = {"cases": float(len(cases)), "coded": float(coded_cases)}
    for name, (right, total) in tally.items():
        if total:
            figures[f"{name}_n"] = float(total)
            figures[f"{name}_accuracy"] = round(right / total, 4)
    return figures


def score(cell: list[int], right: bool) -> None:
    cell[0] += int(right)
    cell[1] += 1
