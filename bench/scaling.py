"""How throughput grows with cores and corpus size, what the store costs, and whether the Ray
path gives the records of the single-process run.

    .venv/bin/python bench/scaling.py [CORPUS.jsonl] [--sizes 300,1000] [--workers 1,2]
                                      [--ray 1000] [--json]

For each size N, the first N documents of the corpus are written as four JSONL shards, and
each measurement is a whole ``newscoder`` process run as a user runs it (model loading
included, which weighs less as the corpus grows):

- ``newscoder analyze SHARDS --format jsonl --workers W`` for each W: documents per second of
  wall time and per second of CPU time (the process and its workers), and whether the
  records of every W are the same bytes as those of one worker;
- ``newscoder ingest SHARDS --db store.db``: documents per second and the SQLite store's size
  per 1,000 documents (the database with its write-ahead log);
- at the size given by ``--ray`` (the optional ``ray`` extra installed), ``python -m
  newscoder.distributed SHARDS -o FOLDER --workers 2`` and its records written back as JSONL
  (``newscoder.distributed.to_jsonl``), compared byte for byte with one worker's.

The development corpus lives in ../shared; the script says so and stops when it is absent.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

from throughput import DEFAULT_CORPUS  # the same corpus as make bench; bench/ is on the path

SHARDS = 4
BIN = Path(sys.executable).parent


def write_shards(corpus: Path, size: int, folder: Path) -> list[Path]:
    """The first ``size`` lines of the corpus, dealt into SHARDS files in order."""
    folder.mkdir(parents=True)
    with corpus.open(encoding="utf-8") as handle:
        lines = list(islice(handle, size))
    per_shard = -(-len(lines) // SHARDS)
    paths = []
    for index in range(SHARDS):
        part = lines[index * per_shard : (index + 1) * per_shard]
        path = folder / f"part-{index}.jsonl"
        path.write_text("".join(part), encoding="utf-8")
        paths.append(path)
    return paths


def timed(command: list[str], stdout: Path | None = None) -> dict[str, float]:
    """Wall and CPU seconds (the process and its children) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(stdout or "/dev/null", "wb") as out:
        subprocess.run(command, stdout=out, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1)}


def rates(docs: int, times: dict[str, float]) -> dict[str, float]:
    return {**times, "docs_per_s": round(docs / times["wall_s"], 2),
            "docs_per_cpu_s": round(docs / times["cpu_s"], 2)}


def measure_size(corpus: Path, size: int, workers: list[int], ray: bool, folder: Path) -> dict:
    shards = write_shards(corpus, size, folder / "in")
    docs = sum(1 for path in shards for line in path.open(encoding="utf-8") if line.strip())
    result: dict[str, Any] = {"docs": docs, "analyze": {}}
    outputs = {}
    for count in workers:
        outputs[count] = folder / f"analyze-{count}.jsonl"
        command = [str(BIN / "newscoder"), "analyze", *map(str, shards), "--format", "jsonl",
                   "--workers", str(count)]
        result["analyze"][count] = rates(docs, timed(command, outputs[count]))
    reference = outputs[workers[0]].read_bytes()
    result["records"] = reference.count(b"\n")
    result["workers_identical"] = all(p.read_bytes() == reference for p in outputs.values())
    result["ingest"] = measure_store(shards, docs, folder / "store.db")
    if ray:
        result["ray"] = measure_ray(shards, docs, folder, reference)
    return result


def measure_store(shards: list[Path], docs: int, store: Path) -> dict[str, float]:
    command = [str(BIN / "newscoder"), "ingest", *map(str, shards), "--db", str(store),
               "--workers", "1", "--no-progress"]
    figures = rates(docs, timed(command))
    size = sum(p.stat().st_size for p in store.parent.glob(store.name + "*"))
    figures["store_mb_per_1000_docs"] = round(size / 1e6 * 1000 / docs, 1)
    return figures


def measure_ray(shards: list[Path], docs: int, folder: Path, reference: bytes) -> dict:
    out = folder / "ray-out"
    command = [str(BIN / "python"), "-m", "newscoder.distributed", *map(str, shards),
               "-o", str(out), "--workers", "2"]
    wall = timed(command)["wall_s"]
    # Ray's workers are children of its own daemons, not of this process: no CPU time here.
    figures: dict[str, Any] = {"wall_s": wall, "docs_per_s": round(docs / wall, 2)}
    from newscoder.distributed import to_jsonl

    written, errors = to_jsonl(out, folder / "ray.jsonl")
    figures.update(records=written, errors=len(errors),
                   identical=(folder / "ray.jsonl").read_bytes() == reference)
    return figures


def report(figures: dict[int, dict]) -> None:
    for result in figures.values():
        print(f"\n{result['docs']} documents ({result['records']} records), shards: {SHARDS}")
        for count, row in result["analyze"].items():
            print(f"  analyze --workers {count}: {row['wall_s']} s wall, {row['cpu_s']} s CPU, "
                  f"{row['docs_per_s']} docs/s, {row['docs_per_cpu_s']} docs per CPU s")
        print(f"  records of every worker count identical: {result['workers_identical']}")
        store = result["ingest"]
        print(f"  ingest --workers 1: {store['docs_per_s']} docs/s, store "
              f"{store['store_mb_per_1000_docs']} MB per 1,000 documents")
        if "ray" in result:
            ray = result["ray"]
            print(f"  Ray, 2 workers: {ray['docs_per_s']} docs/s; {ray['records']} records, "
                  f"{ray['errors']} errors, identical to one worker's: {ray['identical']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="300,1000", help="Corpus sizes, in documents.")
    parser.add_argument("--workers", default="1,2", help="Worker counts; the first is the "
                        "reference for identical records.")
    parser.add_argument("--ray", type=int, default=1000,
                        help="The size at which to run the Ray path (0: never).")
    parser.add_argument("--json", action="store_true", help="Print every figure as JSON.")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"bench: corpus not found: {args.corpus} (give a JSONL file)")
    workers = [int(n) for n in args.workers.split(",")]
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(n) for n in args.sizes.split(",")):
            figures[size] = measure_size(args.corpus, size, workers, size == args.ray,
                                         Path(folder) / str(size))
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        report(figures)


if __name__ == "__main__":
    main()
