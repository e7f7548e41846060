"""Actor coding against the NGEC actor tests: ``newscoder eval actors ngec_actor_tests.jsonl``.

Each line gives a short actor text ("Kyiv police", "President Ibrahim Mohamed Solih"), an
optional query date, and the expected country and first sector code. We code the text with
:func:`newscoder.extract.actors.code_phrase` (unknown place names looked up in the
gazetteer) and report the accuracy of the country, of the sector (CAMEO's translated to
PLOVER's names), of both, and how often a text that names no actor ("a cat") stays
uncoded. Lines about Wikipedia titles (``query_wiki``) have no country or sector to score
and are skipped; so are lines the original suite marks ``skip`` or ``not_collected``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from newscoder.errors import EvalDataError

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


def load_rows(path: Path, limit: int | None) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise EvalDataError(f"{path}:{number}: invalid JSON: {error}") from None
            if row.get("call") in SCORED_CALLS and row.get("status") in ("active", "xfail"):
                rows.append(row)
    return rows[:limit] if limit else rows


def evaluate(path: Path, limit: int | None = None) -> dict[str, float]:
    from newscoder.extract.actors import code_phrase, gazetteer_country
    from newscoder.kb import plover_sector

    tally = {"country": [0, 0], "sector": [0, 0], "both": [0, 0], "none": [0, 0]}
    coded_rows = 0
    rows = load_rows(path, limit)
    for row in rows:
        expect = row.get("expect") or {}
        result = code_phrase(row.get("text", ""), query_date(row), gazetteer_country)
        coded_rows += result is not None
        if "value" in expect and expect["value"] is None:
            score(tally["none"], result is None)
            continue
        country = (result.country if result else None) or ""
        # the tests use PLOVER sector names; the coder gives CAMEO's
        sector = plover_sector(result.sector if result else None) or ""
        hits = []
        if "country" in expect:
            hits.append(country == expect["country"])
            score(tally["country"], hits[-1])
        if "code_1" in expect:
            want = expect["code_1"]
            hits.append(sector == want or (want in UNKNOWN and sector in UNKNOWN))
            score(tally["sector"], hits[-1])
        if hits:
            score(tally["both"], all(hits))
    figures: dict[str, float] = {"rows": float(len(rows)), "coded": float(coded_rows)}
    for name, (right, total) in tally.items():
        figures[f"{name}_n"] = float(total)
        figures[f"{name}_accuracy"] = round(right / total, 4) if total else 0.0
    return figures


def score(cell: list[int], right: bool) -> None:
    cell[0] += int(right)
    cell[1] += 1
