"""Concurrent API clients, each in a thread of its own, mixing reads and article posts until
a deadline; every request's operation, status and latency is recorded."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

# Operation, weight. Writes are a fifth of the requests.
MIX: tuple[tuple[str, int], ...] = (
    ("post_article", 20),
    ("search_people", 15),
    ("person_met", 10),
    ("meetings", 10),
    ("search", 10),
    ("timeline", 8),
    ("stats", 8),
    ("cypher", 8),
    ("health", 6),
    ("explore", 5),
)
CLIENT_ERROR = 0  # status recorded when no HTTP answer came (connection refused, timeout)
_CYPHER = ("MATCH (p:Person)-[:ATTENDED]->(m:Meeting) RETURN p.name AS name, count(m) AS "
           "meetings ORDER BY meetings DESC LIMIT 10")


@dataclass
class LoadLog:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    posted: set[str] = field(default_factory=set)  # ids of articles posted with a 200
    failures: list[str] = field(default_factory=list)  # a few 5xx and client errors, shown
    seconds: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, operation: str, status: int, seconds: float, detail: str = "") -> None:
        with self._lock:
            self.latencies[operation].append(seconds)
            self.statuses[operation][status] += 1
            if (status >= 500 or status == CLIENT_ERROR) and len(self.failures) < 20:
                self.failures.append(f"{operation}: {status} {detail[:300]}")

    def add_posted(self, article_id: str) -> None:
        with self._lock:
            self.posted.add(article_id)

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values())

    @property
    def server_errors(self) -> int:
        return sum(n for c in self.statuses.values() for s, n in c.items() if s >= 500)

    @property
    def client_errors(self) -> int:
        return sum(c[CLIENT_ERROR] for c in self.statuses.values())


class _Client:
    def __init__(self, base_url: str, api_key: str, articles: Sequence[dict[str, Any]],
                 words: Sequence[str], log: LoadLog, seed: int) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=120,
                                 headers={"X-API-Key": api_key})
        self.articles, self.words, self.log = articles, words, log
        self.random = random.Random(seed)
        self.people: list[str] = []  # ids seen in answers, to ask about
        operations, weights = zip(*MIX)
        self._operations, self._weights = operations, weights

    def run(self, deadline: float) -> None:
        try:
            while time.monotonic() < deadline:
                operation = self.random.choices(self._operations, self._weights)[0]
                self._one(operation)
        finally:
            self.http.close()

    def _one(self, operation: str) -> None:
        method, path, body = self._request(operation)
        started = time.monotonic()
        try:
            response = self.http.request(method, path, json=body)
        except httpx.HTTPError as error:
            self.log.record(operation, CLIENT_ERROR, time.monotonic() - started,
                            f"{type(error).__name__}: {error}")
            return
        self.log.record(operation, response.status_code, time.monotonic() - started,
                        response.text)
        if response.status_code != 200:
            return
        if operation == "post_article":
            self.log.add_posted(body["id"])
        elif operation == "search_people":
            self.people = [p["id"] for p in response.json().get("items", [])][:20] or self.people

    def _request(self, operation: str) -> tuple[str, str, dict[str, Any] | None]:
        word = self.random.choice(self.words)
        person = self.random.choice(self.people) if self.people else word.lower()
        if operation == "post_article":
            return "POST", "/articles", self.random.choice(self.articles)
        if operation == "search_people":
            return "GET", f"/people?name={word}", None
        if operation == "person_met":
            return "GET", f"/people/{person}/met", None
        if operation == "meetings":
            return "GET", f"/meetings?limit=20&offset={self.random.randrange(0, 60)}", None
        if operation == "search":
            return "GET", f"/search?q={word}", None
        if operation == "timeline":
            return "GET", f"/timeline?person={person}", None
        if operation == "stats":
            return "GET", "/stats", None
        if operation == "cypher":
            return "POST", "/cypher", {"query": _CYPHER}
        if operation == "explore":
            return "GET", f"/graph/neighborhood/{person}?depth=1", None
        return "GET", "/health", None


def run_clients(base_url: str, api_key: str, articles: Sequence[dict[str, Any]], *,
                clients: int, seconds: float, seed: int = 0) -> LoadLog:
    """`clients` threads for `seconds`; the words of the articles' titles are searched for."""
    words = sorted({w.strip(".,:'\"") for a in articles for w in (a.get("title") or "").split()
                    if w[:1].isupper() and len(w) > 3}) or ["president"]
    log = LoadLog()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=_Client(base_url, api_key, articles, words, log,
                                        seed * 1000 + i).run, args=(deadline,),
                         name=f"load-client-{i}")
        for i in range(clients)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    log.seconds = time.monotonic() - started
    return log
