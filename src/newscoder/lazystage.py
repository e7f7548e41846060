"""A stage package's ``run``, imported on first use.

Each stage package (``newscoder.quotes``, ``newscoder.time``, ...) exposes ``run(ctx)`` from
its ``stage`` module without importing it, so that importing one module of a package (a
lexicon, the gazetteer) does not load the whole stage:
``__getattr__ = stage_attribute(__name__)``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def stage_attribute(package: str) -> Callable[[str], Any]:
    """A module ``__getattr__`` that answers ``run`` with ``<package>.stage.run``."""

    def __getattr__(name: str) -> Any:
        if name == "run":
            return importlib.import_module(f"{package}.stage").run
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
