"""The same analysis on a Ray cluster: sharded JSONL/Parquet in, Parquet shards out.

For a corpus larger than one machine. Install the optional extra and run::

    pip install "newscoder[ray]"
    python -m newscoder.distributed corpus/part-*.jsonl -o analysed/ --workers 8
    python -m newscoder.distributed corpus/*.parquet -o analysed/ --address auto  # a cluster

Shards are read by newscoder's own reader (``.jsonl`` lines as in the contract; ``.parquet``
files with the same columns: ``text``, and optionally ``id``, ``date``, ``title``, ``url``;
``.txt``/``.html`` files too), so a document gets the same id and metadata as in
``newscoder analyze``. Ray Data's ``map_batches`` then runs :class:`Analyzer` on a pool of
actors, each of which loads the pipeline once, and the results are written as Parquet shards
with one row per input document:

====================  ==========================================================
``shard``, ``position``  input file (index into the sorted input list) and document
                         number in it: sort on both for input order
``id``, ``source_path``  the document's id and where it was read
``published``            publication date (YYYY-MM-DD) or null
``record``               the JSON record of ``newscoder analyze --format jsonl``
``error``                the message when the document could not be read or analysed
====================  ==========================================================

:func:`read_records` gives the records back in input order (``newscoder.distributed.to_jsonl``
writes them as the JSONL of ``newscoder analyze``); PostgreSQL loads the shards with any
Parquet reader into a table whose ``record`` column is ``jsonb``.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newscoder.errors import NewscoderError, ReadError
from newscoder.model import Analysis, Document

PARQUET_SUFFIXES = {".parquet", ".pq"}
OUTPUT_SCHEMA = pa.schema(
    [
        ("shard", pa.int64()),
        ("position", pa.int64()),
        ("id", pa.string()),
        ("source_path", pa.string()),
        ("published", pa.string()),
        ("record", pa.string()),
        ("error", pa.string()),
    ]
)


class RayNotInstalled(NewscoderError):
    """The optional ``ray`` extra is missing."""


def iter_shard(path: Path) -> Iterator[Document | ReadError]:
    """The documents of one input shard, exactly as ``newscoder analyze`` reads them."""
    if path.suffix.lower() not in PARQUET_SUFFIXES:
        from newscoder.read import iter_documents

        yield from iter_documents([path])
        return
    from newscoder.read import document_from_record

    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowException) as error:
        yield ReadError(str(path), f"cannot read as Parquet: {error}")
        return
    for number, row in enumerate(table.to_pylist(), start=1):
        try:
            yield document_from_record(row, str(path), number)
        except ReadError as error:
            yield error


def read_shard(row: dict[str, Any]) -> list[dict[str, Any]]:
    """Ray ``flat_map``: one input shard to one row per document (pickled) or read error."""
    rows = []
    for position, item in enumerate(iter_shard(Path(row["path"]))):
        base = {"shard": row["shard"], "position": position}
        if isinstance(item, ReadError):
            rows.append({**base, "document": b"", "error": str(item)})
        else:
            rows.append({**base, "document": pickle.dumps(item), "error": ""})
    return rows


def output_row(
    shard: int, position: int, result: Analysis | str | None, error: str
) -> dict[str, Any]:
    if isinstance(result, Analysis):
        document = result.document
        record = json.dumps(result.to_dict(), ensure_ascii=False)
        return {"shard": shard, "position": position, "id": document.id,
                "source_path": document.source_path, "published": document.published,
                "record": record, "error": None}
    message = result if isinstance(result, str) else error
    return {"shard": shard, "position": position, "id": None, "source_path": None,
            "published": None, "record": None, "error": message}


class Analyzer:
    """Ray Data actor: loads the pipeline once, then analyses batch after batch."""

    def __init__(self) -> None:
        from newscoder.run import warm_up

        warm_up()

    def __call__(self, batch: pa.Table) -> pa.Table:
        from newscoder.run import analyze_batch

        rows = batch.to_pylist()
        readable = [i for i, row in enumerate(rows) if not row["error"]]
        documents: list[Document] = [
            pickle.loads(rows[i]["document"]) for i in readable  # noqa: S301 - our own rows
        ]
        results: dict[int, Analysis | str] = dict(
            zip(readable, analyze_batch(documents), strict=True)
        )
        out = []
        for i, row in enumerate(rows):
            result = results.get(i)
            record = output_row(row["shard"], row["position"], result, row["error"])
            if isinstance(result, str):
                document = documents[readable.index(i)]
                record.update(id=document.id, source_path=document.source_path)
            out.append(record)
        return pa.Table.from_pylist(out, schema=OUTPUT_SCHEMA)


def import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise RayNotInstalled(
            'Ray is not installed; install the extra: pip install "newscoder[ray]"'
        ) from None
    return ray


def start_ray(address: str | None = None, workers: int | None = None) -> Any:
    """Connect to ``address`` (a running cluster, or "auto"), or start a local instance.

    A local instance listens on the loopback address only and sends no usage statistics.
    """
    ray = import_ray()
    if ray.is_initialized():
        return ray
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
                 logging_level="warning", _node_ip_address="127.0.0.1",
                 object_store_memory=256 * 2**20)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    return ray


def expand_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Input files in a stable order (folders expanded), so shard numbers are reproducible."""
    from newscoder.read import SUFFIXES

    suffixes = SUFFIXES | PARQUET_SUFFIXES
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in suffixes)
        else:
            found.append(path)
    return found


