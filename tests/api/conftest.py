"""API fixtures: the hand-made sample facts, written through the real writer into the real
engine, and a client of the app serving that graph."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.config import Settings
from app.graph import queries
from app.graph.db import Graph
from app.main import create_app
from ingest.writer import write_facts

from .sample_facts import sample_facts

API_KEY = "test-key-0123456789abcdef"


def load_sample(graph: Graph) -> Graph:
    graph.write(queries.DELETE_ALL)
    write_facts(graph, sample_facts())
    return graph


@pytest.fixture(scope="module")
def sample_graph(graph: Graph) -> Graph:
    return load_sample(graph)


@pytest.fixture(scope="module")
def api_settings(graph_settings: Settings) -> Settings:
    return graph_settings.model_copy(update={"api_key": SecretStr(API_KEY)})


@pytest.fixture(scope="module")
def client(sample_graph: Graph, api_settings: Settings):
    with TestClient(create_app(api_settings, sample_graph)) as c:
        yield c


def meeting_id(client: TestClient, a: str, b: str, date: str | None) -> str:
    found = [m["id"] for m in client.get(f"/people/{a}/met/{b}").json()["items"]
             if m["date"] == date]
    assert len(found) == 1, f"{a} and {b} on {date}: {found}"
    return found[0]
