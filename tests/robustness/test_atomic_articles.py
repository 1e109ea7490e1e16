"""An article's facts are committed all together or not at all: one article failing in the
middle of a batch's transaction leaves none of its facts, and its neighbours are written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.graph import queries
from app.graph.db import Graph
from app.graph.dump import canonical_dump
from ingest.extract import extract_article
from ingest.loader import load
from ingest.pipeline import ingest_paths
from ingest.synth import write_corpus
from ingest.synth.writer import ARTICLES_FILE

ARTICLES = 12
VICTIM = 5


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("atomic")
    write_corpus(out, ARTICLES, seed=11, progress=False)
    return out / ARTICLES_FILE


@pytest.fixture(scope="module")
def earlier_version(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The victim's id with another text, as ingested before."""
    victim = json.loads(corpus.read_text(encoding="utf-8").splitlines()[VICTIM])
    path = tmp_path_factory.mktemp("earlier") / "earlier.jsonl"
    path.write_text(json.dumps({
        "id": victim["id"], "published": "2022-03-03",
        "text": "Finnish President Sauli Niinisto met Estonian Prime Minister Kaja Kallas in "
                "Helsinki on March 3, 2022.",
    }) + "\n", encoding="utf-8")
    return path


def _ingest_with_victim(graph: Graph, corpus: Path, earlier: Path, batch_size: int):
    graph.write(queries.DELETE_ALL)
    assert ingest_paths(graph, [earlier], workers=1).ok
    return ingest_paths(graph, [corpus], batch_size=batch_size, workers=1)


def test_a_failing_article_leaves_nothing_and_its_batch_neighbours_land(
    graph: Graph, corpus: Path, earlier_version: Path
) -> None:
    # One batch of all articles: the victim's conflict is found after the batch's people were
    # written in the same transaction, so the whole transaction is rolled back, and the
    # articles are written again one by one.
    summary = _ingest_with_victim(graph, corpus, earlier_version, batch_size=ARTICLES)
    assert summary.written == ARTICLES - 1
    [failure] = summary.failed
    assert failure.source.endswith(f":{VICTIM + 1}")
    assert "is already in the graph with a different text" in failure.reason
    in_batch = canonical_dump(graph)

    # People only the refused version names were written before the failure, then rolled back.
    articles = [a for a in load([corpus])]
    victim = articles[VICTIM]
    others = {p for a in articles if a is not victim for p in extract_article(a).people}
    only_victim = set(extract_article(victim).people) - others
    assert only_victim, "the test needs people only the victim names"
    for person in only_victim:
        assert graph.read(queries.PERSON_WITH_ROLES, id=person) == [], person

    # The same articles, each in a transaction of its own, give the same graph.
    summary = _ingest_with_victim(graph, corpus, earlier_version, batch_size=1)
    assert summary.written == ARTICLES - 1
    one_by_one = canonical_dump(graph)
    assert in_batch == one_by_one, in_batch.difference(one_by_one)
    stored = {r["id"] for r in graph.read(queries.ARTICLES_ADDED,
                                          ids=[a.id for a in articles])}
    assert stored == {a.id for a in articles}  # the victim's id: its earlier version
