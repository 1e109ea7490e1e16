"""A small HTTP load generator: one client in sequence, or many in threads, keep-alive,
bounded in requests and in time. Standard library only, to stay light beside the server."""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class LoadResult:
    latencies: list[float] = field(default_factory=list)  # seconds, of the successful requests
    errors: int = 0
    seconds: float = 0.0
    # From a generator that reports a count and percentiles rather than every latency.
    completed: int | None = None
    percentiles: dict[float, float] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        done = len(self.latencies) if self.completed is None else self.completed
        return done + self.errors

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        if q in self.percentiles:
            return self.percentiles[q]
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]


class _Client:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.connection = http.client.HTTPConnection(host, port, timeout=30)

    def get(self, path: str) -> int:
        try:
            self.connection.request("GET", path)
            response = self.connection.getresponse()
            response.read()
            return response.status
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
            return 0


def sequential(host: str, port: int, paths: Sequence[str], *, max_seconds: float) -> LoadResult:
    result, client = LoadResult(), _Client(host, port)
    start = time.perf_counter()
    for path in paths:
        t = time.perf_counter()
        status = client.get(path)
        if status == 200:
            result.latencies.append(time.perf_counter() - t)
        else:
            result.errors += 1
        if time.perf_counter() - start > max_seconds:
            break
    result.seconds = time.perf_counter() - start
    return result


def concurrent(host: str, port: int, paths: Sequence[str], *, clients: int,
               max_seconds: float) -> LoadResult:
    """`clients` threads, each sending its share of `paths` one after another."""
    result, lock = LoadResult(), threading.Lock()
    deadline = time.perf_counter() + max_seconds

    def work(share: Sequence[str]) -> None:
        client, mine, errors = _Client(host, port), [], 0
        for path in share:
            if time.perf_counter() > deadline:
                break
            t = time.perf_counter()
            if client.get(path) == 200:
                mine.append(time.perf_counter() - t)
            else:
                errors += 1
        with lock:
            result.latencies.extend(mine)
            result.errors += errors

    threads = [threading.Thread(target=work, args=(paths[i::clients],)) for i in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.seconds = time.perf_counter() - start
    return result
