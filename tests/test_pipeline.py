"""The ingest pipeline: streaming with bounded look-ahead, several extraction processes,
per-article failure isolation and the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import app
from app.graph import queries
from app.graph.db import Graph
from ingest import pipeline
from ingest.extract_batches import ExtractedBatch
from ingest.facts import Article, ArticleFacts
from ingest.pipeline import ingest_paths
from ingest.synth import write_corpus
from ingest.synth.writer import ARTICLES_FILE

from app.graph.dump import canonical_dump

ARTICLES = 24


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(out, ARTICLES, seed=5, progress=False)
    return out / ARTICLES_FILE


def test_summary_of_a_run(graph: Graph, corpus: Path) -> None:
    graph.write(queries.DELETE_ALL)
    progress = []
    summary = ingest_paths(graph, [corpus], batch_size=5, on_progress=progress.append)
    assert summary.ok and summary.read == summary.written == ARTICLES
    assert sum(progress) == ARTICLES
    assert summary.interactions > 0 and summary.roles > 0
    assert summary.nodes_before == 0
    assert summary.nodes_after == summary.counts.nodes_created
    assert summary.relationships_after == summary.counts.relationships_created


def test_several_processes_give_the_graph_of_one(graph: Graph, corpus: Path) -> None:
    graph.write(queries.DELETE_ALL)
    assert ingest_paths(graph, [corpus], workers=1).ok
    one = canonical_dump(graph)
    graph.write(queries.DELETE_ALL)
    summary = ingest_paths(graph, [corpus], workers=2, batch_size=7)
    assert summary.ok and summary.written == ARTICLES
    two = canonical_dump(graph)
    assert two == one, one.difference(two)


def test_an_article_failing_extraction_fails_alone(
    graph: Graph, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ingest import extract

    real = extract.facts_from_doc
    bad = "synth-5-0000003"

    def facts_from_doc(article, doc, nlp=None):
        if article.id == bad:
            raise ValueError("unreadable")
        return real(article, doc, nlp)

    monkeypatch.setattr(extract, "facts_from_doc", facts_from_doc)
    graph.write(queries.DELETE_ALL)
    summary = ingest_paths(graph, [corpus])
    assert summary.written == ARTICLES - 1
    assert [(f.source.endswith(":4"), f.reason) for f in summary.failed] == [
        (True, "extraction: unreadable")]


def test_an_article_failing_its_write_fails_alone(
    graph: Graph, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.write_facts
    bad = "synth-5-0000010"

    def write_facts(g, facts):
        if any(f.article.id == bad for f in facts):
            raise RuntimeError("refused")
        return real(g, facts)

    monkeypatch.setattr(pipeline, "write_facts", write_facts)
    graph.write(queries.DELETE_ALL)
    summary = ingest_paths(graph, [corpus], batch_size=8)
    assert summary.written == ARTICLES - 1
    assert [f.reason for f in summary.failed] == ["write: refused"]
    ids = {r["id"] for r in graph.read(queries.ARTICLES_ADDED, ids=[f"synth-5-{i:07d}" for i in range(ARTICLES)])}
    assert bad not in ids and len(ids) == ARTICLES - 1


class _CountingGraph:
    def counts(self) -> tuple[int, int]:
        return 0, 0


def test_reads_ahead_a_bounded_number_of_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    total, batch_size = 3000, 50
    state = {"read": 0, "written": 0, "ahead": 0}

    def load(paths):
        for i in range(total):
            state["read"] += 1
            state["ahead"] = max(state["ahead"], state["read"] - state["written"])
            yield Article(id=f"a{i}", text="text")

    def write_facts(graph, facts):
        state["written"] += len(facts)
        return pipeline.WriteCounts()

    monkeypatch.setattr(pipeline, "load", load)
    monkeypatch.setattr(pipeline, "write_facts", write_facts)
    monkeypatch.setattr(pipeline, "extract_batch",
                        lambda batch: ExtractedBatch([ArticleFacts(a) for a in batch]))
    summary = ingest_paths(_CountingGraph(), ["-"], batch_size=batch_size)  # type: ignore[arg-type]
    assert summary.written == total
    # one batch being extracted, one being gathered, those queued and the one being written
    bound = 2 * pipeline.EXTRACT_BATCH + batch_size * (pipeline._WRITE_QUEUE + 2)
    assert state["ahead"] <= bound


def test_synth_command_writes_a_corpus(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["synth", "7", "--out", str(tmp_path / "c"), "--seed", "3"])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "c" / ARTICLES_FILE).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 7 and '"synth-3-0000000"' in lines[0]
