"""newscoder: news articles to structured, source-traced data.

>>> from newscoder import analyze
>>> analysis = analyze("Kerry met Jarba in Paris on Sunday.", published="2014-01-13")
>>> record = analysis.to_dict()
"""

from newscoder.model import Analysis, Document
from newscoder.pipeline import analyze, analyze_document

__all__ = ["Analysis", "Document", "analyze", "analyze_document"]
__version__ = "0.1.0"
