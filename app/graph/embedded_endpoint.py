"""The embedded engine as a `Graph` sees it: where it answers now, and its exit reaped."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import psutil

from app.graph.driver_config import Endpoint


def embedded_endpoint(data_dir: Path) -> Endpoint | None:
    """The embedded engine of `data_dir` if it runs and answers; this never starts one."""
    from app.graph.engine import engine_status

    info = engine_status(data_dir)
    if info is None:
        return None
    return Endpoint(info.uri, (info.user, info.password), info.database)


def reap_when_it_exits(pid: int) -> None:
    """If this process started the engine, wait for it in the background: a JVM that exits
    (stopped by `diplograph db stop` from another process, or killed) must not linger as a
    zombie of a long-running process such as the API, where it would look alive."""
    try:
        if psutil.Process(pid).ppid() != os.getpid():
            return
    except psutil.Error:
        return

    def reap() -> None:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)

    threading.Thread(target=reap, name=f"reap-engine-{pid}", daemon=True).start()
