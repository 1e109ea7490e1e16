from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.graph import queries
from app.graph.db import Graph
from app.main import create_app


def _run(client: TestClient, query: str, **parameters) -> dict:
    r = client.post("/cypher", json={"query": query, "parameters": parameters})
    assert r.status_code == 200, r.text
    return r.json()


def _census(graph: Graph) -> tuple[int, int]:
    return graph.counts()


def test_read_with_parameters(client: TestClient) -> None:
    body = _run(client, "MATCH (p:Person)-[:ATTENDED]->(m:Meeting) WHERE m.date STARTS WITH $year "
                        "RETURN p.id AS id, count(m) AS meetings ORDER BY meetings DESC, id",
                year="2023")
    assert body["columns"] == ["id", "meetings"]
    assert body["rows"][:2] == [{"id": "xi-jinping", "meetings": 3},
                                {"id": "vladimir-putin", "meetings": 2}]
    assert body["truncated"] is False


def test_graph_values_become_plain_json(client: TestClient) -> None:
    body = _run(client, "MATCH path = (p:Person {id: $id})-[r:HOLDS_ROLE]->(c:Country) "
                        "RETURN p, r, path, date('2022-09-15') AS day", id="vladimir-putin")
    [row] = body["rows"]
    assert row["p"]["labels"] == ["Person"] and row["p"]["id"] == "vladimir-putin"
    assert row["p"]["properties"]["name"] == "Vladimir Putin"
    assert row["r"]["type"] == "HOLDS_ROLE" and row["r"]["properties"] == {"title": "President"}
    assert row["r"]["start"] == row["p"]["element_id"]
    assert [n["id"] for n in row["path"]["nodes"]] == ["vladimir-putin", "russia"]
    assert [r["type"] for r in row["path"]["relationships"]] == ["HOLDS_ROLE"]
    assert row["day"] == "2022-09-15"


@pytest.mark.parametrize("query", [
    "MATCH (n) DETACH DELETE n",
    "CREATE (:Person {id: 'intruder'})",
    "MATCH (p:Person {id: 'xi-jinping'}) SET p.name = 'changed'",
    "MERGE (:Person {id: 'intruder'})",
    "MATCH (p:Person) REMOVE p.name",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "CALL apoc.load.json('https://example.org/x.json') YIELD value RETURN value",
    "RETURN apoc.text.join(['a', 'b'], '') AS x",
    "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
])
def test_anything_but_a_read_is_refused(
    client: TestClient, sample_graph: Graph, query: str
) -> None:
    before = _census(sample_graph)
    r = client.post("/cypher", json={"query": query})
    assert r.status_code == 400
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]
    assert _census(sample_graph) == before


def test_parameters_are_only_data(client: TestClient, sample_graph: Graph) -> None:
    before = _census(sample_graph)
    body = _run(client, "MATCH (p:Person) WHERE p.name = $name RETURN count(p) AS n",
                name="x' OR 1=1 DETACH DELETE p //")
    assert body["rows"] == [{"n": 0}]
    assert _census(sample_graph) == before


def test_engine_errors_are_400_with_its_message(client: TestClient) -> None:
    r = client.post("/cypher", json={"query": "RETURN no_such_function(1) AS x"})
    assert r.status_code == 400
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]


def test_rows_are_capped(sample_graph: Graph, graph_settings: Settings) -> None:
    settings = graph_settings.model_copy(update={"cypher_max_rows": 3})
    with TestClient(create_app(settings, sample_graph)) as c:
        capped = c.post("/cypher", json={"query": "UNWIND range(1, 10) AS x RETURN x"}).json()
        exact = c.post("/cypher", json={"query": "UNWIND range(1, 3) AS x RETURN x"}).json()
    assert (capped["rows"], capped["truncated"]) == ([{"x": 1}, {"x": 2}, {"x": 3}], True)
    assert exact["truncated"] is False


@pytest.mark.parametrize("body", [
    {}, {"query": ""}, {"query": "RETURN 1", "params": {}}, {"query": "x" * 10_001},
    {"query": "RETURN $a", "parameters": [1]},
])
def test_bad_requests_are_422(client: TestClient, body: dict) -> None:
    assert client.post("/cypher", json=body).status_code == 422


def test_the_queries_of_the_project_pass_the_guard_where_they_read(client: TestClient) -> None:
    body = _run(client, queries.COUNT_BY_TYPE)
    assert {"type": "ATTENDED", "count": 18} in body["rows"]
