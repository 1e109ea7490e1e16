"""The embedded graph engine: ArcadeDB's Bolt server, one per data directory, shared.

`ensure_engine` starts it (or finds the one already running for that directory, started by
any process); it keeps running after the starting process exits, until `stop_engine`.
Start-up and stop take a file lock in the data directory, so concurrent callers end up
with one JVM; a state file there records its pid and ports.
"""

from __future__ import annotations

import logging
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, DriverError, Neo4jError

from app.graph import engine_process
from app.graph.engine_files import EngineLayout, EngineState, LockTimeout
from app.graph.engine_process import DATABASE, USER

log = logging.getLogger(__name__)

# How long a live engine of ours that does not answer gets before it is taken for hung.
_UNRESPONSIVE_GRACE = 10.0
# Per attempt while polling Bolt.
_PROBE_TIMEOUT = 2.0
# For a JVM that failed to start; a running one gets the caller's timeout.
_FAILED_START_GRACE = 5.0
_LAUNCH_ATTEMPTS = 3
# ArcadeDB's main thread dies on a failed start, but the JVM lives on: watch its log.
_START_FAILED = 'Exception in thread "main"'
_PORT_BUSY = "Unable to listen"
_HEAP = re.compile(r"\d+[kKmMgG]?")


@dataclass(frozen=True)
class EngineInfo:
    uri: str
    user: str
    password: str
    database: str
    pid: int
    bolt_port: int
    http_port: int
    data_dir: Path
    log_path: Path


class EngineError(RuntimeError):
    """The engine could not be started, reached or stopped; the message names its log."""


class _NotAnswering(Exception):
    pass


def ensure_engine(
    data_dir: Path,
    *,
    timeout: float = 60.0,
    heap: str = "512m",
    query_timeout_ms: int = 30_000,
) -> EngineInfo:
    """Return the engine running for `data_dir`, starting it if none answers.

    An engine already running keeps the heap and query timeout it was started with.
    """
    if not _HEAP.fullmatch(heap):
        raise ValueError(f"heap must look like 512m or 2g, not {heap!r}")
    if query_timeout_ms <= 0:
        raise ValueError("query_timeout_ms must be positive")
    layout = EngineLayout.of(data_dir)
    deadline = time.monotonic() + timeout

    info = _answering(layout)
    if info is not None:
        return info
    try:
        with layout.lock(deadline):
            state = layout.read_state()
            if state is not None and _is_ours(layout, state):
                grace_end = time.monotonic() + _UNRESPONSIVE_GRACE
                try:
                    return _wait_until_answering(layout, state, min(deadline, grace_end))
                except _NotAnswering as failure:
                    if time.monotonic() < grace_end:
                        # The caller's time ran out first: that says nothing about the engine.
                        raise EngineError(
                            f"the graph engine pid {state.pid} did not answer within "
                            f"{timeout:g} s ({failure}); engine log {layout.log_path}"
                        ) from None
                    log.warning("graph engine pid %d does not answer; restarting it", state.pid)
                    engine_process.terminate_pid(state.pid, grace=_FAILED_START_GRACE)
            return _start(layout, deadline, heap=heap, query_timeout_ms=query_timeout_ms)
    except LockTimeout:
        raise EngineError(
            f"another process kept the engine lock {layout.lock_path} for over {timeout:g} s; "
            f"see the engine log {layout.log_path}"
        ) from None


def engine_status(data_dir: Path) -> EngineInfo | None:
    """The engine for `data_dir` if it is running and answering, else None.

    The state of an engine that is gone (dead, or its pid now another program's) is removed,
    unless another process is starting one right now. A live engine is never stopped here.
    """
    layout = EngineLayout.of(data_dir)
    if not layout.state_path.exists():
        return None
    info = _answering(layout)
    if info is not None:
        return info
    with layout.lock(time.monotonic(), blocking=False) as locked:
        if locked:
            state = layout.read_state()
            if state is not None and not _is_ours(layout, state):
                layout.clear_state()
    return None


def stop_engine(data_dir: Path, *, timeout: float = 30.0) -> bool:
    """Stop the engine for `data_dir` (SIGTERM, SIGKILL after `timeout` s); True if one ran.

    The data stays; the state file goes.
    """
    layout = EngineLayout.of(data_dir)
    if not layout.lock_path.exists():  # no engine was ever started here
        return False
    try:
        with layout.lock(time.monotonic() + timeout):
            state = layout.read_state()
            running = state is not None and _is_ours(layout, state)
            # Also any JVM on these files the state file lost track of.
            processes = engine_process.engine_processes(layout)
            for process in processes:
                engine_process.terminate(process, grace=timeout)
            layout.clear_state()
            return running or bool(processes)
    except LockTimeout:
        raise EngineError(
            f"another process kept the engine lock {layout.lock_path} for over {timeout:g} s"
        ) from None


