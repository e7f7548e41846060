"""Resource limits: long articles chunked or refused, stuck documents abandoned (issues 9, 10)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

import newscoder.parse
import newscoder.pipeline
import newscoder.settings
from invented_corpus import long_text
from newscoder.model import Document
from newscoder.parse import chunk_bounds, parse
from newscoder.run import analyze_safely
from newscoder.settings import SETTINGS


@pytest.mark.parametrize(
    ("text", "limit", "first_piece"),
    [
        ("aaaa\n\nbbbb\n\ncccc", 12, "aaaa\n\nbbbb\n\n"),  # after the last paragraph break
        ("aaaa bbbb\ncccc dddd", 12, "aaaa bbbb\n"),  # else after a line break
        ("aaaa bbbb cccc dddd", 12, "aaaa bbbb "),  # else after a space
        ("x" * 30, 12, "x" * 12),  # else at the limit
        ("short", 12, "short"),
        ("a\n\n" + "b" * 20, 12, "a\n\nbbbbbbbbb"),  # a break in the first half is too early
    ],
)
def test_chunk_bounds(text: str, limit: int, first_piece: str) -> None:
    bounds = chunk_bounds(text, limit)
    assert text[slice(*bounds[0])] == first_piece
    assert "".join(text[start:end] for start, end in bounds) == text
    assert all(0 < end - start <= limit for start, end in bounds)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))


@pytest.mark.slow
def test_chunked_parse_keeps_every_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newscoder.parse, "SETTINGS", dataclasses.replace(SETTINGS, chunk_chars=900))
    text = "The Minister\n\n" + long_text(6_000) + "\n\n" + "z" * 1_500 + " said."
    ctx = parse(Document(id="long", text=text))
    assert ctx.doc.text == ctx.parse_text and len(ctx.parse_text) == len(text)
    for token in ctx.doc:
        assert ctx.parse_text[token.idx : token.idx + len(token.text)] == token.text
    assert ctx.analysis.sentences, "the chunks are parsed into sentences"
    assert all(0 <= s.start < s.end <= len(text) for s in ctx.analysis.sentences)
    assert any(token.ent_type_ for token in ctx.doc), "every component ran on the chunks"


def test_five_megabyte_article_is_refused_with_a_clear_message() -> None:
    text = long_text(5 * 2**20)
    started = time.perf_counter()
    result = analyze_safely(Document(id="huge", text=text, source_path="huge.txt"))
    assert isinstance(result, str)
    assert result.startswith("huge.txt: ")
    assert "5,242,880 characters" in result and "max_chars" in result
    assert time.perf_counter() - started < 5  # refused before any parsing


def test_limits_are_settings() -> None:
    assert SETTINGS.chunk_chars < SETTINGS.max_chars
    # A chunk's parse needs about 3 KB per character: the default keeps it under 100 MB.
    assert SETTINGS.chunk_chars <= 30_000


@pytest.mark.slow
def test_stuck_document_is_abandoned(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stage stuck in regex backtracking is interrupted at the time limit."""
    stuck = types.ModuleType("newscoder_test_stuck_stage")

    def run(ctx: object) -> None:
        import re

        re.match(r"(a+)+$", "a" * 64 + "b")  # would run for years

    stuck.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, stuck.__name__, stuck)
    monkeypatch.setitem(newscoder.pipeline.STAGE_MODULES, "stuck", stuck.__name__)
    newscoder.pipeline.load_stage.cache_clear()
    monkeypatch.setattr(
        newscoder.pipeline, "SETTINGS", dataclasses.replace(SETTINGS, stages=["stuck"])
    )
    quick = dataclasses.replace(SETTINGS, timeout_seconds=1.0, timeout_chars_per_second=1e9)
    monkeypatch.setattr(newscoder.settings, "SETTINGS", quick)
    started = time.perf_counter()
    result = analyze_safely(Document(id="stuck", text="The minister said so."))
    newscoder.pipeline.load_stage.cache_clear()
    assert isinstance(result, str) and "abandoned" in result
    assert time.perf_counter() - started < 30


# The child's own peak is read from /proc (VmHWM, in kB), not from getrusage: Linux carries
# ru_maxrss over fork and exec, so the child would report the peak of the test process that
# started it, which grows with every test run before this one.
MEASURE = """
import json, sys
from newscoder.model import Document
from newscoder.run import analyze_safely, warm_up

def peak_kb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))

warm_up()
before = peak_kb()
text = sys.stdin.read()
result = analyze_safely(Document(id="long", text=text))
after = peak_kb()
print(json.dumps({"ok": not isinstance(result, str), "result": str(result)[:300],
                  "growth_mb": (after - before) / 1024, "peak_mb": after / 1024}))
"""


@pytest.mark.slow
def test_long_article_is_analysed_in_bounded_memory() -> None:
    """A 60,000-character article: a chunked parse, every stage, peak well under 1 GiB."""
    text = long_text(60_000)
    done = subprocess.run(
        [sys.executable, "-c", MEASURE], input=text, capture_output=True, text=True,
        timeout=600, check=False, cwd=Path(__file__).parent,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["ok"], figures["result"]
    assert figures["peak_mb"] < 1024, figures
    assert figures["growth_mb"] < 400, figures
