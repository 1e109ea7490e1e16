"""`diplograph ingest` on generated corpora: wall time against bare nlp.pipe, and peak memory
of the ingest's process tree (the graph engine's JVM measured apart)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.engine import ROOT, fresh_engine
from bench.process_tree import Peak, run_measured
from ingest.synth import write_corpus
from ingest.synth.writer import ARTICLES_FILE


def corpus(work: Path, n: int, seed: int = 0) -> Path:
    out = work / f"corpus-{n}-seed{seed}"
    if not (out / ARTICLES_FILE).exists():
        write_corpus(out, n, seed=seed, progress=False)
    return out / ARTICLES_FILE


@dataclass
class IngestRun:
    articles: int
    workers: int
    seconds: float
    peak: Peak  # of the ingest's processes; excluded_rss is the engine's


def ingest(work: Path, articles: Path, n: int, workers: int, heap: str) -> IngestRun:
    """`diplograph ingest` against a fresh engine (already started, so not counted)."""
    with fresh_engine(work, heap=heap) as engine:
        seconds, peak, _ = run_measured(
            [sys.executable, "-m", "app.cli", "ingest", str(articles), "--workers", str(workers)],
            exclude={engine.pid}, cwd=ROOT, env=engine.env,
        )
    return IngestRun(n, workers, seconds, peak)


@dataclass
class BarePipe:
    seconds: float
    components: list[str]
    cpu_seconds: float  # the whole command's, its nlp.pipe processes included


def bare_pipe(articles: Path, processes: int) -> BarePipe:
    _, peak, _ = run_measured(
        [sys.executable, "-m", "bench.bare_pipe", str(articles), "--processes", str(processes),
         "--out", str(articles.parent / "bare.json")],
        exclude=set(), cwd=ROOT,
    )
    result = json.loads((articles.parent / "bare.json").read_text())
    return BarePipe(result["seconds"], result["components"], peak.cpu_seconds)
