"""The evaluation parse cache: a parse read back from disk gives the same analysis."""

from __future__ import annotations

from pathlib import Path

import pytest

from invented_corpus import ARTICLES
from newscoder.model import Analysis, Document
from newscoder.parsecache import ENVIRONMENT_VARIABLE
from newscoder.run import analyze_stream

pytestmark = pytest.mark.slow


def analysed() -> list[dict]:
    documents = [
        Document(id=a["id"], text=a["text"], published=a.get("date"), title=a.get("title"))
        for a in ARTICLES
    ]
    return [r.to_dict() for r in analyze_stream(documents) if isinstance(r, Analysis)]


def test_a_cached_parse_gives_the_same_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = analysed()
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(tmp_path))
    filled = analysed()
    assert any(tmp_path.rglob("*")), "the first run keeps its parses"
    from_cache = analysed()
    assert fresh == filled == from_cache


def test_a_change_to_the_parse_rules_reads_back_no_old_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newscoder import parsecache
    from newscoder.parse import load_nlp

    nlp = load_nlp()
    before = parsecache.cache_key(nlp, "Rain fell on Tuesday.")
    monkeypatch.setattr(parsecache, "rules_fingerprint", lambda: "edited-rules")
    assert parsecache.cache_key(nlp, "Rain fell on Tuesday.") != before
