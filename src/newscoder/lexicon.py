"""Where the project's word lists, patterns, codebooks and tables live.

One rule for every stage: ``lexicons/<language>/<capability>/<file>`` inside the package
(``lexicons/en/quotes/cues.tsv``), so a second language is a sibling folder.
"""

from __future__ import annotations

from pathlib import Path

LEXICONS = Path(__file__).resolve().parent / "lexicons"


def lexicon_path(capability: str, name: str, language: str = "en") -> Path:
    """The path of one lexicon file of a capability (``lexicon_path("time", "time.toml")``)."""
    return LEXICONS / language / capability / name


def read_lexicon(capability: str, name: str, language: str = "en") -> str:
    """The text of one lexicon file."""
    return lexicon_path(capability, name, language).read_text(encoding="utf-8")


def read_words(capability: str, name: str, language: str = "en") -> frozenset[str]:
    """The entries of a one-entry-per-line list, stripped; blank and "#" lines left out."""
    lines = read_lexicon(capability, name, language).splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))
