"""Stage `actors`: not implemented yet; adds no records."""

from __future__ import annotations

from newscoder.context import Context


def run(ctx: Context) -> None:
    return None
