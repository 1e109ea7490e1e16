"""Run the benchmarks and print their figures, all measured here and now.

    .venv/bin/python -m bench.run                  # everything (about 40 minutes on 2 cores)
    .venv/bin/python -m bench.run --only api       # one part: ingest, memory or api

Figures go to standard output as they come, then as a Markdown table (docs/scaling.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from bench import api_latency, ingest_runs
from bench.engine import fresh_engine
from bench.machine import describe
from bench.meeting_load import load_meetings

MiB = 2**20


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, what: str, figure: str, target: str = "", met: bool | None = None) -> None:
        verdict = "" if met is None else ("met" if met else "NOT met")
        self.rows.append((what, figure, target, verdict))
        print(f"  {what}: {figure}" + (f"  (target {target}: {verdict})" if target else ""),
              flush=True)

    def markdown(self) -> str:
        lines = ["| measure | figure | target | |", "|---|---|---|---|"]
        lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in self.rows]
        return "\n".join(lines)


def bench_ingest_speed(work: Path, table: Table, n: int, workers: int, heap: str) -> None:
    print(f"ingest speed: {n} articles, {workers} processes", flush=True)
    articles = ingest_runs.corpus(work, n)
    # Bare runs before and after the ingest, so that a change in the machine's load shows.
    before = ingest_runs.bare_pipe(articles, workers)
    run = ingest_runs.ingest(work, articles, n, workers, heap)
    after = ingest_runs.bare_pipe(articles, workers)
    bare = (before.seconds + after.seconds) / 2
    table.add(f"bare nlp.pipe, {n} articles, n_process={workers}, before / after the ingest",
              f"{before.seconds:.1f} s / {after.seconds:.1f} s ({n / bare:.1f} articles/s)")
    table.add(f"`diplograph ingest`, {n} articles, --workers {workers} (whole command)",
              f"{run.seconds:.1f} s ({n / run.seconds:.1f} articles/s)")
    ratio = run.seconds / bare
    table.add("ingest / bare nlp.pipe", f"{ratio:.2f}", "≤ 1.25", ratio <= 1.25)
    bare_cpu = (before.cpu_seconds + after.cpu_seconds) / 2
    table.add("CPU time: bare nlp.pipe (whole command) / ingest command and its workers / "
              "graph engine during the ingest",
              f"{bare_cpu:.0f} s / {run.peak.cpu_seconds:.0f} s / {run.peak.excluded_cpu_seconds:.0f} s "
              f"(ingest and engine together {(run.peak.cpu_seconds + run.peak.excluded_cpu_seconds) / bare_cpu:.2f}"
              f" of bare)")


def bench_ingest_memory(work: Path, table: Table, sizes: list[int], workers: int,
                        heap: str) -> None:
    runs = []
    for n in sizes:
        print(f"ingest memory: {n} articles, {workers} processes", flush=True)
        run = ingest_runs.ingest(work, ingest_runs.corpus(work, n), n, workers, heap)
        runs.append(run)
        table.add(f"peak RSS of the ingest's processes, {n} articles",
                  f"{run.peak.tree_rss / MiB:.0f} MiB ({run.peak.processes} processes; "
                  f"{n / run.seconds:.1f} articles/s)")
        table.add(f"peak RSS of the graph engine (JVM, -Xmx{heap}), {n} articles",
                  f"{run.peak.excluded_rss / MiB:.0f} MiB")
    growth = runs[-1].peak.tree_rss / runs[0].peak.tree_rss - 1
    table.add(f"ingest memory growth, {sizes[0]} → {sizes[-1]} articles", f"{growth:+.1%}",
              "≤ 20%", growth <= 0.20)


def bench_api(work: Path, table: Table, meetings: int, people: int, heap: str,
              distribution: str, seconds: float, api_workers: int = 2) -> None:
    from app.config import Settings
    from app.graph.db import connect

    print(f"api: loading {meetings} meetings among {people} people", flush=True)
    with fresh_engine(work, heap=heap) as engine:
        graph = connect(Settings(_env_file=None, graph_uri=None, data_dir=engine.data_dir,
                                 engine_heap=heap))
        try:
            loaded = load_meetings(graph, meetings, people)
            nodes, rels = graph.counts()
            table.add(f"bulk load of {meetings} meetings through the ingest writer",
                      f"{loaded.seconds:.0f} s ({loaded.meetings / loaded.seconds:.0f} meetings/s;"
                      f" {nodes} nodes, {rels} relationships)")
            for dist in ([distribution] if distribution != "both" else ["popularity", "uniform"]):
                print(f"api: GET /people/{{id}}/met, people picked by {dist}", flush=True)
                f = api_latency.measure(engine, graph, loaded.meetings_per_person,
                                        distribution=dist, seconds=seconds,
                                        workers=api_workers)
                label = f"people by {dist}, {api_workers} worker(s)"
                p50, p99 = f.single.percentile(50) * 1000, f.single.percentile(99) * 1000
                table.add(f"GET /people/{{id}}/met, 1 client, {label}: p50",
                          f"{p50:.1f} ms ({f.single.requests} requests)", "≤ 10 ms", p50 <= 10)
                table.add(f"GET /people/{{id}}/met, 1 client, {label}: p99", f"{p99:.1f} ms",
                          "≤ 50 ms", p99 <= 50)
                ok = f.many.per_second >= 300 and f.many.errors == 0
                table.add(f"GET /people/{{id}}/met, {f.clients} clients ({f.generator}), {label}",
                          f"{f.many.per_second:.0f} requests/s, {f.many.errors} errors "
                          f"({f.many.requests} requests, p99 {f.many.percentile(99) * 1000:.0f} ms)",
                          "≥ 300/s, 0 errors", ok)
                d50 = f.direct.percentile(50) * 1000
                ratio = p50 / d50
                table.add(f"same statements straight through the driver, {label}: p50",
                          f"{d50:.1f} ms (p99 {f.direct.percentile(99) * 1000:.1f} ms)")
                table.add(f"API / driver, p50, {label}", f"{ratio:.2f}", "≤ 1.5", ratio <= 1.5)
        finally:
            graph.close()


def main() -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=["ingest", "memory", "api"], action="append")
    parser.add_argument("--workers", type=int, default=cores)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--memory-sizes", default="2000,20000")
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--distribution", choices=["popularity", "uniform", "both"],
                        default="both")
    parser.add_argument("--seconds", type=float, default=60.0,
                        help="time limit of each load phase of the API benchmark")
    parser.add_argument("--api-workers", type=int, default=2,
                        help="uvicorn worker processes of `diplograph serve` in the API benchmark")
    parser.add_argument("--heap", default="2g", help="the graph engine's heap")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    args = parser.parse_args()
    parts = args.only or ["ingest", "memory", "api"]
    work = args.work or Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    table = Table()
    for key, value in describe().items():
        table.add(f"machine: {key}", value)
    table.add("machine load average (1 min) at the start", f"{os.getloadavg()[0]:.2f}")
    started = time.perf_counter()
    try:
        if "ingest" in parts:
            bench_ingest_speed(work, table, args.articles, args.workers, args.heap)
        if "memory" in parts:
            sizes = [int(x) for x in args.memory_sizes.split(",")]
            bench_ingest_memory(work, table, sizes, args.workers, args.heap)
        if "api" in parts:
            bench_api(work, table, args.meetings, args.people, args.heap, args.distribution,
                      args.seconds, args.api_workers)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    table.add("machine load average (1 min) at the end", f"{os.getloadavg()[0]:.2f}")
    print(f"\nbenchmarks took {time.perf_counter() - started:.0f} s\n")
    print(table.markdown())


if __name__ == "__main__":
    main()
