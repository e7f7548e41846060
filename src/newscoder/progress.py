"""A progress bar on standard error, shown only when there are more than a few documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

T = TypeVar("T")
SHOW_ABOVE = 5


@contextmanager
def progress_over(items: Iterable[T], total: int | None, label: str) -> Iterator[Iterator[T]]:
    """Yield ``items`` back, advancing a bar on stderr when ``total`` exceeds a few."""
    if total is None or total <= SHOW_ABOVE:
        yield iter(items)
        return
    columns = (
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total)

        def tracked() -> Iterator[T]:
            for item in items:
                yield item
                progress.advance(task)

        yield tracked()
