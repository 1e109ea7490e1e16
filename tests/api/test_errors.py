"""One error shape everywhere: {"detail": ...}."""

from __future__ import annotations

import socket

import pytest
from fastapi.testclient import TestClient
from neo4j import GraphDatabase

from app.config import Settings
from app.graph.db import Graph
from app.main import create_app


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def unreachable_client(graph_settings: Settings):
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    driver = GraphDatabase.driver(uri, auth=("neo4j", "unused"), connection_timeout=1.0,
                                  max_transaction_retry_time=0.5)
    graph = Graph(driver=driver, database="neo4j", uri=uri)
    with TestClient(create_app(graph_settings, graph)) as c:
        yield c
    driver.close()


@pytest.mark.parametrize(("method", "path", "body"), [
    ("GET", "/stats", None),
    ("GET", "/meetings", None),
    ("GET", "/search?q=putin", None),
    ("GET", "/graph/neighborhood/vladimir-putin", None),
    ("POST", "/cypher", {"query": "RETURN 1 AS x"}),
])
def test_unreachable_graph_is_503(
    unreachable_client: TestClient, method: str, path: str, body: dict | None
) -> None:
    r = unreachable_client.request(method, path, json=body)
    assert r.status_code == 503
    assert r.json() == {"detail": "the graph is unavailable (ServiceUnavailable)"}


def test_unknown_route_is_404_with_detail(client: TestClient) -> None:
    r = client.get("/no/such/route")
    assert (r.status_code, r.json()) == (404, {"detail": "Not Found"})


def test_bad_parameters_are_422_with_detail(client: TestClient) -> None:
    r = client.get("/graph/neighborhood/xi-jinping", params={"depth": "deep"})
    assert r.status_code == 422
    [problem] = r.json()["detail"]
    assert problem["loc"] == ["query", "depth"]


@pytest.mark.parametrize("path", [
    "/people/nobody", "/countries/nowhere", "/organizations/nothing", "/events/never",
    "/places/nowhere", "/meetings/m-0000000000000000", "/graph/neighborhood/nothing",
])
def test_unknown_ids_are_404_with_detail(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert r.json()["detail"].startswith("no ")
