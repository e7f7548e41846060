"""Issue 25, item 4: a lead incident with its dead keeps a count of the hurt only where the
story leads with one. A count the figures stage does not lead with, in a story that leads
with no hurt at all, is mostly the dead victim on the way to hospital, not a survivor.
Cases written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newscoder.incidents.stage import _unheadlined_hurt
from newscoder.model import Figure, Incident

pytestmark = pytest.mark.issue(25)


def _figure(category: str, value: float, headline: bool) -> Figure:
    return Figure(start=0, end=1, value=value, category=category, headline=headline)


@pytest.mark.parametrize(
    ("killed", "hurt", "figures", "expected"),
    [
        # one dead and a non-headline "hurt" (the victim taken to hospital): no survivor
        (1, 1, [("killed", 1, True), ("injured", 1, False)], None),
        (2, 1, [("killed", 2, True), ("injured", 1, False)], None),
        # the story leads with its hurt: the count stands
        (1, 3, [("killed", 1, True), ("injured", 3, True)], 3),
        (1, 2, [("killed", 1, True), ("injured", 2, False), ("injured", 2, True)], 2),
        # no dead: a lone count of the hurt is the story's, headline or not
        (None, 1, [("injured", 1, False)], 1),
        (0, 2, [("injured", 2, False)], 2),
    ],
)
def test_hurt_kept_only_when_the_story_leads_with_it(
    killed: int | None, hurt: int, figures: list[tuple[str, float, bool]], expected: int | None
) -> None:
    lead = Incident(kind="violence", lead=True, fatalities=killed, injured=hurt)
    ctx = SimpleNamespace(analysis=SimpleNamespace(figures=[_figure(*f) for f in figures]))
    _unheadlined_hurt(ctx, [lead])  # type: ignore[arg-type]
    assert lead.injured == expected


@pytest.mark.parametrize("lead_first", [True, False])
def test_only_the_lead_is_touched(lead_first: bool) -> None:
    lead = Incident(kind="violence", lead=True, fatalities=1, injured=1)
    other = Incident(kind="violence", fatalities=1, injured=2)
    ctx = SimpleNamespace(analysis=SimpleNamespace(figures=[_figure("injured", 1, False)]))
    _unheadlined_hurt(ctx, [lead, other] if lead_first else [other, lead])  # type: ignore[arg-type]
    assert (lead.injured, other.injured) == (None, 2)
