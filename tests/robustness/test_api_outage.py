"""A running `diplograph serve` while the graph goes away and comes back: every request is
answered 503 with an error body within a second, and the API recovers by itself, also when
the embedded engine comes back on other ports, without a restart of the API."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import httpx
import pytest

from app.graph.engine_files import EngineLayout

from .processes import clean_env, diplograph, engine_pid, engine_uri, free_port, served, wait_for
from .tcp_forwarder import TcpForwarder

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DIPLOGRAPH_GRAPH_URI")), reason="stops the embedded engine"
)

API_KEY = "outage-test-key-0123456789"
ARTICLE = {
    "id": "outage-1", "published": "2022-09-16",
    "text": "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in "
            "Samarkand on September 16, 2022, on the sidelines of the SCO summit.",
}
READS = [
    ("GET", "/health", None),
    ("GET", "/stats", None),
    ("GET", "/people?name=putin", None),
    ("GET", "/people/vladimir-putin/met", None),
    ("GET", "/meetings?limit=5", None),
    ("GET", "/search?q=sco", None),
    ("POST", "/cypher", {"query": "MATCH (p:Person) RETURN count(p) AS people"}),
]
WRITE = ("POST", "/articles", ARTICLE)


def _call(base: str, method: str, path: str, body: dict | None) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = httpx.request(method, base + path, json=body, timeout=10,
                             headers={"X-API-Key": API_KEY})
    return response, time.monotonic() - started


def _assert_all_unavailable(base: str) -> None:
    for method, path, body in [*READS, WRITE]:
        response, elapsed = _call(base, method, path, body)
        assert response.status_code == 503, (path, response.status_code, response.text)
        detail = response.json()["detail"]
        assert detail.startswith(("the graph is unavailable", "the graph does not answer")), detail
        assert elapsed < 1.0, (path, elapsed)


def _assert_all_answer(base: str) -> None:
    for method, path, body in [WRITE, *READS]:
        response, _ = _call(base, method, path, body)
        assert response.status_code == 200, (path, response.status_code, response.text)


def _counts(base: str) -> dict:
    stats = httpx.get(base + "/stats").json()
    stats.pop("last_ingest")  # the time of the last POST
    return stats


def _wait_until_unavailable(base: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while httpx.get(base + "/health", timeout=10).status_code != 503:
        assert time.monotonic() < deadline, "the API still answers 200"
        time.sleep(0.1)


def test_engine_stopped_and_restarted_under_a_running_api(tmp_path: Path) -> None:
    env = clean_env(tmp_path / "data", api_key=API_KEY)
    try:
        with served(env) as (base, api):
            _assert_all_answer(base)
            stats = _counts(base)

            for stop in ("db stop", "SIGKILL"):
                before = engine_uri(env)
                if stop == "db stop":
                    assert diplograph(env, "db", "stop", timeout=60).returncode == 0
                else:
                    os.kill(engine_pid(env), signal.SIGKILL)
                _wait_until_unavailable(base)
                _assert_all_unavailable(base)
                # Still unavailable a while later: no request hangs on the driver's retries.
                time.sleep(1.5)
                _assert_all_unavailable(base)

                assert diplograph(env, "db", "start", timeout=120).returncode == 0
                after = engine_uri(env)
                wait_for(base + "/health", 200, timeout=10)
                assert api.poll() is None, "the API was restarted"
                _assert_all_answer(base)
                assert _counts(base) == stats
                print(f"{stop}: engine moved from {before} to {after}")
    finally:
        diplograph(env, "db", "stop", timeout=60)


def test_api_starts_while_the_engine_cannot_and_picks_it_up_later(tmp_path: Path) -> None:
    # The engine cannot start within the time allowed: serve starts all the same.
    env = clean_env(tmp_path / "data", api_key=API_KEY, engine_start_timeout="0.01")
    try:
        with served(env, health=503) as (base, _):
            _assert_all_unavailable(base)
            assert diplograph(clean_env(tmp_path / "data"), "db", "start",
                              timeout=120).returncode == 0
            wait_for(base + "/health", 200, timeout=10)
            _assert_all_answer(base)
    finally:
        diplograph(env, "db", "stop", timeout=60)


def test_api_on_a_graph_uri_that_goes_away_and_comes_back(tmp_path: Path) -> None:
    """Configured with a URI (as for Neo4j): the driver reconnects to the same address."""
    data = tmp_path / "data"
    engine_env = clean_env(data)
    assert diplograph(engine_env, "db", "start", timeout=120).returncode == 0
    try:
        bolt_port = int(engine_uri(engine_env).rsplit(":", 1)[1])
        forwarder = TcpForwarder(free_port(), bolt_port)
        env = clean_env(
            None, api_key=API_KEY, graph_uri=f"bolt://127.0.0.1:{forwarder.listen_port}",
            graph_user="root", graph_password=EngineLayout.of(data).read_password(),
            graph_database="diplograph",
        )
        # Down at start-up: serve starts and answers 503.
        with served(env, health=503) as (base, api):
            _assert_all_unavailable(base)
            forwarder.start()
            wait_for(base + "/health", 200, timeout=10)
            _assert_all_answer(base)

            forwarder.stop()
            _wait_until_unavailable(base)
            _assert_all_unavailable(base)

            forwarder.start()
            wait_for(base + "/health", 200, timeout=10)
            _assert_all_answer(base)
            assert api.poll() is None
            forwarder.stop()
    finally:
        diplograph(engine_env, "db", "stop", timeout=60)
