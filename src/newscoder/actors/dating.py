"""The date an actor phrase is coded for: the date of the event its clause tells.

The actors stage runs before the events stage, so it asks the time stage the same question the
events stage asks (:func:`newscoder.time.span.date_for_span`): the date the phrase's clause is
about ("In April 2019 the RSF ..." -> 2019-04), else the publication date. A role is then
chosen for that date, so "the RSF" is the army's paramilitary in 2019 and a rebel force in 2024
within one article. A date known only to the month or year is read as the publication date when
that falls within it, else as the middle of the period.
"""

from __future__ import annotations

from newscoder.context import Context

MIDDLE = {4: "-07-01", 7: "-15"}  # the middle of a year, of a month


def day_of(value: str | None, published: str | None) -> str | None:
    """A TIMEX3 date value as one day: ``2023-04-17`` as is; ``2023-04`` -> the publication
    date if it is in April 2023, else 2023-04-15; ``2023`` likewise; None -> published."""
    if not value:
        return published[:10] if published else None
    value = value[:10]
    if len(value) == 10:
        return value
    if published and published.startswith(value):
        return published[:10]
    middle = MIDDLE.get(len(value))
    return value + middle if middle and value[:4].isdigit() else (published or None)


def phrase_date(ctx: Context, start: int, end: int) -> str | None:
    """The day whose roles code the actor phrase at ``start:end`` (see the module docstring)."""
    published = ctx.analysis.document.published
    try:
        from newscoder.time.span import date_for_span
    except ImportError:  # no time stage: the article's date
        return published[:10] if published else None
    cache: dict[tuple[int, int], str | None] = ctx.scratch.setdefault("actor_dates", {})
    if (start, end) not in cache:
        cache[(start, end)] = day_of(date_for_span(ctx, start, end), published)
    return cache[(start, end)]
