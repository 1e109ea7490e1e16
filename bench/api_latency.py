"""GET /people/{id}/met on a large graph: latency from one client, throughput from many, and
the same Cypher run straight through the driver for the API's overhead."""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
import neo4j

from app.graph import reads
from app.graph.db import Graph
from bench import wrk_load
from bench.engine import ROOT, Engine
from bench.load_client import LoadResult, concurrent, sequential

HOST = "127.0.0.1"


def people_by_popularity(meetings_per_person: Counter[str], n: int, seed: int = 1) -> list[str]:
    """Look-ups in proportion to how often a person meets: leaders are asked for most."""
    people = sorted(meetings_per_person)
    weights = [meetings_per_person[p] for p in people]
    return random.Random(seed).choices(people, weights, k=n)


def people_uniform(meetings_per_person: Counter[str], n: int, seed: int = 1) -> list[str]:
    people = sorted(meetings_per_person)
    return random.Random(seed).choices(people, k=n)


def _path(person_id: str) -> str:
    return f"/people/{quote(person_id, safe='')}/met"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    """`diplograph serve` on 127.0.0.1, on the engine's data folder."""

    def __init__(self, engine: Engine, extra_env: dict[str, str] | None = None,
                 workers: int = 1):
        self.port = _free_port()
        env = {**engine.env, **(extra_env or {})}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--host", HOST, "--port", str(self.port),
             "--workers", str(workers)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"http://{HOST}:{self.port}/health", timeout=5).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the API did not come up")
            time.sleep(0.3)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class _Recorder:
    """Stands in for the Graph to learn which statements the endpoint runs, with what."""

    def __init__(self, graph: Graph):
        self.graph, self.calls = graph, []

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        self.calls.append((query, params))
        return self.graph.read(query, **params)


def endpoint_statements(graph: Graph, person_id: str) -> list[tuple[str, dict[str, Any]]]:
    recorder = _Recorder(graph)
    reads.get_person(recorder, person_id)
    reads.person_met(recorder, person_id)
    return recorder.calls


def driver_direct(graph: Graph, people: list[str], *, max_seconds: float) -> LoadResult:
    """The endpoint's statements, one request's worth at a time in one read transaction as
    the endpoint runs them, through the driver alone."""
    plans = {p: endpoint_statements(graph, p) for p in set(people)}
    assert graph.driver is not None

    def replay(tx: neo4j.ManagedTransaction, plan: list[tuple[str, dict[str, Any]]]) -> None:
        for query, params in plan:
            tx.run(query, params).data()

    result = LoadResult()
    start = time.perf_counter()
    for person in people:
        t = time.perf_counter()
        with graph.driver.session(database=graph.database,
                                  default_access_mode=neo4j.READ_ACCESS) as session:
            session.execute_read(replay, plans[person])
        result.latencies.append(time.perf_counter() - t)
        if time.perf_counter() - start > max_seconds:
            break
    result.seconds = time.perf_counter() - start
    return result


@dataclass
class ApiFigures:
    distribution: str
    workers: int
    single: LoadResult
    many: LoadResult
    direct: LoadResult
    clients: int
    generator: str


def measure(engine: Engine, graph: Graph, meetings_per_person: Counter[str], *,
            distribution: str = "popularity", requests: int = 2000, clients: int = 16,
            seconds: float = 60.0, workers: int = 1) -> ApiFigures:
    pick = people_by_popularity if distribution == "popularity" else people_uniform
    people = pick(meetings_per_person, requests)
    paths = [_path(p) for p in people]
    warm = pick(meetings_per_person, 200, seed=2)
    server = Server(engine, workers=workers)
    try:
        sequential(HOST, server.port, [_path(p) for p in warm], max_seconds=seconds)
        single = sequential(HOST, server.port, paths, max_seconds=seconds)
        many_paths = [_path(p) for p in pick(meetings_per_person, requests * 10, seed=3)]
        if wrk_load.available():
            many, _ = wrk_load.run(HOST, server.port, many_paths, clients=clients,
                                   seconds=seconds)
            generator = "wrk"
        else:
            many = concurrent(HOST, server.port, many_paths, clients=clients,
                              max_seconds=seconds)
            generator = "Python threads"
    finally:
        server.stop()
    driver_direct(graph, warm, max_seconds=seconds)
    direct = driver_direct(graph, people, max_seconds=seconds)
    return ApiFigures(distribution, workers, single, many, direct, clients, generator)
