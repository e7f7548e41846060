"""newscoder.run: the multi-process path keeps order, isolates crashes, dies with its parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newscoder.run
from invented_corpus import ARTICLES
from newscoder.model import Analysis, Document
from newscoder.run import analyze_stream, batches, default_workers

pytestmark = pytest.mark.slow


def documents() -> list[Document]:
    return [
        Document(id=a["id"], text=a["text"], published=a.get("date"), title=a.get("title"))
        for a in ARTICLES
    ]


def records(results: list[Analysis | str]) -> list[dict | str]:
    return [r.to_dict() if isinstance(r, Analysis) else r for r in results]


@pytest.mark.parametrize(("size", "expected"), [(2, [2, 2, 1]), (5, [5]), (9, [5])])
def test_batches(size: int, expected: list[int]) -> None:
    assert [len(b) for b in batches(iter(documents()), size)] == expected


def test_default_workers_is_the_usable_cores() -> None:
    assert 1 <= default_workers() <= (os.cpu_count() or 1)


def test_two_workers_give_the_single_process_records_in_order() -> None:
    single = records(list(analyze_stream(documents(), workers=1)))
    double = records(list(analyze_stream(documents(), workers=2, chunksize=2)))
    assert double == single
    assert [r["id"] for r in single if isinstance(r, dict)] == [a["id"] for a in ARTICLES]


def test_a_worker_that_dies_costs_only_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    real = newscoder.run.analyze_document

    def dies_on_inv3(document: Document, *args: object, **kwargs: object) -> Analysis:
        if document.id == "inv-3":
            os._exit(3)  # as a segfault or the OOM killer would
        return real(document)

    monkeypatch.setattr(newscoder.run, "analyze_document", dies_on_inv3)
    results = list(analyze_stream(documents(), workers=2, chunksize=2))
    assert len(results) == len(ARTICLES)
    failed = [r for r in results if isinstance(r, str)]
    assert len(failed) == 1 and failed[0].startswith("inv-3: ") and "died" in failed[0]
    assert [r.document.id for r in results if isinstance(r, Analysis)] == [
        "inv-1", "inv-2", "inv-4", "inv-5"
    ]


RUN_FOREVER = """
import sys
from newscoder.model import Document
from newscoder.run import analyze_stream
text = open(sys.argv[1], encoding="utf-8").read()
docs = (Document(id=str(i), text=text) for i in range(10_000))
for _ in analyze_stream(docs, workers=2, chunksize=1):
    print("done", flush=True)
"""


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs Linux /proc")
def test_workers_end_when_the_parent_is_killed(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLES[1]["text"], encoding="utf-8")
    parent = subprocess.Popen([sys.executable, "-c", RUN_FOREVER, str(article)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        parent.stdout.readline()  # the workers are running
        workers = children_of(parent.pid)
        assert len(workers) >= 2
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 20
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [pid for pid in alive if Path(f"/proc/{pid}").exists()
                 and "Z" not in (Path(f"/proc/{pid}/stat").read_text().split()[2:3] or [""])]
    for pid in alive:  # do not leave them behind if the test fails
        os.kill(pid, signal.SIGKILL)
    assert not alive, f"workers {alive} outlived their killed parent"
