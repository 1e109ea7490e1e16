"""A throw-away stack for the load test: the embedded engine in a temporary data directory
and `diplograph serve` in front of it, both stopped at the end."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from app.config import Settings

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Stack:
    base_url: str
    api_key: str
    settings: Settings  # for a direct connection to the same graph
    server_log: Path  # what `diplograph serve` printed

    def server_errors(self, limit: int = 5) -> list[str]:
        """The first `limit` tracebacks in the server's log: the project's frames, the last
        frame and the exception."""
        lines = self.server_log.read_text(encoding="utf-8", errors="replace").splitlines()
        found: list[str] = []
        starts = [i for i, line in enumerate(lines) if line.startswith("Traceback")][:limit]
        for start in starts:
            end = next((i for i in range(start + 1, len(lines))
                        if lines[i] and not lines[i].startswith((" ", "Traceback"))), len(lines) - 1)
            frames = [lines[i] + lines[i + 1] for i in range(start, end - 1)
                      if lines[i].startswith("  File ") and "site-packages" not in lines[i]]
            found += [*frames, *lines[max(start, end - 2):end + 1], ""]
        return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _diplograph(env: dict[str, str], *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False, **kwargs)


@contextmanager
def running_stack(data_dir: Path, *, start_timeout: float = 120) -> Iterator[Stack]:
    api_key = secrets.token_urlsafe(24)
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOGRAPH_")}
    env.update(DIPLOGRAPH_DATA_DIR=str(data_dir), DIPLOGRAPH_API_KEY=api_key)
    port = _free_port()
    server: subprocess.Popen | None = None
    try:
        started = _diplograph(env, "db", "start", timeout=start_timeout)
        if started.returncode != 0:
            raise RuntimeError(f"the graph engine did not start: {started.stderr.strip()}")
        server_log = open(data_dir.parent / "serve.log", "wb")  # noqa: SIM115 - closed below
        server = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
            stdout=server_log, stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + start_timeout
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"diplograph serve exited with code {server.returncode}")
            try:
                if httpx.get(f"{base}/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the API did not answer in time")
            time.sleep(0.2)
        yield Stack(base, api_key, Settings(_env_file=None, data_dir=data_dir),
                    data_dir.parent / "serve.log")
    finally:
        if server is not None and server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        if server is not None:
            server_log.close()
        _diplograph(env, "db", "stop", timeout=60)
