"""Ingest split by article: shards written in any order, and articles written in any order or
batches, give the same graph as one run — the same nodes with the same ids and properties."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from app.config import Settings
from app.graph import queries
from app.graph.db import Graph
from ingest.extract import extract_many
from ingest.loader import load
from ingest.pipeline import ingest_paths
from ingest.shards import Shard, shard_of
from ingest.synth import write_corpus
from ingest.synth.writer import ARTICLES_FILE
from ingest.writer import write_facts

from .conftest import ROOT
from app.graph.dump import canonical_dump

ARTICLES = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(out, ARTICLES, seed=0, progress=False)
    return out / ARTICLES_FILE


@pytest.fixture(scope="module")
def one_run(graph: Graph, corpus: Path):
    graph.write(queries.DELETE_ALL)
    summary = ingest_paths(graph, [corpus])
    assert summary.ok, summary.failed
    assert summary.written == ARTICLES
    return canonical_dump(graph)


@pytest.fixture(scope="module")
def facts(corpus: Path):
    return list(extract_many([a for a in load([corpus])]))


def test_the_corpus_has_meetings_reported_by_several_articles(one_run) -> None:
    sources: Counter[str] = Counter()
    for line in one_run.relationships:
        r = json.loads(line)
        labels, target = r["target"]
        if r["type"] == "REPORTS" and labels == ["Meeting"]:
            sources[target] += 1
    assert sum(1 for n in sources.values() if n >= 2) >= 5, sources


@pytest.mark.parametrize(("order", "batch_size"), [((3, 1, 2), 5), ((2, 3, 1), 1), ((1, 2, 3), 64)])
def test_shards_in_any_order_give_the_graph_of_one_run(
    graph: Graph, corpus: Path, one_run, order: tuple[int, ...], batch_size: int
) -> None:
    graph.write(queries.DELETE_ALL)
    written = 0
    for k in order:
        summary = ingest_paths(graph, [corpus], shard=Shard(k, 3), batch_size=batch_size)
        assert summary.ok, summary.failed
        assert summary.read + summary.other_shards == ARTICLES
        written += summary.written
    assert written == ARTICLES
    dump = canonical_dump(graph)
    assert dump == one_run, one_run.difference(dump)


def test_a_shard_ingested_again_changes_nothing(graph: Graph, corpus: Path, one_run) -> None:
    graph.write(queries.DELETE_ALL)
    ingest_paths(graph, [corpus])
    again = ingest_paths(graph, [corpus], shard=Shard(2, 3))
    assert again.counts.nodes_created == 0 and again.counts.relationships_created == 0
    assert canonical_dump(graph) == one_run


@pytest.mark.parametrize(("seed", "batch_size"), [(1, 1), (2, 3), (3, 7), (4, ARTICLES)])
def test_articles_in_any_order_and_batches_give_the_same_graph(
    graph: Graph, facts, one_run, seed: int, batch_size: int
) -> None:
    shuffled = list(facts)
    random.Random(seed).shuffle(shuffled)
    graph.write(queries.DELETE_ALL)
    for start in range(0, len(shuffled), batch_size):
        write_facts(graph, shuffled[start:start + batch_size])
    dump = canonical_dump(graph)
    assert dump == one_run, one_run.difference(dump)


def test_every_article_is_in_exactly_one_shard(corpus: Path) -> None:
    ids = [a.id for a in load([corpus])]
    shards = [Shard(k, 4) for k in range(1, 5)]
    assert all(sum(s.holds(i) for s in shards) == 1 for i in ids)
    assert all(1 <= shard_of(i, 4) <= 4 for i in ids)
    assert len({shard_of(i, 4) for i in ids}) == 4  # 40 articles fall in every shard


def test_the_shard_of_an_article_is_fixed() -> None:
    # A hash of the id alone: every machine, every Python process and every release agree.
    assert [shard_of(f"article-{i}", 5) for i in range(8)] == [2, 3, 1, 4, 5, 5, 4, 3]


@pytest.mark.parametrize("text", ["0/3", "4/3", "3", "a/b", "1/0", ""])
def test_bad_shards_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Shard.parse(text)


def test_shards_parse() -> None:
    assert Shard.parse(" 2/4 ") == Shard(2, 4)
    assert str(Shard(2, 4)) == "2/4"


def _diplograph(graph_settings: Settings, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if not graph_settings.graph_uri:  # the embedded engine these tests started
        env["DIPLOGRAPH_DATA_DIR"] = str(graph_settings.data_dir)
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600, check=False)


def test_the_shard_option_of_the_command(
    graph: Graph, graph_settings: Settings, corpus: Path, one_run
) -> None:
    graph.write(queries.DELETE_ALL)
    for shard in ("2/2", "1/2"):
        result = _diplograph(graph_settings, "ingest", str(corpus), "--shard", shard,
                             "--workers", "1")
        assert result.returncode == 0, result.stderr
        assert f"left to the other shards (this is {shard})" in result.stderr
    assert canonical_dump(graph) == one_run  # the dump leaves out the IngestRun record


def test_a_bad_shard_is_refused_by_the_command(graph_settings: Settings, corpus: Path) -> None:
    result = _diplograph(graph_settings, "ingest", str(corpus), "--shard", "3/2")
    assert result.returncode == 2
    assert "K must be between 1 and N" in result.stderr
