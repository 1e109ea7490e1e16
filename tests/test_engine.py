"""The embedded engine's lifecycle, on a real ArcadeDB JVM (each test with its own data dir)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psutil
import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError, Forbidden

from app.graph import engine_process
from app.graph.engine import EngineError, EngineInfo, engine_status, ensure_engine, stop_engine
from app.graph.engine_files import EngineLayout

PROJECT_ROOT = Path(__file__).resolve().parents[1]
LOOPBACK = {"127.0.0.1", "::ffff:127.0.0.1"}

ENSURE_IN_SUBPROCESS = """
import json, sys
from pathlib import Path
from app.graph.engine import ensure_engine
info = ensure_engine(Path(sys.argv[1]), timeout=60)
print(json.dumps({"pid": info.pid, "bolt_port": info.bolt_port, "uri": info.uri}))
"""


def _jvms(data_dir: Path) -> list[psutil.Process]:
    return engine_process.engine_processes(EngineLayout.of(data_dir))


def _stop_and_check(data_dir: Path) -> None:
    stop_engine(data_dir, timeout=15)
    assert _jvms(data_dir) == []


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    directory = tmp_path / "data"
    yield directory
    _stop_and_check(directory)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineInfo]:
    """One engine shared by the tests that only look at it."""
    directory = tmp_path_factory.mktemp("shared") / "data"
    try:
        yield ensure_engine(directory)
    finally:
        _stop_and_check(directory)


def _run(info: EngineInfo, query: str, **params: object) -> list[dict[str, Any]]:
    with GraphDatabase.driver(info.uri, auth=(info.user, info.password)) as driver:
        records, _, _ = driver.execute_query(query, params, database_=info.database)
        return [record.data() for record in records]


def _ensure_in_subprocess(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", ENSURE_IN_SUBPROCESS, str(data_dir)],
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _result(process: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = process.communicate(timeout=90)
    assert process.returncode == 0, err
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def _wait_gone(pid: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reap it if this process started it
        if not psutil.pid_exists(pid):
            return
        time.sleep(0.05)
    raise AssertionError(f"pid {pid} still alive")


def test_start_gives_a_cypher_round_trip(engine: EngineInfo) -> None:
    assert engine.uri == f"bolt://127.0.0.1:{engine.bolt_port}"
    assert (engine.user, engine.database) == ("root", "diplograph")
    with GraphDatabase.driver(engine.uri, auth=(engine.user, engine.password)) as driver:
        driver.verify_connectivity()
        assert "ArcadeDB" in driver.get_server_info().agent
        driver.execute_query(
            "CREATE (:Probe {name: $name, n: 41})", name="round trip", database_="diplograph"
        )
        records, _, _ = driver.execute_query(
            "MATCH (p:Probe {name: $name}) RETURN p.n + 1 AS answer",
            name="round trip",
            database_="diplograph",
        )
    assert [r["answer"] for r in records] == [42]
    assert engine_status(engine.data_dir) == engine


def test_bolt_checks_the_password(engine: EngineInfo) -> None:
    wrong = (engine.user, engine.password + "x")
    with GraphDatabase.driver(engine.uri, auth=wrong) as driver, pytest.raises(AuthError):
        driver.verify_connectivity()


def test_password_file_is_private_and_off_the_command_line(engine: EngineInfo) -> None:
    password_file = EngineLayout.of(engine.data_dir).password_path
    assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
    assert password_file.read_text(encoding="utf-8").strip() == engine.password
    jvm = psutil.Process(engine.pid)
    assert engine.password not in " ".join(jvm.cmdline())
    assert engine.password not in " ".join(jvm.environ().values())


def test_listens_on_loopback_only(engine: EngineInfo) -> None:
    listening = [
        c for c in psutil.Process(engine.pid).net_connections("inet") if c.status == "LISTEN"
    ]
    assert {c.laddr.port for c in listening} == {engine.bolt_port, engine.http_port}
    assert {c.laddr.ip for c in listening} <= LOOPBACK


@pytest.mark.parametrize(
    "url", ["file:///etc/hostname", "/etc/hostname", "http://127.0.0.1:{http_port}/"]
)
def test_load_csv_reads_neither_files_nor_urls(engine: EngineInfo, url: str) -> None:
    with pytest.raises(Forbidden):
        _run(engine, "LOAD CSV FROM $url AS row RETURN row", url=url.format(**vars(engine)))


def test_the_http_port_serves_no_mcp_endpoint(engine: EngineInfo) -> None:
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(f"http://127.0.0.1:{engine.http_port}/api/v1/mcp", timeout=5)
    assert answer.value.code == 404


def test_heap_and_query_timeout_are_applied(data_dir: Path) -> None:
    info = ensure_engine(data_dir, heap="256m", query_timeout_ms=1000)
    assert "-Xmx256m" in psutil.Process(info.pid).cmdline()
    started = time.monotonic()
    with pytest.raises(ClientError) as failure:
        # (enough rows that no machine counts them within the second allowed)
        _run(info, "UNWIND range(1, 30000) AS x UNWIND range(1, 30000) AS y RETURN count(*)")
    assert failure.value.code == "Neo.ClientError.Transaction.TransactionTimedOut"
    assert time.monotonic() - started < 10


def test_log_is_outside_the_database_root(engine: EngineInfo) -> None:
    root = EngineLayout.of(engine.data_dir).root_path
    assert engine.log_path.is_file()
    assert not engine.log_path.is_relative_to(root)
    assert "Listening for incoming BOLT connections" in engine.log_path.read_text()


def test_another_process_reuses_the_engine(engine: EngineInfo) -> None:
    reused = _result(_ensure_in_subprocess(engine.data_dir))
    assert (reused["pid"], reused["bolt_port"]) == (engine.pid, engine.bolt_port)
    assert len(_jvms(engine.data_dir)) == 1


def test_concurrent_starters_end_with_one_jvm_that_outlives_them(data_dir: Path) -> None:
    starters = [_ensure_in_subprocess(data_dir) for _ in range(2)]
    first, second = (_result(p) for p in starters)
    assert first == second
    assert [p.pid for p in _jvms(data_dir)] == [first["pid"]]

    # Both starters have exited; the engine is still there for the next caller.
    info = engine_status(data_dir)
    assert info is not None and info.pid == first["pid"]
    assert _run(info, "RETURN 1 AS one") == [{"one": 1}]


def test_threads_of_one_process_share_one_engine(data_dir: Path) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        infos = list(pool.map(lambda _: ensure_engine(data_dir), range(2)))
    assert infos[0] == infos[1]
    assert len(_jvms(data_dir)) == 1


def test_stop_then_restart_keeps_the_data(data_dir: Path) -> None:
    first = ensure_engine(data_dir)
    _run(first, "CREATE (:Meeting {key: 'kept'})")

    assert stop_engine(data_dir) is True
    assert not psutil.pid_exists(first.pid)
    assert _jvms(data_dir) == []
    assert engine_status(data_dir) is None
    assert not EngineLayout.of(data_dir).state_path.exists()
    assert stop_engine(data_dir) is False

    second = ensure_engine(data_dir)
    assert second.pid != first.pid
    assert second.password == first.password
    assert _run(second, "MATCH (m:Meeting) RETURN m.key AS key") == [{"key": "kept"}]


def test_a_killed_engine_is_detected_and_restarted(data_dir: Path) -> None:
    first = ensure_engine(data_dir)
    _run(first, "CREATE (:Meeting {key: 'before the crash'})")
    os.kill(first.pid, signal.SIGKILL)
    _wait_gone(first.pid)

    assert engine_status(data_dir) is None
    assert not EngineLayout.of(data_dir).state_path.exists()

    second = ensure_engine(data_dir)
    assert second.pid != first.pid
    assert _run(second, "MATCH (m:Meeting) RETURN m.key AS key") == [{"key": "before the crash"}]


def test_a_pid_reused_by_another_program_is_not_the_engine(data_dir: Path) -> None:
    layout = EngineLayout.of(data_dir)
    data_dir.mkdir()
    other = subprocess.Popen(["sleep", "60"])
    try:
        # The state an engine would leave, but its pid now belongs to `sleep`.
        bolt_port, http_port = engine_process.free_ports(2)
        state = {
            "pid": other.pid,
            "create_time": psutil.Process(other.pid).create_time(),
            "bolt_port": bolt_port,
            "http_port": http_port,
            "started_at": time.time(),
            "heap": "512m",
            "query_timeout_ms": 30_000,
        }
        layout.state_path.write_text(json.dumps(state))
        assert engine_status(data_dir) is None
        assert not layout.state_path.exists()

        layout.state_path.write_text(json.dumps(state))
        info = ensure_engine(data_dir)
        assert info.pid != other.pid
        assert other.poll() is None  # left alone
    finally:
        other.kill()
        other.wait()


def test_an_engine_that_stopped_answering_is_replaced(data_dir: Path) -> None:
    first = ensure_engine(data_dir)
    os.kill(first.pid, signal.SIGSTOP)
    try:
        assert engine_status(data_dir) is None
        assert EngineLayout.of(data_dir).state_path.exists()  # it may only be slow: kept

        second = ensure_engine(data_dir)
        assert second.pid != first.pid
        _wait_gone(first.pid)
        assert [p.pid for p in _jvms(data_dir)] == [second.pid]
    finally:
        if psutil.pid_exists(first.pid):
            os.kill(first.pid, signal.SIGKILL)


def test_a_start_that_times_out_names_the_log(data_dir: Path) -> None:
    with pytest.raises(EngineError) as failure:
        ensure_engine(data_dir, timeout=0.3)
    assert str(EngineLayout.of(data_dir).log_path) in str(failure.value)
    assert _jvms(data_dir) == []
    assert not EngineLayout.of(data_dir).state_path.exists()


def test_a_broken_data_dir_fails_fast_with_the_log_tail(data_dir: Path) -> None:
    databases = EngineLayout.of(data_dir).root_path / "databases"
    databases.parent.mkdir(parents=True)
    databases.write_text("a file where a directory belongs")

    started = time.monotonic()
    with pytest.raises(EngineError) as failure:
        ensure_engine(data_dir, timeout=60)
    message = str(failure.value)
    assert time.monotonic() - started < 30
    assert str(EngineLayout.of(data_dir).log_path) in message
    assert "is not a directory" in message  # ArcadeDB's own words, from the log
    assert _jvms(data_dir) == []


def test_a_lost_or_changed_password_file_is_reported_not_papered_over(data_dir: Path) -> None:
    ensure_engine(data_dir)
    stop_engine(data_dir)
    password_file = EngineLayout.of(data_dir).password_path
    password_file.unlink()
    with pytest.raises(EngineError, match="password file"):
        ensure_engine(data_dir)
    assert not password_file.exists()

    password_file.write_text("not the password the engine was set up with")
    with pytest.raises(EngineError, match="refused the root password") as failure:
        ensure_engine(data_dir)
    assert str(EngineLayout.of(data_dir).log_path) in str(failure.value)
    assert _jvms(data_dir) == []


def test_bad_arguments_are_refused_before_anything_starts(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        ensure_engine(tmp_path, heap="512m -Dx=y")
    with pytest.raises(ValueError):
        ensure_engine(tmp_path, query_timeout_ms=0)
    assert list(tmp_path.iterdir()) == []
    assert stop_engine(tmp_path / "never") is False
