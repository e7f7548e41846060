"""Throughput of newscoder against spaCy alone, on the same articles, in one run.

    .venv/bin/python bench/throughput.py [CORPUS.jsonl] [--limit 300] [--workers 1,2]

Each measurement runs in a fresh process, so that its peak memory is its own and one
measurement's caches do not speed up the next:

- ``spacy``: the project's spaCy model with the same components (``nlp.pipe``), nothing else;
- ``newscoder``: read the JSONL, analyse with every configured stage, store the records in a
  SQLite store (when the store is importable) and serialise them as ``analyze --format jsonl``
  does, with the CPU time split by stage (CPU time, so that the split does not depend on
  what else the machine runs);
- ``workers N``: ``newscoder.run.analyze_stream(workers=N)`` on the same documents.
- start-up: ``newscoder analyze`` run as a user runs it on a one-sentence file, whole process.

Model loading and one warm-up document are not timed in any of them. ``--profile FILE``
also profiles the ``newscoder`` measurement with pyinstrument (if installed) and prints the
functions with the largest own time. The development corpus lives in ../shared; the script
says so and stops when it is absent.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "bbc_news_2225.jsonl"
STORE_BATCH = 16
# The clock of the split by stage: this process's CPU time, not the wall clock.
stage_clock = time.process_time


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory in MiB (``ru_maxrss`` is in KiB on Linux)."""
    return resource.getrusage(who).ru_maxrss / 1024


def words(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def read_texts(corpus: Path, limit: int) -> list[str]:
    with corpus.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in islice(handle, limit) if line.strip()]


def rates(docs: int, n_words: int, seconds: float, cpu: float | None = None) -> dict[str, Any]:
    """Rates by wall time and, where given, by this process's CPU time.

    On a machine shared with other work, wall time measures the neighbours as much as the
    code; CPU time does not, so both are reported.
    """
    result: dict[str, Any] = {
        "docs": docs,
        "words": n_words,
        "seconds": round(seconds, 3),
        "docs_per_s": round(docs / seconds, 2),
        "words_per_s": round(n_words / seconds, 1),
    }
    if cpu is not None:
        result["cpu_seconds"] = round(cpu, 3)
        result["words_per_cpu_s"] = round(n_words / cpu, 1)
    return result


def measure_spacy(corpus: Path, limit: int, batch_size: int) -> dict[str, Any]:
    """spaCy alone: the stock model with the components newscoder runs (all but the disabled
    ``senter``), as spaCy ships them: none of newscoder's own or faster replacements."""
    import spacy

    from newscoder.parse import MODEL_NAME, load_nlp

    used = set(load_nlp().pipe_names)
    nlp = spacy.load(MODEL_NAME)
    for name in list(nlp.pipe_names):
        if name not in used:
            nlp.remove_pipe(name)
    load_nlp.cache_clear()  # only the plain pipeline stays in memory
    texts = read_texts(corpus, limit)
    list(nlp.pipe(texts[:2]))
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    result = rates(len(texts), words(texts), seconds, cpu)
    result["components"] = nlp.pipe_names
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return result


def store_writer(directory: str) -> Callable[[list[Any]], None] | None:
    """A function writing a batch of analyses to a fresh SQLite store, or None if unavailable."""
    try:
        from newscoder.store.db import open_store
        from newscoder.store.ingest import Deduplicator, write_batch
    except ImportError:
        return None
    store = open_store(str(Path(directory) / "bench.sqlite"))
    dedup = Deduplicator(store)

    def write(batch: list[Any]) -> None:
        # As ingest does: a text already stored (the BBC corpus repeats some) is not stored
        # again; ingest finds out before the analysis, here it is after.
        fresh = [a for a in batch if dedup.claim(a.document) in ("new", True)]
        if fresh:
            write_batch(store, fresh, dedup)

    return write


