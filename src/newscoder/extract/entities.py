"""Stage `entities`: not implemented yet."""

from __future__ import annotations

from newscoder.context import Context


def run(ctx: Context) -> None:
    return None
