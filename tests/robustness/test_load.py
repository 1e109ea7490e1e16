"""A short run of the load test command (`python -m load.run`): concurrent clients mixing
reads and article posts get no 5xx, and the graph they built equals a sequential ingest of
the same articles."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .processes import ROOT, clean_env

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DIPLOGRAPH_GRAPH_URI")), reason="starts its own embedded engine"
)


def test_short_load_run_has_no_server_errors_and_loses_no_facts() -> None:
    env = clean_env()
    env["COLUMNS"] = "200"  # one line per figure
    result = subprocess.run(
        [sys.executable, "-m", "load.run", "--clients", "10", "--seconds", "8",
         "--articles", "60"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5xx: 0, no answer: 0" in result.stdout
    assert "canonical dumps equal: yes; relationships stored twice: 0" in result.stdout
    posted = [line for line in result.stdout.splitlines() if line.startswith("articles: ")]
    assert posted and not posted[0].startswith("articles: 0 "), result.stdout
