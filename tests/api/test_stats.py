from __future__ import annotations

from fastapi.testclient import TestClient

from app.graph import queries
from app.graph.db import Graph
from app.graph.ingest_runs import record_ingest_run
from ingest.writer import WriteCounts


def test_counts_by_label_and_type(client: TestClient, sample_graph: Graph) -> None:
    body = client.get("/stats").json()
    labels = {r["label"]: r["count"] for r in sample_graph.read(queries.COUNT_BY_LABEL)}
    types = {r["type"]: r["count"] for r in sample_graph.read(queries.COUNT_BY_TYPE)}
    assert body["labels"] == labels
    assert body["relationship_types"] == types
    assert (body["nodes"], body["relationships"]) == sample_graph.counts()
    assert body["labels"]["Meeting"] == 9 and body["relationship_types"]["ATTENDED"] == 18
    assert body["last_ingest"] is None


def test_last_ingest_run_is_one_node_kept_out_of_the_counts(
    client: TestClient, sample_graph: Graph
) -> None:
    before = client.get("/stats").json()
    for written in (3, 2):
        record_ingest_run(sample_graph, source="cli", articles_read=4, articles_written=written,
                          articles_failed=4 - written, counts=WriteCounts(10, 20, 30))
    body = client.get("/stats").json()
    assert body["last_ingest"] | {"finished": None} == {
        "finished": None, "source": "cli", "articles_read": 4, "articles_written": 2,
        "articles_failed": 2, "nodes_created": 10, "relationships_created": 20, "runs": 2,
    }
    assert body["last_ingest"]["finished"].endswith("+00:00")
    assert "IngestRun" not in body["labels"]
    assert (body["nodes"], body["labels"]) == (before["nodes"], before["labels"])
    all_labels = {r["label"]: r["count"] for r in sample_graph.read(queries.COUNT_BY_LABEL)}
    assert all_labels["IngestRun"] == 1
