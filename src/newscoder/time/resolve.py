"""Normalisation of detected time expressions to TIMEX3 type and value.

Relative expressions are resolved against the publication date (``dct``) or, for those that
say so ("a year earlier", "the following day"), against the date the narrative last mentioned
(``reference``). Weekdays and months without a year take their direction from the tense of
the clause (see :mod:`newscoder.time.tense`). Without a publication date the values
stay honestly unresolved (``XXXX-09``, ``XXXX-WXX-7``).
"""

from __future__ import annotations

from newscoder.time.calendar import CalendarKinds
from newscoder.time.patterns import Candidate
from newscoder.time.relative import RelativeKinds
from newscoder.time.state import (
    CONCRETE,
    EXPLICIT_YEAR,
    RELATIVE_KINDS,
    Resolved,
    parse_number,
)
from newscoder.time.values import to_date

__all__ = ["Resolved", "Resolver", "parse_number"]


class Resolver(CalendarKinds, RelativeKinds):
    """Turns selected candidates into TIMEX3 values, in text order (it tracks the reference)."""

    def resolve(self, cand: Candidate) -> Resolved | None:
        handler = getattr(self, "kind_" + cand.kind)
        result: Resolved | None = handler(cand)
        if result is not None and EXPLICIT_YEAR.match(result.value) and has_year(cand):
            self.stated_year = (int(result.value[:4]), self.clause_of(cand.start, cand.end))
        if result is not None and cand.kind == "clock":
            self.clock = (result.value, cand.end)
        concrete = result is not None and result.type in {"DATE", "TIME"}
        if concrete and result and CONCRETE.match(result.value) and cand.kind not in RELATIVE_KINDS:
            self.reference = result.value
            self.reference_end = cand.end
            self.last_day = to_date(result.value) or self.last_day
        return result


def has_year(cand: Candidate) -> bool:
    """Whether the expression writes its year out ("1998", "May 2011", "fiscal 1989")."""
    return bool(cand.groups.get("year") or cand.groups.get("qyear"))