def measure_newscoder(corpus: Path, limit: int, profile: str | None) -> dict[str, Any]:
    """The whole process as `newscoder analyze --format jsonl` (and `ingest`) runs it."""
    from newscoder.model import Analysis
    from newscoder.read import iter_documents
    from newscoder.run import analyze_stream, warm_up

    warm_up()
    cpu_clock_for_stages()
    timings: dict[str, float] = {}
    failures: list[str] = []
    counts = {"docs": 0, "words": 0}
    output_chars = 0
    store_cpu = store_wall = 0.0
    with tempfile.TemporaryDirectory() as directory:
        write = store_writer(directory)
        profiler = start_profiler(profile)
        started, cpu = time.perf_counter(), time.process_time()
        batch: list[Analysis] = []
        stream = timed_read(documents(iter_documents([corpus]), limit, failures), timings, counts)
        for result in analyze_stream(stream, timings=timings):
            clock = stage_clock()
            if isinstance(result, str):
                failures.append(result)
                continue
            output_chars += len(json.dumps(result.to_dict(), ensure_ascii=False))
            clock = tick(timings, "serialise", clock)
            batch.append(result)
            if write is not None and len(batch) >= STORE_BATCH:
                wall = time.perf_counter()
                store_cpu += timed_cpu(write, batch, failures)
                store_wall += time.perf_counter() - wall
                batch = []
                tick(timings, "store", clock)
        if write is not None and batch:
            clock, wall = stage_clock(), time.perf_counter()
            store_cpu += timed_cpu(write, batch, failures)
            store_wall += time.perf_counter() - wall
            tick(timings, "store", clock)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        stop_profiler(profiler, profile)
    n_docs, n_words = counts["docs"], counts["words"]
    # `newscoder analyze` is everything but the store; `ingest` adds the store.
    result = rates(n_docs, n_words, seconds - store_wall, cpu - store_cpu)
    result["with_store"] = rates(n_docs, n_words, seconds, cpu)
    result["output_mb"] = round(output_chars / 2**20, 1)
    result["stages_s"] = {name: round(value, 3) for name, value in timings.items()}
    ranked = sorted(timings.items(), key=lambda item: -item[1])
    result["stages_share"] = {name: round(value / cpu, 3) for name, value in ranked}
    result["failures"] = failures[:10]
    result["failed"] = len(failures)
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return result


def cpu_clock_for_stages() -> None:
    """Make the pipeline's split by stage (``timings``) count CPU time, in this process only."""
    import newscoder.pipeline
    import newscoder.run

    clock = SimpleNamespace(perf_counter=stage_clock)
    newscoder.pipeline.time = clock  # type: ignore[assignment]
    newscoder.run.time = clock  # type: ignore[assignment]


def timed_read(
    items: Iterator[Any], timings: dict[str, float], counts: dict[str, int]
) -> Iterator[Any]:
    """The documents, with the time spent reading them added to ``timings["read"]``."""
    while True:
        clock = stage_clock()
        document = next(items, None)
        tick(timings, "read", clock)
        if document is None:
            return
        counts["docs"] += 1
        counts["words"] += len(document.text.split())
        yield document


def timed_cpu(
    function: Callable[[list[Any]], None], batch: list[Any], failures: list[str]
) -> float:
    started = time.process_time()
    try:
        function(batch)
    except Exception as error:  # noqa: BLE001 - the store's failure is reported, not fatal
        failures.append(f"store: {type(error).__name__}: {str(error)[:200]}")
    return time.process_time() - started


def tick(timings: dict[str, float], name: str, since: float) -> float:
    now = stage_clock()
    timings[name] = timings.get(name, 0.0) + now - since
    return now


def documents(items: Iterator[Any], limit: int, failures: list[str]) -> Iterator[Any]:
    from newscoder.errors import ReadError

    for item in islice(items, limit):
        if isinstance(item, ReadError):
            failures.append(str(item))
        else:
            yield item


def measure_workers(corpus: Path, limit: int, workers: int) -> dict[str, Any]:
    """Whole-document analysis spread over ``workers`` processes (documents read beforehand)."""
    from newscoder.errors import ReadError
    from newscoder.read import iter_documents
    from newscoder.run import analyze_stream, build_lazy_tables, warm_up

    docs = [d for d in islice(iter_documents([corpus]), limit) if not isinstance(d, ReadError)]
    warm_up()
    build_lazy_tables()  # what the parallel path builds before its fork, outside the timing
    started, cpu = time.perf_counter(), time.process_time()
    results = list(analyze_stream(docs, workers=workers))
    seconds = time.perf_counter() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu + children.ru_utime + children.ru_stime
    result = rates(len(docs), words([d.text for d in docs]), seconds, cpu)
    # On a machine shared with other jobs, the cores the workers actually got tell whether
    # the wall-time speed-up measures newscoder or the neighbours.
    result["cores_used"] = round(cpu / seconds, 2)
    result["cpu_ms_per_doc"] = round(1000 * cpu / max(1, len(docs)), 1)
    result["failed"] = sum(isinstance(r, str) for r in results)
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    result["peak_rss_worker_mb"] = round(peak_rss_mb(resource.RUSAGE_CHILDREN), 1)
    return result


