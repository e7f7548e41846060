"""Running the pipeline over many documents: errors isolated per document, optional workers.

Worker processes each hold one loaded model and send back plain :class:`Analysis` records
(dataclasses), never spaCy ``Doc`` objects, whose pickling costs more than a core gains. The
model and lexicons are loaded in the parent before the workers are forked, so the workers
start at once and share those pages until they write to them. Only a bounded number of
documents is in flight, so a corpus of any size streams through in constant memory, and a
worker that dies (out of memory, a crash in native code) costs one document, not the run.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from spacy.tokens import Doc

from newscoder.errors import NewscoderError
from newscoder.model import Analysis, Document
from newscoder.parse import parse_firsts
from newscoder.pipeline import analyze_document
from newscoder.settings import SETTINGS, time_limit

LOGGER = logging.getLogger(__name__)

Result = Analysis | str
BATCH_DOCUMENTS = 16  # documents parsed in one batch by a single process
PR_SET_PDEATHSIG = 1  # prctl(2) option: a signal for this process when its parent dies

# An invented article that touches every stage, so that their lazily loaded lexicons and
# knowledge bases are loaded once before the workers are forked.
WARM_UP_TEXT = (
    "Officials in Paris said on Monday that 12 people were killed and 30 injured in "
    "clashes near Aleppo last week.\n\n"
    '"We condemn the attack," the French foreign minister told reporters. The United '
    "Nations will send an envoy to Damascus in March, a spokesman said."
)


class AnalysisTimeout(NewscoderError):
    """A document took longer than its time limit (settings: timeout_seconds)."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`AnalysisTimeout` in this thread after ``seconds``.

    Uses ``SIGALRM``, which also interrupts a regular expression stuck in backtracking
    (``re`` checks for signals while it matches). Only the main thread of a process can
    receive it; elsewhere (a web server's worker thread) the block runs without a limit.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise AnalysisTimeout(f"not finished after {seconds:.0f} s; abandoned")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def analyze_safely(
    document: Document, first: Doc | None = None, timings: dict[str, float] | None = None
) -> Result:
    """The analysis, or a one-line message naming the document; never an exception.

    ``first``: the document's first parse, made in a batch (see :func:`analyze_batch`);
    ``timings`` accumulates the seconds per stage (for ``bench/``).
    """
    where = document.source_path or document.id
    try:
        with deadline(time_limit(len(document.text))):
            return analyze_document(document, timings=timings, first=first)
    except NewscoderError as error:
        return f"{where}: {error}"
    except RecursionError:
        return f"{where}: too deeply nested to analyse"
    except MemoryError:
        return f"{where}: out of memory while analysing"
    except Exception as error:  # noqa: BLE001 - one bad article never kills a batch
        LOGGER.exception("analysis failed for %s", where)
        return f"{where}: internal error while analysing ({type(error).__name__}: {error})"


def warm_up() -> None:
    """Load the model, every stage and their lexicons in this process."""
    from newscoder.parse import load_nlp

    load_nlp()
    analyze_safely(Document(id="warm-up", text=WARM_UP_TEXT, published="2020-01-01"))


def build_lazy_tables() -> None:
    """Build in full the tables one process builds as texts need them (the verb
    dictionary's pattern blocks, the knowledge base's surnames, the time patterns), so that
    forked workers share them instead of each building its own."""
    from newscoder.actors.kb import load as load_kb
    from newscoder.events.verbs import load_verbs
    from newscoder.time.patterns import compiled as time_patterns

    load_verbs().blocks  # noqa: B018 - built on first read
    load_kb().surnames  # noqa: B018
    for pattern in time_patterns():
        pattern.regex  # noqa: B018


def workers_for(requested: int | None, documents: int | None) -> int:
    """Processes to start: as asked, else one per core, never more than there are
    documents (a process per missing document only pays for a model load)."""
    workers = requested or default_workers()
    return workers if documents is None else max(1, min(workers, documents))


