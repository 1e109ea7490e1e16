"""The `diplograph` command as a user runs it: separate processes sharing one embedded engine."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DIPLOGRAPH_GRAPH_URI")), reason="exercises the embedded engine"
)


def _diplograph(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=timeout,
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory):
    data = tmp_path_factory.mktemp("cli-data")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOGRAPH_")}
    environment["DIPLOGRAPH_DATA_DIR"] = str(data)
    yield environment
    _diplograph(environment, "db", "stop", timeout=60)


def test_ingest_then_reingest_creates_nothing(env: dict[str, str]) -> None:
    first = _diplograph(env, "ingest", str(SEEDS))
    assert first.returncode == 0, first.stderr
    assert "articles written" in first.stderr
    again = _diplograph(env, "ingest", str(SEEDS))
    assert again.returncode == 0, again.stderr
    created = [line for line in again.stderr.splitlines() if "created" in line]
    assert created and all(line.rstrip(" │").endswith(" 0") for line in created), again.stderr


def test_cypher_prints_rows(env: dict[str, str]) -> None:
    result = _diplograph(env, "cypher", "MATCH (p:Person {id: $id}) RETURN p.name AS name",
                         "-p", 'id="vladimir-putin"')
    assert result.returncode == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == [{"name": "Vladimir Putin"}]


def test_cypher_error_is_reported_not_raised(env: dict[str, str]) -> None:
    result = _diplograph(env, "cypher", "MATCH (n RETURN n")
    assert result.returncode == 1
    assert "error" in result.stderr and "Traceback" not in result.stderr


def test_bad_file_fails_alone(env: dict[str, str], tmp_path: Path) -> None:
    shutil.copy(SEEDS / "000_915eeb5320653d16.txt", tmp_path / "good.txt")
    (tmp_path / "broken.json").write_text('{"id": "x", "text": ', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = _diplograph(env, "ingest", str(tmp_path))
    assert result.returncode == 1
    assert "broken.json: invalid JSON" in result.stderr
    assert "empty.txt: empty article" in result.stderr
    rows = _diplograph(env, "cypher", "MATCH (a:Article {id: 'good'}) RETURN a.id AS id")
    assert rows.stdout.strip() == '{"id": "good"}'


def test_db_status_and_shared_engine(env: dict[str, str]) -> None:
    status = _diplograph(env, "db", "status")
    assert status.returncode == 0 and status.stdout.startswith("running: pid ")


def test_serve_answers_over_http(env: dict[str, str]) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"{base}/health", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "the API did not come up"
                time.sleep(0.3)
        assert health.status_code == 200 and health.json()["engine"] == "arcadedb"
        people = httpx.get(f"{base}/people", params={"name": "putin"}).json()
        met = httpx.get(f"{base}/people/{people['items'][0]['id']}/met").json()
        assert "Xi Jinping" in {c["name"] for c in met["items"]}
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_extract_prints_the_eval_document(env: dict[str, str]) -> None:
    result = _diplograph(env, "extract", str(SEEDS), "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert {a["id"] for a in document["articles"]} == {"000-915eeb5320653d16", "004-27e1e6ece1bd52d9"}
