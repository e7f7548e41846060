"""Event dates as the store keeps them: a full ISO day that sorts as text, and its precision.

An event's TIMEX3 value may be a day (``2019-12-15``), a week (``2019-W46``), a month, a
quarter, a season or a year. ACLED and GDELT users expect one date column they can sort and
compare, with how finely it is known beside it: the store writes the first day of the period
(``2019-W46`` is ``2019-11-11``, week) and its precision in its own column.
"""

from __future__ import annotations

import re
from datetime import date

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
WEEK = re.compile(r"^(\d{4})-W(\d{2})")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
YEAR = re.compile(r"^(\d{4})")
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PRECISIONS = ("day", "week", "month", "quarter", "season", "year")


def iso_day(value: str | None) -> tuple[str | None, str | None]:
    """``(YYYY-MM-DD, precision)`` for a TIMEX3 value; ``(None, None)`` if it names no period
    of the calendar (``XXXX-09``, ``PRESENT_REF``, a duration)."""
    if not value:
        return None, None
    for pattern, reader in READERS:
        match = pattern.match(value)
        if match:
            try:
                return reader(match)
            except ValueError:  # 2019-02-30, week 54: not a day of the calendar
                return None, None
    return None, None


def _day(m: re.Match[str]) -> tuple[str, str]:
    return date(int(m[1]), int(m[2]), int(m[3])).isoformat(), "day"


def _week(m: re.Match[str]) -> tuple[str, str]:
    return date.fromisocalendar(int(m[1]), int(m[2]), 1).isoformat(), "week"


def _month(m: re.Match[str]) -> tuple[str, str]:
    return date(int(m[1]), int(m[2]), 1).isoformat(), "month"


def _quarter(m: re.Match[str]) -> tuple[str, str]:
    return date(int(m[1]), 3 * int(m[2]) - 2, 1).isoformat(), "quarter"


def _season(m: re.Match[str]) -> tuple[str, str]:
    return date(int(m[1]), SEASON_MONTH[m[2]], 1).isoformat(), "season"


def _year(m: re.Match[str]) -> tuple[str, str]:
    return date(int(m[1]), 1, 1).isoformat(), "year"


READERS = ((DAY, _day), (WEEK, _week), (MONTH, _month), (QUARTER, _quarter),
           (SEASON, _season), (YEAR, _year))


def event_day(value: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """The stored date of an event: the day its value starts, with the coarser of the
    precision the value shows and the one the event stage gave."""
    day, shown = iso_day(value)
    if day is None:
        return None, None
    if precision in PRECISIONS and PRECISIONS.index(precision) > PRECISIONS.index(shown or "day"):
        return day, precision
    return day, shown
