"""Load test of `newscoder serve`: requests/s and p50/p99 latency under concurrent clients.

    .venv/bin/python bench/loadtest.py --db news.db [--clients 50] [--requests 5000] [--seconds 60]
    .venv/bin/python bench/loadtest.py --db news.db --ingest CORPUS.jsonl --limit 2000
    .venv/bin/python bench/loadtest.py --db big.db --replicate 5000 --source news.db

Starts ``newscoder serve`` on a free port of 127.0.0.1, waits for ``/api/health``, then lets
``--clients`` concurrent clients request a mix of the API and the pages (documents by id,
searches — some with quotes, ``%``, ``--`` and FTS operators — events, actors, the pages)
until ``--requests`` requests are done or ``--seconds`` have passed, whichever comes first.
Traffic goes to the loopback address only: ``--url`` (an already running server) is refused
unless its host is a loopback address. With ``--ingest``, the store is first built from the
first ``--limit`` documents of a JSONL corpus (skipped when ``--db`` already exists). With
``--replicate N --source STORE``, ``--db`` is first built as a copy of an ingested SQLite store
whose documents are repeated under distinct ids (``<id>~1``, ``<id>~2``, ...) until it holds N,
every row of their analyses with them: a store of the size asked, with the rows ingest
writes, without analysing the same texts again.
Errors are any status other than 200 (404 for the unknown-id probe) and any failed request.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import math
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from itertools import cycle, islice
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
NEWSCODER = Path(sys.executable).with_name("newscoder")
HOSTILE_QUERIES = ["'", '"unbalanced', "%", "50%_off", "--", "a OR b", "NEAR(x y)", "*", "x AND",
                   "^", "(", "\\", "<script>", "'; DROP TABLE documents; --"]


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_store(db: Path, corpus: Path, limit: int, workers: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        part = Path(folder) / "corpus.jsonl"
        with corpus.open(encoding="utf-8") as source, part.open("w", encoding="utf-8") as out:
            out.writelines(islice(source, limit))
        print(f"ingesting {limit} documents of {corpus} into {db} ...", file=sys.stderr)
        started = time.perf_counter()
        subprocess.run([str(NEWSCODER), "ingest", str(part), "--db", str(db), "--workers",
                        str(workers), "--no-progress"], check=True)
        print(f"ingested in {time.perf_counter() - started:.0f} s", file=sys.stderr)


# Tables keyed by a document id, and which of their columns hold one.
ID_COLUMNS = {
    "documents": ("id", "copy_of"), "sentences": ("doc_id",), "mentions": ("doc_id",),
    "entities": ("doc_id",), "actor_mentions": ("doc_id",), "quotes": ("doc_id",),
    "timexes": ("doc_id",), "places": ("doc_id",), "figures": ("doc_id",),
    "incidents": ("doc_id",), "events": ("doc_id",), "event_actors": ("doc_id",),
    "duplicates": ("doc_id", "other_id"), "documents_fts": ("doc_id",),
    "quotes_fts": ("doc_id",),
}


def replicate(source: Path, target: Path, total: int) -> None:
    """``target``: the store at ``source`` with its documents repeated under new ids until it
    holds ``total`` (the last round takes the first documents by id)."""
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as conn, \
            sqlite3.connect(target) as out:
        conn.backup(out)  # a consistent copy, WAL included
    with sqlite3.connect(target) as conn:
        originals = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
        for round_ in range(1, math.ceil(total / len(originals))):
            wanted = originals[: min(len(originals), total - round_ * len(originals))]
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY)")
            conn.execute("DELETE FROM wanted")
            conn.executemany("INSERT INTO wanted VALUES (?)", [(i,) for i in wanted])
            for table, columns in ID_COLUMNS.items():
                copy_rows(conn, table, columns, f"~{round_}")
        count = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        conn.execute("PRAGMA analysis_limit = 1000")  # as ingest does at its end
        conn.execute("ANALYZE")
    print(f"replicated {source} into {target}: {count} documents", file=sys.stderr)


def copy_rows(conn: sqlite3.Connection, table: str, id_columns: tuple[str, ...],
              suffix: str) -> None:
    names = [row[1] for row in conn.execute(f"SELECT * FROM pragma_table_info('{table}')")]
    unique = {"id", "content_hash"} if table == "documents" else set()

    def value(name: str) -> str:
        if name in id_columns or name in unique:
            return f"{name} || '{suffix}'"  # NULL stays NULL (copy_of of an original)
        return f'"{name}"'

    key = id_columns[0]
    conn.execute(f"INSERT INTO {table} ({', '.join(chr(34) + n + chr(34) for n in names)}) "
                 f"SELECT {', '.join(value(n) for n in names)} FROM {table} "
                 f"WHERE {key} IN (SELECT id FROM wanted)")


def sample_ids(db: Path, count: int) -> list[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT id FROM documents ORDER BY random() LIMIT ?",
                            (count,)).fetchall()
    return [row[0] for row in rows]


def sample_actors(db: Path, count: int) -> list[int]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT actor_id, count(*) AS n FROM event_actors WHERE actor_id "
                            "IS NOT NULL GROUP BY actor_id ORDER BY n DESC LIMIT ?",
                            (count,)).fetchall()
    return [row[0] for row in rows]


# The analyst's views (issue 21): map, timelines, network and event list, page and data.
VIEWS = [("map page", "/map"), ("timeline page", "/timeline"), ("network page", "/network"),
         ("events page", "/events"), ("actors page", "/actors"),
         ("api/views/incidents", "/api/views/incidents"),
         ("api/views/event-days", "/api/views/event-days"), ("api/network", "/api/network"),
         ("api/incidents", "/api/incidents"), ("api/events filtered", "/api/events?type=ASSAULT")]


def targets(ids: list[str], actors: list[int] | None = None) -> list[tuple[str, str, int]]:
    """(kind, path, expected status) in the proportions of the mix."""
    words = ["government", "minister", "said", "economy", "election", "police", "film"]
    mix: list[tuple[str, str, int]] = []
    for index, doc_id in enumerate(ids):
        safe = quote(doc_id, safe="")
        mix.append(("api/documents", f"/api/documents/{safe}", 200))
        mix.append(("documents page", f"/documents/{safe}", 200))
        mix.append(("api/search", f"/api/search?q={quote(words[index % len(words)])}", 200))
        if index % 4 == 0:
            hostile = HOSTILE_QUERIES[index // 4 % len(HOSTILE_QUERIES)]
            mix.append(("api/search hostile", f"/api/search?q={quote(hostile)}", 200))
            mix.append(("search page", f"/search?q={quote(hostile)}", 200))
        if index % 8 == 0:
            mix += [("api/health", "/api/health", 200), ("api/events", "/api/events", 200),
                    ("home page", "/", 200), ("api/documents unknown",
                                              "/api/documents/no-such-id-xyz", 404)]
        if index % 4 == 1:
            kind, path = VIEWS[index // 4 % len(VIEWS)]
            mix.append((kind, path, 200))
        if actors and index % 4 == 2:
            mix.append(("actor page", f"/actors/{actors[index // 4 % len(actors)]}", 200))
    return mix


async def client(http: httpx.AsyncClient, work: Any, deadline: float, budget: list[int],
                 latencies: dict[str, list[float]], errors: Counter[str],
                 think: float = 0.0) -> None:
    while budget[0] > 0 and time.perf_counter() < deadline:
        if think:  # uniform around the mean: clients do not fire in step
            await asyncio.sleep(random.uniform(0, 2 * think))
        budget[0] -= 1
        kind, path, expected = next(work)
        started = time.perf_counter()
        try:
            response = await http.get(path)
            await response.aread()
            if response.status_code != expected:
                errors[f"{kind}: HTTP {response.status_code}"] += 1
        except httpx.HTTPError as error:
            errors[f"{kind}: {type(error).__name__}"] += 1
        latencies[kind].append(time.perf_counter() - started)


async def load(base: str, mix: list[tuple[str, str, int]], clients: int, requests: int,
               seconds: float, think: float = 0.0
               ) -> tuple[dict[str, list[float]], Counter[str], float]:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: Counter[str] = Counter()
    work = cycle(mix)
    budget = [requests]
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30.0) as http:
        started = time.perf_counter()
        deadline = started + seconds
        await asyncio.gather(*(client(http, work, deadline, budget, latencies, errors, think)
                               for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return latencies, errors, elapsed


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process and its children alive now (Linux /proc; 0
    elsewhere): the server's own work, whatever else the machine is doing."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):  # the process or its child
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if server.poll() is not None:
            sys.exit(f"loadtest: the server exited with status {server.returncode}")
        try:
            if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    sys.exit("loadtest: the server did not become ready")


def report(latencies: dict[str, list[float]], errors: Counter[str], elapsed: float,
           clients: int) -> dict[str, Any]:
    every = [value for values in latencies.values() for value in values]
    summary = {
        "clients": clients,
        "requests": len(every),
        "seconds": round(elapsed, 2),
        "requests_per_s": round(len(every) / elapsed, 1),
        "p50_ms": round(percentile(every, 0.50) * 1000, 1),
        "p99_ms": round(percentile(every, 0.99) * 1000, 1),
        "max_ms": round(max(every, default=0) * 1000, 1),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors),
        "by_kind": {
            kind: {"n": len(values), "p50_ms": round(percentile(values, 0.5) * 1000, 1),
                   "p99_ms": round(percentile(values, 0.99) * 1000, 1)}
            for kind, values in sorted(latencies.items())
        },
    }
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="The store to serve.")
    parser.add_argument("--url", help="A server already running on a loopback address.")
    parser.add_argument("--ingest", type=Path, help="Build --db from this JSONL corpus first.")
    parser.add_argument("--limit", type=int, default=2000, help="Documents to ingest.")
    parser.add_argument("--workers", type=int, default=2, help="Ingest workers.")
    parser.add_argument("--replicate", type=int, metavar="N",
                        help="Build --db from --source with its documents repeated up to N.")
    parser.add_argument("--source", type=Path, help="The ingested store to replicate.")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--server-workers", type=int, default=1,
                        help="Processes of the server started here (serve --workers).")
    parser.add_argument("--think", type=float, default=0.0, metavar="SECONDS",
                        help="Mean pause of each client before each request, drawn uniformly "
                             "from 0 to twice it (0: back to back).")
    parser.add_argument("--requests", type=int, default=5000, help="Stop after this many.")
    parser.add_argument("--seconds", type=float, default=60, help="Stop after this long.")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON only.")
    args = parser.parse_args()
    if args.url and not is_loopback(args.url):
        sys.exit("loadtest: only servers on a loopback address (127.0.0.0/8, ::1) are tested")
    if args.db is None:
        sys.exit("loadtest: --db is required (the store whose document ids are requested)")
    if args.replicate and not args.db.exists():
        if not args.source or not args.source.exists():
            sys.exit("loadtest: --replicate needs --source, an ingested SQLite store")
        replicate(args.source, args.db, args.replicate)
    if not args.db.exists():
        if not args.ingest:
            sys.exit(f"loadtest: no store at {args.db}; give --ingest CORPUS to build one")
        build_store(args.db, args.ingest, args.limit, args.workers)
    mix = targets(sample_ids(args.db, 400), sample_actors(args.db, 50))
    if not mix:
        sys.exit(f"loadtest: the store {args.db} holds no documents")
    server = None
    base = args.url.rstrip("/") if args.url else ""
    if not args.url:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([str(NEWSCODER), "serve", "--db", str(args.db),
                                   "--host", "127.0.0.1", "--port", str(port),
                                   "--workers", str(args.server_workers)])
    cpu = 0.0
    try:
        wait_ready(base, server) if server else None
        before = cpu_seconds(server.pid) if server else 0.0
        latencies, errors, elapsed = asyncio.run(
            load(base, mix, args.clients, args.requests, args.seconds, args.think))
        cpu = cpu_seconds(server.pid) - before if server else 0.0
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
    summary = report(latencies, errors, elapsed, args.clients)
    summary["server_cpu_s"] = round(cpu, 2)
    summary["server_cpu_ms_per_request"] = round(1000 * cpu / max(1, summary["requests"]), 2)
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    print(f"{summary['requests']} requests from {args.clients} clients in "
          f"{summary['seconds']} s: {summary['requests_per_s']} requests/s, "
          f"p50 {summary['p50_ms']} ms, p99 {summary['p99_ms']} ms, max {summary['max_ms']} ms, "
          f"errors {summary['errors']}")
    if server is not None:
        print(f"server CPU {summary['server_cpu_s']} s: "
              f"{summary['server_cpu_ms_per_request']} ms per request")
    for kind, figures in summary["by_kind"].items():
        print(f"  {kind:<24} {figures['n']:>6}  p50 {figures['p50_ms']:>8} ms  "
              f"p99 {figures['p99_ms']:>8} ms")
    for kind, count in summary["error_kinds"].items():
        print(f"  error: {kind} x{count}")


if __name__ == "__main__":
    main()
