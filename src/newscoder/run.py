"""Running the pipeline over many documents: errors isolated per document, optional workers.

Worker processes each load the model once and send back plain :class:`Analysis` records
(dataclasses), never spaCy ``Doc`` objects, whose pickling costs more than a core gains.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable, Iterator

from newscoder.errors import NewscoderError
from newscoder.model import Analysis, Document
from newscoder.pipeline import analyze_document

LOGGER = logging.getLogger(__name__)


def analyze_safely(document: Document) -> Analysis | str:
    """The analysis, or a one-line message naming the document; never an exception."""
    where = document.source_path or document.id
    try:
        return analyze_document(document)
    except NewscoderError as error:
        return f"{where}: {error}"
    except RecursionError:
        return f"{where}: too deeply nested to analyse"
    except Exception as error:  # noqa: BLE001 - one bad article never kills a batch
        LOGGER.exception("analysis failed for %s", where)
        return f"{where}: internal error while analysing ({type(error).__name__}: {error})"


def warm_up() -> None:
    from newscoder.parse import load_nlp

    load_nlp()


def analyze_stream(
    documents: Iterable[Document], workers: int = 1, chunksize: int = 4
) -> Iterator[Analysis | str]:
    """Analyses in input order; ``workers`` > 1 spreads documents over processes."""
    if workers <= 1:
        for document in documents:
            yield analyze_safely(document)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=warm_up) as pool:
        yield from pool.imap(analyze_safely, documents, chunksize=chunksize)
