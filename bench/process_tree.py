"""Peak resident memory of a process and its descendants, sampled while it runs, and the CPU
time they and the excluded processes (the graph engine) used."""

from __future__ import annotations

import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from typing import Self

import psutil


@dataclass
class Peak:
    tree_rss: int = 0  # bytes: the sum over the process and its descendants, at its highest
    processes: int = 0  # how many were alive at that moment
    excluded_rss: int = 0  # bytes: the excluded processes (the graph engine), at their highest
    cpu_seconds: float = 0.0  # user + system time of the process and its descendants
    excluded_cpu_seconds: float = 0.0  # the same, of the excluded processes during the run


class TreeSampler:
    """Sample every `interval` s the summed RSS of `root`'s tree, less the `exclude` pids."""

    def __init__(self, root: int, exclude: set[int], interval: float = 0.05):
        self.root, self.exclude, self.interval = root, exclude, interval
        self.peak = Peak()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        try:
            root = psutil.Process(self.root)
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        total, alive = 0, 0
        for p in tree:
            if p.pid in self.exclude:
                continue
            try:
                total += p.memory_info().rss
                alive += 1
            except psutil.NoSuchProcess:
                pass
        if total > self.peak.tree_rss:
            self.peak.tree_rss, self.peak.processes = total, alive
        for pid in self.exclude:
            try:
                self.peak.excluded_rss = max(self.peak.excluded_rss, psutil.Process(pid).memory_info().rss)
            except psutil.NoSuchProcess:
                pass

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            time.sleep(self.interval)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu_of(pids: set[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def run_measured(command: list[str], *, exclude: set[int], **popen) -> tuple[float, Peak, str]:
    """Run `command`; return its wall time, its tree's peak memory and CPU time, and its stderr.

    The tree's CPU time counts the descendants the command waited for (its worker processes)."""
    cpu_before, excluded_before = _children_cpu(), _cpu_of(exclude)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, **popen)
    with TreeSampler(process.pid, exclude) as sampler:
        _, stderr = process.communicate()
    elapsed = time.perf_counter() - start
    sampler.peak.cpu_seconds = _children_cpu() - cpu_before
    sampler.peak.excluded_cpu_seconds = _cpu_of(exclude) - excluded_before
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-3000:]}")
    return elapsed, sampler.peak, stderr
