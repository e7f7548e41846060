"""A stage package's ``run``, imported on first use.

Each stage package (``newscoder.quotes``, ``newscoder.time``, ...) exposes ``run(ctx)`` from
its ``stage`` module without importing it, so that importing one module of a package (a
lexicon, the gazetteer) does not load the whole stage:
``__getattr__ = stage_attribute(__name__)``.

Also: :func:`defer_spacy_cli`, which spares start-up the import of spaCy's command line.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any


def stage_attribute(package: str) -> Callable[[str], Any]:
    """A module ``__getattr__`` that answers ``run`` with ``<package>.stage.run``."""

    def __getattr__(name: str) -> Any:
        if name == "run":
            return importlib.import_module(f"{package}.stage").run
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__



class DeferredModule(ModuleType):
    """A module imported (found, named, placed in its package) but whose code runs only
    when one of its names is first read."""

    def __getattr__(self, attribute: str) -> Any:
        if attribute == "__path__":
            # a plain module (a package has one): ``from module import name`` asks for it
            raise AttributeError(attribute)
        run_deferred(self)
        return ModuleType.__getattribute__(self, attribute)


def run_deferred(module: ModuleType) -> None:
    if isinstance(module, DeferredModule):
        module.__class__ = ModuleType
        module.__spec__.loader.real.exec_module(module)  # type: ignore[union-attr]


class DeferringLoader(importlib.abc.Loader):
    """Creates the module as usual and leaves running its code to :class:`DeferredModule`."""

    def __init__(self, real: importlib.abc.Loader) -> None:
        self.real = real

    def exec_module(self, module: ModuleType) -> None:
        module.__class__ = DeferredModule
        if module.__name__ == "spacy.cli.info":
            # what spaCy's __init__ imports from it: a function that runs the module first
            def info(*args: Any, **kwargs: Any) -> Any:
                run_deferred(module)
                return module.info(*args, **kwargs)

            module.info = info  # type: ignore[attr-defined]


class SpacyCliFinder(importlib.abc.MetaPathFinder):
    """Finds ``spacy.cli`` and ``spacy.cli.info`` as usual, with a :class:`DeferringLoader`."""

    NAMES = frozenset({"spacy.cli", "spacy.cli.info"})

    def find_spec(
        self, fullname: str, path: Any, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.NAMES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        spec.loader = DeferringLoader(spec.loader)
        return spec


def defer_spacy_cli() -> None:
    """Let ``import spacy`` skip running its command-line package until something uses it.

    spaCy's ``__init__`` imports ``spacy.cli.info`` for ``spacy.info``, and with it the whole
    CLI (typer, weasel, httpx, jinja2): about 0.2 s of a one-sentence analysis's start-up,
    for commands newscoder never runs. The two modules are imported as usual (in
    ``sys.modules``, attributes of their package, their submodules importable) but their
    code runs when a name in them is first read. Does nothing once spaCy is imported.
    """
    if "spacy" in sys.modules or any(isinstance(f, SpacyCliFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, SpacyCliFinder())
