"""The project's commands as separate processes: `diplograph` runs, a served API, and the
embedded engine they share through a data directory."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def clean_env(data_dir: Path | None = None, **settings: str) -> dict[str, str]:
    """The environment without any DIPLOGRAPH_ setting of the caller's, plus these."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOGRAPH_")}
    if data_dir is not None:
        env["DIPLOGRAPH_DATA_DIR"] = str(data_dir)
    env.update({f"DIPLOGRAPH_{k.upper()}": v for k, v in settings.items()})
    return env


def diplograph(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=timeout, check=False,
    )


def start_diplograph(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def stop_process(process: subprocess.Popen, timeout: float = 20) -> tuple[str, str]:
    """Stop it (SIGTERM, then SIGKILL) and return what it printed."""
    if process.poll() is None:
        process.terminate()
    try:
        return process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.communicate()
    except ValueError:  # its output was read already
        process.wait()
        return "", ""


def engine_pid(env: dict[str, str]) -> int:
    status = diplograph(env, "db", "status", timeout=60)
    match = re.search(r"running: pid (\d+), bolt://127\.0\.0\.1:(\d+)", status.stdout)
    assert match, status.stdout + status.stderr
    return int(match.group(1))


def engine_uri(env: dict[str, str]) -> str:
    status = diplograph(env, "db", "status", timeout=60)
    match = re.search(r"(bolt://127\.0\.0\.1:\d+)", status.stdout)
    assert match, status.stdout + status.stderr
    return match.group(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, status: int = 200, timeout: float = 90) -> httpx.Response:
    deadline = time.monotonic() + timeout
    last: object = None
    while time.monotonic() < deadline:
        try:
            response = httpx.get(url, timeout=5)
            if response.status_code == status:
                return response
            last = response.status_code
        except httpx.HTTPError as error:
            last = error
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer {status} within {timeout} s (last: {last})")


@contextmanager
def served(env: dict[str, str], *, health: int | None = 200) -> Iterator[tuple[str, subprocess.Popen]]:
    """`diplograph serve` on a free port; yields its base URL and process."""
    port = free_port()
    process = start_diplograph(env, "serve", "--port", str(port))
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, stop_process(process)
            try:
                response = httpx.get(f"{base}/health", timeout=5)
                if health is None or response.status_code == health:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the API did not start"
            time.sleep(0.2)
        yield base, process
    finally:
        stop_process(process)
