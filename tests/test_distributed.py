"""The Ray path (newscoder.distributed) gives the same records as the single-process run."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from invented_corpus import ARTICLES
from newscoder.distributed import expand_inputs, iter_shard, read_records
from newscoder.errors import ReadError
from newscoder.model import Analysis
from newscoder.run import analyze_safely

ray = pytest.importorskip("ray", reason="the optional ray extra is not installed")

pytestmark = pytest.mark.slow


def write_shards(folder: Path) -> list[Path]:
    """Two JSONL shards (one with a bad line) and one Parquet shard of invented articles."""
    folder.mkdir()
    first, second, third = ARTICLES[:2], ARTICLES[2:4], ARTICLES[4:]
    a = folder / "part-0.jsonl"
    a.write_text("".join(json.dumps(r) + "\n" for r in first), encoding="utf-8")
    b = folder / "part-1.jsonl"
    lines = [json.dumps(second[0]), "{not json", json.dumps({"id": "no-text"}),
             json.dumps({k: v for k, v in second[1].items() if k != "id"})]
    b.write_text("\n".join(lines) + "\n", encoding="utf-8")
    c = folder / "part-2.parquet"
    pq.write_table(pa.Table.from_pylist(third), c)
    return [a, b, c]


def single_process(paths: list[Path]) -> list[dict | str]:
    """What `newscoder analyze` makes of the same inputs, JSON round-tripped."""
    results: list[dict | str] = []
    for path in expand_inputs(paths):
        for item in iter_shard(path):
            if isinstance(item, ReadError):
                results.append(str(item))
                continue
            analysis = analyze_safely(item)
            if isinstance(analysis, Analysis):
                results.append(json.loads(json.dumps(analysis.to_dict(), ensure_ascii=False)))
            else:
                results.append(analysis)
    return results


@pytest.fixture(scope="module")
def local_ray():  # type: ignore[no-untyped-def]
    from newscoder.distributed import start_ray

    started = start_ray(workers=2)
    yield started
    started.shutdown()


def test_ray_records_identical_to_single_process(tmp_path: Path, local_ray) -> None:  # type: ignore[no-untyped-def]
    from newscoder.distributed import analyze_to_parquet

    paths = write_shards(tmp_path / "in")
    expected = single_process(paths)
    out = analyze_to_parquet([tmp_path / "in"], tmp_path / "out", workers=2, batch_size=2)
    rows = list(read_records(out))
    got = [row["record"] if row["record"] is not None else row["error"] for row in rows]
    assert len(got) == len(expected) == len(ARTICLES) + 2
    assert got == expected
    assert [r["id"] for r in rows if r["record"]] == [
        "inv-1", "inv-2", "inv-3", "part-1-4", "inv-5"
    ]
    errors = [r["error"] for r in rows if r["error"]]
    assert any("invalid JSON" in e and "part-1.jsonl:2" in e for e in errors)
    assert any("text" in e and "part-1.jsonl:3" in e for e in errors)


def test_refuses_to_write_into_a_folder_with_files(tmp_path: Path, local_ray) -> None:  # type: ignore[no-untyped-def]
    from newscoder.distributed import analyze_to_parquet
    from newscoder.errors import NewscoderError

    paths = write_shards(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.parquet").write_bytes(b"x")
    with pytest.raises(NewscoderError, match="not empty"):
        analyze_to_parquet(paths[:1], out, workers=1)
