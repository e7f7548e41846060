"""newscoder: news articles to structured, source-traced data.

>>> from newscoder import analyze
>>> analysis = analyze("Kerry met Jarba in Paris on Sunday.", published="2014-01-13")
>>> record = analysis.to_dict()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newscoder.lazystage import defer_spacy_cli

# Before anything imports spaCy: its command-line package is a fifth of a second of start-up.
defer_spacy_cli()

from newscoder.coder import VERSION  # noqa: E402
from newscoder.model import Analysis, Document  # noqa: E402

if TYPE_CHECKING:
    from newscoder.pipeline import analyze, analyze_document

__all__ = ["Analysis", "Document", "analyze", "analyze_document"]
__version__ = VERSION


def __getattr__(name: str) -> Any:
    # The pipeline imports spaCy (about two seconds); the store and the web server, which
    # import this package too, never need it.
    if name in {"analyze", "analyze_document"}:
        from newscoder import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'newscoder' has no attribute {name!r}")
