"""The embedded engine as a `Graph` sees it: where it answers now."""

from __future__ import annotations

from pathlib import Path

from app.graph.driver_config import Endpoint


def embedded_endpoint(data_dir: Path) -> Endpoint | None:
    """The embedded engine of `data_dir` if it runs and answers; this never starts one."""
    from app.graph.engine import engine_status

    info = engine_status(data_dir)
    if info is None:
        return None
    return Endpoint(info.uri, (info.user, info.password), info.database)
