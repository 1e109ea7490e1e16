"""The load test command.

    .venv/bin/python -m load.run --clients 50 --seconds 60

Starts the embedded engine in a temporary data directory and `diplograph serve` on a free
port of 127.0.0.1, writes a synthetic corpus, and lets CLIENTS concurrent clients call the API
for SECONDS seconds: a fifth of the requests post an article (with the API key; articles are
drawn at random, so most are posted several times, often at once), the rest are reads of
every kind. Then it checks the graph against a sequential ingest of the articles that were
posted (`load.graph_check`), prints the figures and exits 0 only if no request got a 5xx or
no answer and the graphs are equal.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ingest.synth import write_corpus
from ingest.synth.writer import ARTICLES_FILE
from load.clients import CLIENT_ERROR, LoadLog, run_clients
from load.graph_check import GraphCheck, check_against_sequential
from load.stack import running_stack

console = Console()


def _ms(values: list[float], q: float) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    return f"{1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]:.0f}"


def print_figures(log: LoadLog, check: GraphCheck, clients: int) -> None:
    table = Table(title=f"{clients} clients, {log.seconds:.0f} s: {log.requests} requests, "
                        f"{log.requests / log.seconds:.1f}/s")
    for column in ("operation", "requests", "statuses", "p50 ms", "p95 ms", "p99 ms", "max ms"):
        table.add_column(column, justify="left" if column in ("operation", "statuses") else "right")
    for operation in sorted(log.latencies):
        latencies = log.latencies[operation]
        statuses = ", ".join(f"{'no answer' if s == CLIENT_ERROR else s}: {n}"
                             for s, n in sorted(log.statuses[operation].items()))
        table.add_row(operation, str(len(latencies)), statuses, _ms(latencies, 0.5),
                      _ms(latencies, 0.95), _ms(latencies, 0.99), _ms(latencies, 1.0))
    everything = [x for v in log.latencies.values() for x in v]
    table.add_row("all", str(len(everything)), f"5xx: {log.server_errors}, no answer: "
                  f"{log.client_errors}", _ms(everything, 0.5), _ms(everything, 0.95),
                  _ms(everything, 0.99), _ms(everything, 1.0))
    console.print(table)
    posts = log.latencies.get("post_article", [])
    console.print(f"articles: {len(check.articles_posted)} distinct posted with 200 "
                  f"({len(posts)} posts, mean {1000 * statistics.fmean(posts) if posts else 0:.0f} ms), "
                  f"{len(check.articles_in_graph)} in the graph")
    console.print(f"graph under load: {json.dumps(check.under_load.summary())}")
    console.print(f"sequential ingest: {json.dumps(check.sequential.summary())}")
    console.print("canonical dumps equal: "
                  f"{'yes' if check.under_load == check.sequential else 'NO'}; relationships "
                  f"stored twice: {check.repeated_relationships}")
    for failure in log.failures:
        console.print(f"[red]failure[/red] {failure}", markup=True, highlight=False)
    for problem in check.problems():
        console.print(f"[red]problem[/red] {problem}", markup=True, highlight=False)


def run(clients: int, seconds: float, articles: int,
        seed: int) -> tuple[LoadLog, GraphCheck, list[str]]:
    with tempfile.TemporaryDirectory(prefix="diplograph-load-") as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, articles, seed=seed, progress=False)
        records = [json.loads(line) for line in
                   (corpus / ARTICLES_FILE).read_text(encoding="utf-8").splitlines()]
        with running_stack(Path(tmp) / "data") as stack:
            log = run_clients(stack.base_url, stack.api_key, records, clients=clients,
                              seconds=seconds, seed=seed)
            check = check_against_sequential(stack.settings, stack.base_url, stack.api_key,
                                             records, log.posted)
            server_errors = stack.server_errors()
    return log, check, server_errors


def main(
    clients: Annotated[int, typer.Option(min=1, help="Concurrent clients")] = 50,
    seconds: Annotated[float, typer.Option(min=1, help="How long they call the API")] = 60,
    articles: Annotated[int, typer.Option(min=1, help="Articles the clients draw from")] = 300,
    seed: Annotated[int, typer.Option(help="Corpus and client choices")] = 0,
) -> None:
    started = time.monotonic()
    log, check, server_errors = run(clients, seconds, articles, seed)
    print_figures(log, check, clients)
    if server_errors:
        console.print("the server's log from its first error on:", highlight=False)
        console.print("\n".join(server_errors), markup=False, highlight=False)
    ok = log.server_errors == 0 and log.client_errors == 0 and check.ok
    console.print(f"{'PASS' if ok else 'FAIL'} in {time.monotonic() - started:.0f} s")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    typer.run(main)
