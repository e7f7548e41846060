"""The pipeline: read → parse → extract (entities, time, places, quotes, actors, events,
figures, stance). Each stage is a module with ``run(ctx: Context) -> None`` that reads what
earlier stages wrote and adds its own records; which stages run, in which order, is
configuration (``settings.toml``), and a stage can be swapped by registering another module.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import time
from collections.abc import Callable, Iterable
from functools import cache

from spacy.tokens import Doc

from newscoder.context import Context
from newscoder.errors import UnknownStage
from newscoder.model import Analysis, Document
from newscoder.parse import parse
from newscoder.read.language import is_english
from newscoder.settings import SETTINGS

LOGGER = logging.getLogger(__name__)

Stage = Callable[[Context], None]

STAGE_MODULES: dict[str, str] = {
    "entities": "newscoder.entities",
    "time": "newscoder.time",
    "places": "newscoder.places",
    "quotes": "newscoder.quotes",
    "actors": "newscoder.actors",
    "events": "newscoder.events",
    "figures": "newscoder.figures",
    "acled": "newscoder.acled",
    "incidents": "newscoder.incidents",
    "stance": "newscoder.stance",
}


def register_stage(name: str, module: str) -> None:
    """Make ``module`` (which defines ``run(ctx)``) available as stage ``name``."""
    STAGE_MODULES[name] = module
    load_stage.cache_clear()


@cache
def load_stage(name: str) -> Stage:
    if name not in STAGE_MODULES:
        raise UnknownStage(f"unknown stage {name!r}; known: {', '.join(STAGE_MODULES)}")
    module = importlib.import_module(STAGE_MODULES[name])
    run: Stage = module.run
    return run


def document_id(text: str) -> str:
    """A stable id from the content, for documents that come without one."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def analyze_document(
    document: Document,
    stages: Iterable[str] | None = None,
    timings: dict[str, float] | None = None,
    first: Doc | None = None,
) -> Analysis:
    """Run the parse and every configured stage on one document.

    ``timings``, when given, accumulates the seconds spent in each stage (for ``bench/``).
    ``first`` is the document's first parse when it was made in a batch
    (:func:`newscoder.parse.parse_firsts`, used by :mod:`newscoder.run`).
    """
    if not is_english(document.language):
        # The parse and every stage read English; on another language they would give
        # wrong entities and events. The document is kept with its metadata (the reader
        # has said which language it is).
        return Analysis(document=document)
    started = time.perf_counter()
    ctx = parse(document, first)
    clock = time.perf_counter()
    if timings is not None:
        timings["parse"] = timings.get("parse", 0.0) + clock - started
    for name in stages if stages is not None else SETTINGS.stages:
        load_stage(name)(ctx)
        now = time.perf_counter()
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + now - clock
        clock = now
    return ctx.analysis


def analyze(
    text: str,
    published: str | None = None,
    title: str | None = None,
    id: str | None = None,  # noqa: A002 - mirrors the contract's key
) -> Analysis:
    """Analyse one article's text. ``published`` (YYYY-MM-DD) anchors relative dates."""
    document = Document(id=id or document_id(text), text=text, published=published, title=title)
    return analyze_document(document)
