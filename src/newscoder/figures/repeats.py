"""One toll stated by several sources is one figure with several sources.

"A bomb killed 17 people, police said. ... Seventeen people were killed, the ministry said":
the later statement of the same total (same category, same number, neither a subset nor a
revision, and not told apart by event or date) is folded into the first, whose ``sources``
then lists both. A title's toll folds into the body's, so the body's span is the one kept.
A share of a group ("four people were shot; three of the victims died") is kept apart even
when its number repeats an earlier toll: it tells what happened to the group it is of, and
folding it would lose that.
"""

from __future__ import annotations

from collections.abc import Callable

from newscoder.figures.candidates import IMPLICIT
from newscoder.figures.frame import ASSERTED
from newscoder.model import Figure

MIN_VALUE = 2  # single victims are matched as people elsewhere (outcomes), not as numbers


def _restatable(figure: Figure) -> bool:
    return (
        figure.parent is None
        and figure.updates is None
        and figure.qualifier != IMPLICIT
        and figure.modality == ASSERTED
        and figure.value >= MIN_VALUE
    )


def same_toll(earlier: Figure, later: Figure) -> bool:
    """Whether ``later`` restates ``earlier``: one category, one number, one event and date
    where both are known."""
    if not (_restatable(earlier) and _restatable(later)):
        return False
    if (earlier.category, earlier.value) != (later.category, later.value):
        return False
    if None not in (earlier.event, later.event) and earlier.event != later.event:
        return False
    return None in (earlier.date, later.date) or earlier.date == later.date


def merge_repeats(
    figures: list[Figure],
    in_title: Callable[[Figure], bool],
    share: Callable[[Figure], bool] = lambda figure: False,
) -> None:
    """Fold every restated toll into one figure, in place; indexes are renumbered. A later
    figure that is a ``share`` of a group ("three of them") is never folded."""
    for figure in figures:
        if figure.source and not figure.sources:
            figure.sources = [figure.source]
    index = 0
    while index < len(figures):
        later = figures[index]
        kept = None if share(later) else next(
            (i for i in range(index) if same_toll(figures[i], later)), None)
        if kept is None:
            index += 1
            continue
        drop, keep = (kept, index) if in_title(figures[kept]) and not in_title(later) else (
            index, kept)
        _fold(figures[drop], figures[keep])
        _remove(figures, drop, keep)  # the next figure to look at is now at ``index``


def _fold(gone: Figure, kept: Figure) -> None:
    for source in gone.sources:
        if source not in kept.sources:
            kept.sources.append(source)
    if kept.source is None and kept.sources:
        kept.source = kept.sources[0]


def _remove(figures: list[Figure], drop: int, keep: int) -> None:
    """Delete figure ``drop``; references to it go to ``keep``, later ones shift down."""
    del figures[drop]
    target = keep - 1 if keep > drop else keep

    def renumber(value: int | None) -> int | None:
        if value is None:
            return None
        if value == drop:
            return target
        return value - 1 if value > drop else value

    for figure in figures:
        figure.parent = renumber(figure.parent)
        figure.updates = renumber(figure.updates)