def default_workers() -> int:
    """The cores this process may use: the default for ``--workers``."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def analyze_batch(
    documents: list[Document], timings: dict[str, float] | None = None
) -> list[Result]:
    """Several documents: their first parses in one batch, then each one's stages alone.

    Also a worker's task, which spreads the cost of sending documents over several.
    """
    firsts = first_parses(documents, timings)
    results = []
    for index, document in enumerate(documents):
        first, firsts[index] = firsts[index], None  # each Doc is freed once it is used
        results.append(analyze_safely(document, first, timings))
    return results


def first_parses(
    documents: list[Document], timings: dict[str, float] | None = None
) -> list[Doc | None]:
    """The batched first parses, or Nones (each document is then parsed alone) on failure."""
    if len(documents) < 2:
        return [None] * len(documents)
    started = time.perf_counter()
    try:
        with deadline(time_limit(sum(len(d.text) for d in documents))):
            firsts = parse_firsts(documents)
    except Exception as error:  # noqa: BLE001 - each document gets its own parse and message
        LOGGER.warning("batch parse failed (%s); parsing its documents one by one", error)
        return [None] * len(documents)
    if timings is not None:
        timings["parse"] = timings.get("parse", 0.0) + time.perf_counter() - started
    return firsts


def batches(
    documents: Iterable[Document], size: int, max_chars: int | None = None
) -> Iterator[list[Document]]:
    """Consecutive batches of at most ``size`` documents and, past one document, of about
    ``max_chars`` characters (the parser's working memory grows with a batch's characters)."""
    batch: list[Document] = []
    chars = 0
    for document in documents:
        batch.append(document)
        chars += len(document.text)
        if len(batch) >= size or (max_chars is not None and chars >= max_chars):
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def analyze_stream(
    documents: Iterable[Document],
    workers: int = 1,
    chunksize: int = 4,
    timings: dict[str, float] | None = None,
) -> Iterator[Result]:
    """Analyses in input order; ``workers`` > 1 spreads documents over processes.

    One process parses documents in batches of up to ``BATCH_DOCUMENTS`` (and about
    ``batch_chars`` characters); a worker parses its ``chunksize`` documents as one batch.
    ``timings`` (one process only) accumulates the seconds per stage.
    """
    if workers <= 1:
        for batch in batches(documents, BATCH_DOCUMENTS, SETTINGS.batch_chars):
            yield from analyze_batch(batch, timings)
        return
    warm_up()  # before the fork: the workers inherit a loaded pipeline
    build_lazy_tables()
    yield from analyze_parallel(batches(documents, chunksize), workers)


def die_with_parent() -> None:
    """Worker initialiser: end with the parent, even when it is killed with ``kill -9``.

    Forked workers share the task pipe, so none of them would ever see it close; without
    this, a killed ``ingest`` leaves its workers waiting forever.
    """
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the workers outlive a killed parent
        pass


class Workers:
    """A process pool that can be replaced when one of its processes dies."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.pool = self.start()

    def start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("fork")
        return ProcessPoolExecutor(self.count, mp_context=context, initializer=die_with_parent)

    def submit(self, batch: list[Document]) -> Future[list[Result]]:
        return self.pool.submit(analyze_batch, batch)

    def restart(self) -> None:
        self.pool.shutdown(cancel_futures=True)
        self.pool = self.start()

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def analyze_parallel(work: Iterator[list[Document]], count: int) -> Iterator[Result]:
    """Keep at most ``2 * count`` batches in flight; yield their results in input order."""
    workers = Workers(count)
    pending: deque[tuple[list[Document], Future[list[Result]]]] = deque()
    try:
        while True:
            while len(pending) < 2 * count and (batch := next(work, None)) is not None:
                pending.append((batch, workers.submit(batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                unfinished = [batch] + [b for b, _ in pending]
                pending.clear()
                workers.restart()
                for batch in unfinished:
                    yield from isolate(batch, workers)
    finally:
        workers.close()


def isolate(batch: list[Document], workers: Workers) -> Iterator[Result]:
    """After a worker died: each document of an unfinished batch alone, to find the culprit."""
    for document in batch:
        try:
            yield from workers.submit([document]).result()
        except BrokenProcessPool:
            where = document.source_path or document.id
            yield f"{where}: the process analysing this document died (out of memory?)"
            workers.restart()