def start_profiler(path: str | None) -> Any:
    """pyinstrument, or cProfile for a path ending in ``.pstats``.

    pyinstrument cannot see who calls into Cython (spaCy's ``Token`` creation shows up
    without its caller); cProfile can, at the cost of more overhead on Python calls.
    """
    if not path:
        return None
    if path.endswith(".pstats"):
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
        return profiler
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("pyinstrument is not installed; no profile", file=sys.stderr)
        return None
    profiler = Profiler(interval=0.002)
    profiler.start()
    return profiler


def stop_profiler(profiler: Any, path: str | None) -> None:
    if profiler is None or path is None:
        return
    if path.endswith(".pstats"):
        import pstats

        profiler.disable()
        profiler.dump_stats(path)
        stats = pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative")
        stats.print_stats(r"newscoder|spacy/tokens", 40)
        return
    profiler.stop()
    Path(path).write_text(profiler.output_html(), encoding="utf-8")
    print_hot_spots(profiler, sys.stderr)


def print_hot_spots(profiler: Any, out: Any, top: int = 25) -> None:
    """The functions with the largest own (self) time, with their share of the total."""
    session = profiler.last_session
    own: dict[tuple[str, str], float] = {}

    def walk(frame: Any, parent: tuple[str, str]) -> None:
        if frame.is_synthetic_leaf:  # pyinstrument's "[self]": time in the parent itself
            own[parent] = own.get(parent, 0.0) + frame.time
            return
        key = (frame.file_path_short or "?", frame.function or "?")
        for child in frame.children:
            walk(child, key)

    inclusive: dict[tuple[str, str], float] = {}

    def ours(frame: Any, active: frozenset[tuple[str, str]]) -> None:
        """Total time of newscoder's own functions (a recursive call counted once)."""
        key = (frame.file_path_short or "?", frame.function or "?")
        if "newscoder" in key[0] and key not in active and not frame.is_synthetic:
            inclusive[key] = inclusive.get(key, 0.0) + frame.time
            active = active | {key}
        for child in frame.children:
            ours(child, active)

    root = session.root_frame()
    if root is None:
        return
    walk(root, ("?", "?"))
    ours(root, frozenset())
    total = root.time or 1.0
    print(f"\nhot spots by own time (of {total:.1f} s profiled):", file=out)
    for (where, function), seconds in sorted(own.items(), key=lambda x: -x[1])[:top]:
        print(f"  {seconds / total:6.1%}  {function:<40} {where}", file=out)
    print("\nnewscoder functions by total time (their callees included):", file=out)
    for (where, function), seconds in sorted(inclusive.items(), key=lambda x: -x[1])[:top]:
        print(f"  {seconds / total:6.1%}  {function:<40} {where}", file=out)


def run_part(args: argparse.Namespace, part: str, workers: int = 1) -> dict[str, Any]:
    """One measurement in a fresh interpreter; its JSON result."""
    command = [sys.executable, __file__, str(args.corpus), "--limit", str(args.limit),
               "--batch-size", str(args.batch_size), "--part", part, "--workers", str(workers)]
    if args.profile and part == "newscoder":
        command += ["--profile", args.profile]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=300, help="Documents to use.")
    parser.add_argument("--workers", default="1,2", help="Worker counts to compare (or N alone).")
    parser.add_argument("--batch-size", type=int, default=16, help="spaCy's nlp.pipe batch.")
    parser.add_argument("--profile", help="Write a pyinstrument HTML profile here "
                        "(or a cProfile dump, for a name ending in .pstats).")
    parser.add_argument("--part", choices=["spacy", "newscoder", "workers"], help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="Print every figure as JSON.")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"bench: corpus not found: {args.corpus} (give a JSONL file)")
    if args.part:
        print(json.dumps(run_measurement(args)))
        return
    report(args)