def _start(
    layout: EngineLayout, deadline: float, *, heap: str, query_timeout_ms: int
) -> EngineInfo:
    """Launch a JVM and wait for Bolt; the caller holds the lock."""
    layout.clear_state()
    for stray in engine_process.engine_processes(layout):
        log.warning("stopping graph engine pid %d that had no state file", stray.pid)
        engine_process.terminate(stray, grace=_FAILED_START_GRACE)

    if not layout.password_path.exists() and layout.users_path.exists():
        raise EngineError(
            f"the engine's root password file {layout.password_path} is missing but its users "
            f"exist in {layout.users_path}: restore the password file, or delete the users file "
            "to set a new root password on the next start"
        )
    try:
        layout.prepare()
        layout.ensure_password()
        layout.rotate_log()
    except OSError as error:
        raise EngineError(
            f"cannot prepare the engine's data directory {layout.data_dir}: {error}"
        ) from error

    started = time.monotonic()
    for attempt in range(1, _LAUNCH_ATTEMPTS + 1):
        log_offset = layout.log_size()
        process, state = _launch(layout, heap=heap, query_timeout_ms=query_timeout_ms)
        try:
            info = _wait_until_answering(layout, state, deadline, process, log_offset)
        except _NotAnswering as failure:
            engine_process.terminate_pid(process.pid, grace=_FAILED_START_GRACE)
            layout.clear_state()
            tail = layout.log_tail(since=log_offset)
            # Ports are picked free but are not held: another program may take one first.
            if (
                _PORT_BUSY in layout.log_since(log_offset)
                and attempt < _LAUNCH_ATTEMPTS
                and time.monotonic() < deadline
            ):
                log.warning("graph engine ports were taken during start-up; retrying")
                continue
            raise EngineError(
                f"the graph engine did not answer on bolt://127.0.0.1:{state.bolt_port} within "
                f"{time.monotonic() - started:.1f} s ({failure}). "
                f"Engine log {layout.log_path}, last lines:\n{tail}"
            ) from None
        log.info(
            "graph engine pid %d answering on %s after %.1f s",
            info.pid,
            info.uri,
            time.monotonic() - started,
        )
        return info
    raise AssertionError("unreachable")


def _launch(
    layout: EngineLayout, *, heap: str, query_timeout_ms: int
) -> tuple[subprocess.Popen[bytes], EngineState]:
    bolt_port, http_port = engine_process.free_ports(2)
    command = engine_process.build_command(
        layout,
        bolt_port=bolt_port,
        http_port=http_port,
        heap=heap,
        query_timeout_ms=query_timeout_ms,
    )
    try:
        process = engine_process.launch(command, layout)
    except OSError as error:
        raise EngineError(f"cannot launch the engine's JVM {command[0]}: {error}") from error
    state = EngineState(
        pid=process.pid,
        create_time=engine_process.create_time(process.pid),
        bolt_port=bolt_port,
        http_port=http_port,
        started_at=time.time(),
        heap=heap,
        query_timeout_ms=query_timeout_ms,
    )
    # Written before Bolt answers, so that a starter killed while waiting leaves the JVM
    # findable rather than orphaned.
    layout.write_state(state)
    return process, state


def _wait_until_answering(
    layout: EngineLayout,
    state: EngineState,
    deadline: float,
    process: subprocess.Popen[bytes] | None = None,
    log_offset: int | None = None,
) -> EngineInfo:
    """Poll Bolt until it answers; raise _NotAnswering at `deadline` or if start-up failed."""
    last_error = "no answer yet"
    while True:
        if process is not None and process.poll() is not None:
            raise _NotAnswering(f"the JVM exited with code {process.returncode}")
        if log_offset is not None and _START_FAILED in layout.log_since(log_offset):
            raise _NotAnswering("the server failed to start")
        if process is None and not _is_ours(layout, state):
            raise _NotAnswering("the JVM exited")
        remaining = deadline - time.monotonic()
        try:
            return _probe(layout, state, min(_PROBE_TIMEOUT, max(remaining, 0.1)))
        except AuthError:
            raise _NotAnswering(f"it refused the root password in {layout.password_path}") from None
        except (DriverError, Neo4jError, OSError) as error:
            last_error = f"last error: {type(error).__name__}: {error}"
        if time.monotonic() >= deadline:
            raise _NotAnswering(last_error)
        time.sleep(0.2)


def _answering(layout: EngineLayout) -> EngineInfo | None:
    state = layout.read_state()
    if state is None or not _is_ours(layout, state):
        return None
    try:
        return _probe(layout, state, _PROBE_TIMEOUT)
    except (DriverError, Neo4jError, OSError):
        return None


def _probe(layout: EngineLayout, state: EngineState, timeout: float) -> EngineInfo:
    """Check the engine answers Cypher on its database; raise the driver's error if not."""
    info = _info(layout, state)
    with GraphDatabase.driver(
        info.uri,
        auth=(info.user, info.password),
        connection_timeout=timeout,
        connection_acquisition_timeout=timeout,
        max_transaction_retry_time=0,
    ) as driver:
        driver.verify_connectivity()
        agent = driver.get_server_info().agent
        if "ArcadeDB" not in agent:
            raise OSError(f"port {info.bolt_port} is served by {agent!r}, not ArcadeDB")
        # Bolt listens before the default database is created: wait for both.
        driver.execute_query("RETURN 1", database_=info.database)
    return info


def _is_ours(layout: EngineLayout, state: EngineState) -> bool:
    return engine_process.is_engine_process(state.pid, state.create_time, layout)


def _info(layout: EngineLayout, state: EngineState) -> EngineInfo:
    return EngineInfo(
        uri=f"bolt://127.0.0.1:{state.bolt_port}",
        user=USER,
        password=layout.read_password(),
        database=DATABASE,
        pid=state.pid,
        bolt_port=state.bolt_port,
        http_port=state.http_port,
        data_dir=layout.data_dir,
        log_path=layout.log_path,
    )
