"""Named exceptions of the library; the CLI turns them into one-line messages."""

from __future__ import annotations


class NewscoderError(Exception):
    """Base class of every error newscoder raises on purpose."""


class ReadError(NewscoderError):
    """A document could not be read. Carries the file and, for JSONL, the line."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class DocumentTooLarge(NewscoderError):
    """The document exceeds the configured size limit."""


class UnknownStage(NewscoderError):
    """A pipeline stage name that is not registered."""


class StoreError(NewscoderError):
    """The store could not be opened or written (foreign or corrupt file, bad URL...)."""


class EvalDataError(NewscoderError):
    """An evaluation file is missing or not in the expected format."""


class UnknownTable(NewscoderError):
    """A data table to build that no builder makes."""
