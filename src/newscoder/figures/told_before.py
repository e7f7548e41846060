"""A whole group taken up after the story told its dead and its hurt (issue 18).

"A man was killed and a boy was wounded ... Officers found both victims with gunshot
wounds": a group named whole ("both", "all three") after the story told who died and who was
hurt, and as large as those together, counts everyone hit. The one death told before is among
it, and only the rest of the group were hurt.

Reads the figures of :mod:`newscoder.figures.outcomes`; adds nothing itself.
"""

from __future__ import annotations

from newscoder.context import Context
from newscoder.figures.frame import ASSERTED
from newscoder.model import Figure

HURT = frozenset({"injured", "shot"})


def _sentence(ctx: Context, figure: Figure) -> int:
    """The first token of the figure's sentence; -1 when its span is not in the text."""
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return -1 if span is None else span.sent.start


def dead_among_group(ctx: Context, figures: list[Figure], at: int) -> int | None:
    """The death told last before the whole group ``figures[at]`` when it is the one death
    of its sentence and that sentence's hurt add up with it to the group; None otherwise.
    One sentence, so a title that tells the same people first does not count them twice."""
    total = figures[at]
    told = [
        i for i, f in enumerate(figures[:at])
        if f.parent is None and f.modality == ASSERTED and f.end <= total.start
    ]
    dead = [i for i in told if figures[i].category == "killed"]
    if not dead:
        return None
    sentence = _sentence(ctx, figures[dead[-1]])
    told = [i for i in told if _sentence(ctx, figures[i]) == sentence]
    dead = [i for i in told if figures[i].category == "killed"]
    hurt = [i for i in told if figures[i].category in HURT]
    if len(dead) != 1 or not hurt or _sentence(ctx, total) == sentence:
        return None
    value = sum(figures[i].value for i in (*dead, *hurt))
    return dead[0] if value == total.value else None
