"""TIMEX3 values: formatting at a granularity, and calendar arithmetic on them.

A value keeps the granularity the text gives it (``2013-09``, not ``2013-09-01``). Shifting a
value ("a year earlier" than ``1989-Q3``) keeps its granularity when the calendar allows it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)|Q(?P<q>\d)|H(?P<h>\d)"
    r"|(?P<s>SP|SU|FA|WI)))?(?P<rest>T.*)?$"
)
GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4,
                    "year": 5}


def fmt_day(d: date) -> str:
    return d.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def fmt_quarter(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def granularity(value: str) -> str | None:
    """``day``, ``week``, ``month``, ``quarter``, ``half``, ``season`` or ``year``; None when
    the value is not a calendar date (PRESENT_REF, P4M, XXXX-09)."""
    match = VALUE.match(value)
    if not match:
        return None
    for group, name in (("d", "day"), ("w", "week"), ("m", "month"), ("q", "quarter"),
                        ("h", "half"), ("s", "season")):
        if match.group(group):
            return name
    return "year"


def at_granularity(d: date, unit: str) -> str:
    """``d`` written at the granularity of a duration unit ("month" → 2013-09)."""
    if unit in {"day", "night", "hour", "minute", "second"}:
        return fmt_day(d)
    if unit in {"week", "fortnight"}:
        return fmt_week(d)
    if unit == "month":
        return fmt_month(d.year, d.month)
    if unit == "quarter":
        return fmt_quarter(d.year, quarter_of(d))
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def shift_date(d: date, amount: float, unit: str) -> date:
    """``d`` moved by ``amount`` units (negative: back)."""
    whole = int(amount)
    if unit in {"day", "night"}:
        return d + timedelta(days=amount)
    if unit in {"week", "fortnight"}:
        return d + timedelta(weeks=amount * (2 if unit == "fortnight" else 1))
    if unit in {"hour", "minute", "second"}:
        return d
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return d
    return d + relativedelta(months=round(amount * months) if amount != whole else whole * months)


def shift_value(value: str, amount: int, unit: str) -> str | None:
    """A coarse value moved by whole units, keeping its granularity: ``1989-Q3`` a year back
    is ``1988-Q3``. None when the unit is finer than the value (a month before "1995")."""
    match = VALUE.match(value)
    if not match or match.group("rest"):
        return None
    year = int(match.group("y"))
    gran = granularity(value)
    if unit == "year":
        return f"{year + amount:04d}" + value[4:]
    if gran == "quarter" and unit == "quarter":
        index = year * 4 + int(match.group("q")) - 1 + amount
        return fmt_quarter(index // 4, index % 4 + 1)
    if gran == "month" and unit in {"month", "quarter"}:
        index = year * 12 + int(match.group("m")) - 1 + amount * (3 if unit == "quarter" else 1)
        return fmt_month(index // 12, index % 12 + 1)
    return None


def to_date(value: str) -> date | None:
    """The day a day-granular value names (ignoring a time part)."""
    match = VALUE.match(value)
    if not match or not match.group("d"):
        return None
    try:
        return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None


def to_point(value: str) -> date | None:
    """A day that stands for a day- or month-granular value (the middle of a month), for
    placing another date near it; None for coarser values."""
    day = to_date(value)
    if day is not None:
        return day
    match = VALUE.match(value)
    if not match or not match.group("m"):
        return None
    return date(int(match.group("y")), int(match.group("m")), 15)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (1 = Monday) of a month; ``n = -1`` the last."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter_offset(year: int, offset: int) -> date:
    return easter(year) + timedelta(days=offset)


def duration_value(amount: float | None, letter: str, multiple: int) -> str:
    """P4M, PT3H, P10Y (a decade), PXY (several years)."""
    time_part = letter.startswith("T")
    letter = letter[1:] if time_part else letter
    prefix = "PT" if time_part else "P"
    if amount is None:
        # Vague lengths: TimeBank writes decades and centuries as E and C.
        letter = {10: "E", 100: "C"}.get(multiple, letter)
        return f"{prefix}X{letter}"
    total = amount * multiple
    if float(total).is_integer():
        return f"{prefix}{int(total)}{letter}"
    # "two and a half years": P2Y6M, as TIMEX3 writes a fraction in the next smaller unit.
    smaller = {"Y": ("M", 12), "M": ("D", 30), "D": ("TH", 24), "H": ("M", 60), "M_T": ("S", 60)}
    key = letter + ("_T" if time_part and letter == "M" else "")
    if key in smaller:
        unit, factor = smaller[key]
        rest = round((total - int(total)) * factor)
        whole = f"{int(total)}{letter}" if int(total) else ""
        if unit.startswith("T"):
            return f"P{whole}T{rest}{unit[1:]}"
        return f"{prefix}{whole}{rest}{unit}"
    return f"{prefix}{total:g}{letter}"
