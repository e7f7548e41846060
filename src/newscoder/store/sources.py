"""What ingest reads: exactly what ``newscoder analyze`` reads.

Files, folders, JSONL, RSS/Atom feeds, WARC archives, PDF reports, ``-`` and URLs all go
through the one reader, :func:`newscoder.read.iter_documents`, so the same inputs give the
same documents to both commands.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read import count_documents, iter_documents
from newscoder.read.dates import DateOrder


def iter_inputs(
    paths: Iterable[str | Path], date_order: DateOrder = "auto"
) -> Iterator[Document | ReadError]:
    """Every document under ``paths``: articles, JSONL lines, feed entries, WARC responses,
    PDF reports, standard input and fetched URLs."""
    return iter_documents(paths, date_order)


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many documents ``paths`` hold, when cheap to know (for a progress bar)."""
    return count_documents(paths)