def analyze_to_parquet(
    paths: Sequence[str | Path],
    output: str | Path,
    workers: int = 2,
    batch_size: int = 8,
    address: str | None = None,
) -> Path:
    """Analyse every document of ``paths`` on Ray; Parquet shards in the folder ``output``."""
    ray = start_ray(address, None if address else workers)
    inputs = [{"shard": i, "path": str(p.resolve())} for i, p in enumerate(expand_inputs(paths))]
    if not inputs:
        raise ReadError(", ".join(map(str, paths)), "no input files")
    dataset = (
        ray.data.from_items(inputs, override_num_blocks=len(inputs))
        .flat_map(read_shard, num_cpus=0)  # light: the analysers get every CPU
        .map_batches(Analyzer, batch_size=batch_size, batch_format="pyarrow",
                     compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1)
    )
    out = Path(output)
    if out.exists() and any(out.iterdir()):
        raise NewscoderError(f"{out}: not empty; give a new folder for the output shards")
    dataset.write_parquet(str(out.resolve()))
    return out


def read_records(output: str | Path) -> Iterator[dict[str, Any]]:
    """The output rows of :func:`analyze_to_parquet` in input order, ``record`` decoded."""
    table = pq.read_table(str(output), schema=OUTPUT_SCHEMA)
    for row in sorted(table.to_pylist(), key=lambda r: (r["shard"], r["position"])):
        row["record"] = json.loads(row["record"]) if row["record"] is not None else None
        yield row


def to_jsonl(output: str | Path, destination: str | Path) -> tuple[int, list[str]]:
    """Write the records as ``newscoder analyze --format jsonl`` would; (written, errors)."""
    written, errors = 0, []
    with open(destination, "w", encoding="utf-8") as handle:
        for row in read_records(output):
            if row["record"] is None:
                errors.append(row["error"])
                continue
            handle.write(json.dumps(row["record"], ensure_ascii=False) + "\n")
            written += 1
    return written, errors


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newscoder.distributed",
        description="Analyse sharded JSONL/Parquet input on Ray; write Parquet shards.",
    )
    parser.add_argument("paths", nargs="+", help="Input shards (.jsonl, .parquet) or folders.")
    parser.add_argument("-o", "--output", required=True, help="Folder for the Parquet shards.")
    parser.add_argument("--workers", type=int, default=2, help="Analyser actors (one CPU each).")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--address", help='A running Ray cluster ("auto" or host:port).')
    args = parser.parse_args(argv)
    try:
        out = analyze_to_parquet(args.paths, args.output, args.workers, args.batch_size,
                                 args.address)
    except NewscoderError as error:
        print(f"newscoder: error: {error}", file=sys.stderr)
        return 1
    errors = [row["error"] for row in read_records(out) if row["error"]]
    for error in errors:
        print(f"newscoder: error: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
