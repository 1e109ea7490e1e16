"""The graph connection: one `neo4j` driver, to Neo4j or to the embedded engine.

The caller owns the `Graph` (the API creates one in its lifespan, the CLI one per command)
and passes it down; nothing below opens connections of its own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import neo4j
from neo4j import GraphDatabase, RoutingControl

from app.config import Settings
from app.graph import queries

log = logging.getLogger(__name__)


class GraphUnavailable(RuntimeError):
    """The graph cannot be reached; the message says why without credentials."""


@dataclass
class Graph:
    driver: neo4j.Driver
    database: str
    uri: str
    engine: str = "unknown"  # "neo4j" or "arcadedb"
    version: str = ""
    _schema_ready: bool = field(default=False, repr=False)

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        records, _, _ = self.driver.execute_query(
            query, params, database_=self.database, routing_=RoutingControl.READ
        )
        return [record.data() for record in records]

    def write(self, query: str, **params: Any) -> list[dict[str, Any]]:
        records, _, _ = self.driver.execute_query(
            query, params, database_=self.database, routing_=RoutingControl.WRITE
        )
        return [record.data() for record in records]

    def session(self, **kwargs: Any) -> neo4j.Session:
        return self.driver.session(database=self.database, **kwargs)

    def ensure_schema(self) -> None:
        if self._schema_ready:
            return
        for statement in queries.SCHEMA:
            self.driver.execute_query(statement, database_=self.database)
        self._schema_ready = True

    def counts(self) -> tuple[int, int]:
        nodes = self.read(queries.COUNT_NODES)[0]["count"]
        rels = self.read(queries.COUNT_RELATIONSHIPS)[0]["count"]
        return nodes, rels

    def close(self) -> None:
        self.driver.close()


def _engine_of(agent: str) -> str:
    return "arcadedb" if "arcadedb" in agent.lower() else "neo4j"


def _version_of(agent: str) -> str:
    # "Neo4j/5.26.0 compatible (ArcadeDB 26.10.2)" or "Neo4j/5.26.0"
    if "(" in agent:
        return agent[agent.index("(") + 1 : agent.rindex(")")]
    return agent


def connect(settings: Settings, *, schema: bool = True) -> Graph:
    """Open the configured graph; with no URI configured, start or reuse the embedded engine."""
    if settings.graph_uri:
        uri = settings.graph_uri
        password = settings.graph_password.get_secret_value() if settings.graph_password else ""
        auth = (settings.graph_user, password)
        database = settings.graph_database
    else:
        from app.graph.engine import ensure_engine

        info = ensure_engine(
            settings.data_dir,
            timeout=settings.engine_start_timeout,
            heap=settings.engine_heap,
            query_timeout_ms=settings.engine_query_timeout_ms,
        )
        uri, auth, database = info.uri, (info.user, info.password), info.database

    driver = GraphDatabase.driver(uri, auth=auth, connection_acquisition_timeout=10.0)
    try:
        driver.verify_connectivity()
        agent = driver.get_server_info().agent
    except Exception as exc:  # noqa: BLE001 - any driver failure means unavailable here
        driver.close()
        raise GraphUnavailable(f"graph at {uri} did not answer: {type(exc).__name__}") from exc
    graph = Graph(driver=driver, database=database, uri=uri,
                  engine=_engine_of(agent), version=_version_of(agent))
    if schema:
        graph.ensure_schema()
    return graph
