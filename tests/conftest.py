"""Fixtures: the real graph engine.

Without DIPLOGRAPH_GRAPH_URI the tests start the embedded engine on a temporary data
directory and stop it at the end. With DIPLOGRAPH_GRAPH_URI set (e.g. a Neo4j server), the
same tests run against that server: they EMPTY its database, so point them at a test one.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.config import Settings
from app.graph import queries
from app.graph.db import Graph, connect

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def graph_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    if os.environ.get("DIPLOGRAPH_GRAPH_URI"):
        return Settings(_env_file=None)
    return Settings(_env_file=None, graph_uri=None, data_dir=tmp_path_factory.mktemp("graph"))


@pytest.fixture(scope="session")
def graph(graph_settings: Settings):
    g = connect(graph_settings)
    yield g
    g.close()
    if not graph_settings.graph_uri:
        from app.graph.engine import stop_engine

        stop_engine(graph_settings.data_dir)


@pytest.fixture
def empty_graph(graph: Graph) -> Graph:
    graph.write(queries.DELETE_ALL)
    return graph
