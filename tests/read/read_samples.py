"""Invented inputs shared by the reader's tests: an HTML article, the fixture feed and
articles, and a two-page PDF report."""

from __future__ import annotations

from pathlib import Path

from read_pdfmaker import make_pdf

FIXTURES = Path(__file__).parent / "fixtures"
FEED = (FIXTURES / "harbour.rss").read_bytes()
FRENCH = (FIXTURES / "article_fr.txt").read_text(encoding="utf-8")
ARABIC = (FIXTURES / "article_ar.txt").read_text(encoding="utf-8")

ARTICLE_HTML = b"""<!doctype html>
<html><head><title>Bridge reopens in river town</title>
<meta name="author" content="By NORA PIKE, Valley Post Staff Writer">
<meta property="article:published_time" content="2021-05-04T09:00:00Z">
</head><body><article>
<h1>Bridge reopens in river town</h1>
<p>The old stone bridge over the river reopened to traffic on Monday after eight months of
repairs, the county engineer said. Drivers had been sent on a long detour through the hills
since the flood last autumn damaged two of its arches.</p>
<p>Shop owners on the east bank said trade had fallen by half while the bridge was shut, and
several said they hoped customers would now return. The county will hold a small ceremony at
the bridge on Saturday morning.</p>
</article></body></html>"""

REPORT_PAGES = [
    ["Situation report 12: flooding in the lower valley",
     "Heavy rain since Thursday has flooded villages along the river, and",
     "about 3,000 people have left their homes, according to the district office, and",
     "7"],
    ["most of them are staying with relatives or in two school buildings.",
     "Water trucks reached the schools on Sunday."],
]


def report_pdf() -> bytes:
    return make_pdf(REPORT_PAGES, title="Flooding situation report")