def run_measurement(args: argparse.Namespace) -> dict[str, Any]:
    from newscoder.cli import collect_rarely

    # The command's garbage-collector setting, for spaCy alone too: the ratio compares the
    # work done, not the settings of the process.
    collect_rarely()
    if args.part == "spacy":
        return measure_spacy(args.corpus, args.limit, args.batch_size)
    if args.part == "newscoder":
        return measure_newscoder(args.corpus, args.limit, args.profile)
    return measure_workers(args.corpus, args.limit, int(args.workers))


# One sentence of a news report, as a user first tries the tool.
STARTUP_SENTENCE = "Police arrested two protesters in Nairobi on Tuesday."
STARTUP_RUNS = 3


def measure_startup(runs: int = STARTUP_RUNS) -> dict[str, float]:
    """Whole-process time of ``newscoder analyze`` on a one-sentence file, from start to its
    record: the best and the worst of ``runs`` runs (the first may fill the detector's cache)."""
    executable = Path(sys.executable).with_name("newscoder")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "one.txt"
        path.write_text(STARTUP_SENTENCE + "\n", encoding="utf-8")
        command = [str(executable), "analyze", str(path), "--format", "jsonl", "--workers", "1"]
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - started)
    return {"best_s": round(min(times), 2), "worst_s": round(max(times), 2)}


def report(args: argparse.Namespace) -> None:
    print(f"corpus: {args.corpus} (first {args.limit} documents)", flush=True)
    startup = measure_startup()
    spacy_alone = run_part(args, "spacy")
    newscoder = run_part(args, "newscoder")
    counts = [int(n) for n in str(args.workers).split(",") if n.strip()]
    workers = {n: run_part(args, "workers", n) for n in counts}
    if args.json:
        figures = {"spacy": spacy_alone, "newscoder": newscoder, "workers": workers,
                   "startup": startup}
        print(json.dumps(figures, indent=2))
        return
    row = "{:<30} {:>6} {:>9} {:>10} {:>14} {:>12}"
    print(row.format("", "docs", "docs/s", "words/s", "words/CPU-s", "peak RSS MB"))
    lines = [
        (f"spaCy alone (nlp.pipe, batch {args.batch_size})", spacy_alone),
        ("newscoder analyze (all stages)", newscoder),
        ("newscoder ingest (+ store)", newscoder["with_store"]),
    ]
    for label, figures in lines:
        print(row.format(label, figures["docs"], figures["docs_per_s"], figures["words_per_s"],
                         figures["words_per_cpu_s"], newscoder["peak_rss_mb"]
                         if figures is newscoder["with_store"] else figures["peak_rss_mb"]))
    by_wall = newscoder["words_per_s"] / spacy_alone["words_per_s"]
    by_cpu = newscoder["words_per_cpu_s"] / spacy_alone["words_per_cpu_s"]
    print(f"\nnewscoder analyze / spaCy alone: {by_wall:.2f} by wall time, {by_cpu:.2f} by CPU "
          f"time (components: {', '.join(spacy_alone['components'])}; failed documents: "
          f"{newscoder['failed']})")
    print("\nCPU time by stage (share of newscoder's CPU time, store included):")
    for name, share in newscoder["stages_share"].items():
        print(f"  {name:<10} {share:6.1%}  {newscoder['stages_s'][name]:8.2f} s")
    if workers:
        print("\nworkers (analyze_stream):")
        base = workers[counts[0]]["docs_per_s"]
        for n, result in workers.items():
            print(f"  {n} worker(s): {result['docs_per_s']:6.2f} docs/s  speed-up "
                  f"{result['docs_per_s'] / base:4.2f}  cores used {result['cores_used']:.2f}  "
                  f"CPU {result['cpu_ms_per_doc']:.0f} ms/doc  peak RSS parent "
                  f"{result['peak_rss_mb']:.0f} MB, largest worker "
                  f"{result['peak_rss_worker_mb']:.0f} MB")
    print(f"\nstart-up: a one-sentence `newscoder analyze`, start to record: best "
          f"{startup['best_s']:.2f} s, worst {startup['worst_s']:.2f} s of {STARTUP_RUNS}")
    for failure in newscoder["failures"]:
        print(f"  failed: {failure}")


if __name__ == "__main__":
    main()
