"""The embedded engine killed (SIGKILL) in the middle of `diplograph ingest`: the ingest
stops with exit code 2, every article that made it into the graph is there with all its
facts, and after a restart the same ingest again gives exactly the graph of a run that was
never interrupted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from app.config import Settings
from app.graph import queries
from app.graph.db import Graph, connect
from app.graph.dump import canonical_dump

from .processes import ROOT, clean_env, diplograph, engine_pid, start_diplograph, stop_process

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DIPLOGRAPH_GRAPH_URI")), reason="kills the embedded engine"
)

ARTICLES = 200
BATCH = 8


def _facts_by_article(graph: Graph) -> dict[str, Counter[str]]:
    """Every article in the graph with what it reports (the properties of its REPORTS
    relationships), whichever meeting node they are attached to."""
    dump = canonical_dump(graph)
    facts: dict[str, Counter[str]] = {
        json.loads(line)["properties"]["id"]: Counter()
        for line in dump.nodes if '"labels":["Article"]' in line
    }
    for line in dump.relationships:
        row = json.loads(line)
        if row["type"] == "REPORTS":
            facts[row["source"][1]][json.dumps(row["properties"], sort_keys=True)] += 1
    return facts


def _articles(graph: Graph) -> int:
    return sum(r["count"] for r in graph.read(queries.COUNT_BY_LABEL) if r["label"] == "Article")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("kill-corpus")
    subprocess.run([sys.executable, "-m", "ingest.synth", "corpus", str(out), "-n", str(ARTICLES)],
                   cwd=ROOT, check=True, capture_output=True)
    return out / "articles.jsonl"


def test_sigkill_mid_ingest_then_rerun_equals_an_uninterrupted_run(
    tmp_path: Path, corpus: Path
) -> None:
    data = tmp_path / "data"
    # A short retry time, so that the interrupted run gives up soon after the engine dies.
    env = clean_env(data, graph_retry_time="2")
    settings = Settings(_env_file=None, data_dir=data)
    ingest = ("ingest", str(corpus), "--batch-size", str(BATCH), "--workers", "2")
    try:
        assert diplograph(env, "db", "start", timeout=120).returncode == 0
        pid = engine_pid(env)
        watcher = connect(settings)
        run = start_diplograph(env, *ingest)
        try:
            deadline = time.monotonic() + 240
            while (written := _articles(watcher)) < 3 * BATCH:
                assert run.poll() is None, stop_process(run)
                assert time.monotonic() < deadline, "the ingest wrote nothing"
                time.sleep(0.05)
            assert written < ARTICLES, "the ingest finished before the engine could be killed"
            os.kill(pid, signal.SIGKILL)
            killed = time.monotonic()
            _, err = run.communicate(timeout=180)
            # It gives up once the driver's retries are spent, instead of hanging.
            assert time.monotonic() - killed < 60
        finally:
            watcher.close()
            stop_process(run)
        assert run.returncode == 2, err
        assert "the graph became unavailable during the ingest" in err
        assert "Traceback" not in err

        # Restarted on the same data (new ports): what was committed is whole.
        assert diplograph(env, "db", "start", timeout=120).returncode == 0
        graph = connect(settings)
        try:
            partial = _facts_by_article(graph)
            assert 0 < _articles(graph) < ARTICLES

            rerun = diplograph(env, *ingest, timeout=600)
            assert rerun.returncode == 0, rerun.stderr
            after_rerun = canonical_dump(graph)

            graph.write(queries.DELETE_ALL)
            clean = diplograph(env, *ingest, timeout=600)
            assert clean.returncode == 0, clean.stderr
            uninterrupted = canonical_dump(graph)
            complete = _facts_by_article(graph)
        finally:
            graph.close()
        assert after_rerun == uninterrupted, after_rerun.difference(uninterrupted)
        assert after_rerun.summary() == uninterrupted.summary()
        # Each article that made it before the kill came with all its facts.
        for article, reports in partial.items():
            assert reports == complete[article], article
    finally:
        diplograph(env, "db", "stop", timeout=60)
