"""Concurrent load from wrk (Debian's package `wrk`), a C load generator that leaves the
cores to the server; each connection walks a list of paths."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.load_client import LoadResult

_SCRIPT = """
local paths = {}
for line in io.lines("%(paths)s") do paths[#paths + 1] = line end
local counter = 0
function setup(thread)
  thread:set("first", counter)
  counter = counter + 1
end
function init(args)
  i = first * 7919
end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
"""


def available() -> bool:
    return shutil.which("wrk") is not None


def _count(pattern: str, text: str) -> int:
    return sum(int(n) for n in re.findall(pattern, text))


def run(host: str, port: int, paths: Sequence[str], *, clients: int, seconds: float,
        threads: int = 2) -> tuple[LoadResult, str]:
    """`clients` keep-alive connections for `seconds`: the count of requests, the errors
    (non-2xx answers and socket errors), wrk's percentiles, and wrk's own report."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp, "paths.txt")
        listing.write_text("\n".join(paths) + "\n")
        script = Path(tmp, "paths.lua")
        script.write_text(_SCRIPT % {"paths": listing})
        report = subprocess.run(
            ["wrk", f"-t{min(threads, clients)}", f"-c{clients}", f"-d{max(1, round(seconds))}s",
             "--latency", "-s", str(script), f"http://{host}:{port}"],
            capture_output=True, text=True, check=True, timeout=seconds + 120,
        ).stdout
    done = re.search(r"(\d+) requests in ([\d.]+)(m?s)", report)
    if done is None:
        raise RuntimeError(f"unexpected wrk report:\n{report}")
    result = LoadResult()
    result.seconds = float(done[2]) / (1000 if done[3] == "ms" else 1)
    errors = _count(r"Non-2xx or 3xx responses: (\d+)", report)
    errors += _count(r"(?:connect|read|write|timeout) (\d+)", report)
    result.errors = errors
    result.completed = int(done[1]) - errors
    result.percentiles = {q: _percentile(report, q) for q in (50, 75, 90, 99)}
    return result, report


def _percentile(report: str, q: int) -> float:
    m = re.search(rf"^\s*{q}%\s+([\d.]+)(us|ms|s)\s*$", report, re.MULTILINE)
    if m is None:
        return float("nan")
    return float(m[1]) * {"us": 1e-6, "ms": 1e-3, "s": 1.0}[m[2]]
