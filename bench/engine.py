"""A fresh embedded graph engine for one measurement, in its own data folder."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Engine:
    data_dir: Path
    pid: int
    env: dict[str, str]  # for `diplograph` commands against this engine


def diplograph(env: dict[str, str], *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True, **kwargs)


@contextmanager
def fresh_engine(work: Path, heap: str = "2g") -> Iterator[Engine]:
    """Start an engine on an empty data folder under `work`; stop it afterwards."""
    data_dir = Path(tempfile.mkdtemp(prefix="engine-", dir=work))
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOGRAPH_")}
    env.update(DIPLOGRAPH_DATA_DIR=str(data_dir), DIPLOGRAPH_ENGINE_HEAP=heap)
    started = diplograph(env, "db", "start", timeout=120).stdout
    pid = int(started.split("pid ", 1)[1].split(",", 1)[0])
    try:
        yield Engine(data_dir, pid, env)
    finally:
        diplograph(env, "db", "stop", timeout=120)
