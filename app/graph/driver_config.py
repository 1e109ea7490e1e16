"""How the `neo4j` driver is set up: where the graph is (`Endpoint`), how long the driver
waits for it and retries transactions (`DriverOptions`), and what a server's agent says."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j import GraphDatabase

from app.config import Settings


@dataclass(frozen=True)
class Endpoint:
    uri: str
    auth: tuple[str, str] = field(repr=False)
    database: str


@dataclass(frozen=True)
class DriverOptions:
    """How long the driver waits for the graph, and retries managed transactions."""

    connection_timeout: float
    acquisition_timeout: float
    read_retry_time: float
    write_retry_time: float
    initial_retry_delay: float
    # One write transaction at a time from this process (see app.graph.db.Graph).
    serialize_writes: bool = False

    @classmethod
    def for_commands(cls, settings: Settings) -> DriverOptions:
        return cls(
            connection_timeout=settings.graph_connection_timeout,
            acquisition_timeout=2 * settings.graph_connection_timeout,
            read_retry_time=settings.graph_retry_time,
            write_retry_time=settings.graph_retry_time,
            initial_retry_delay=1.0,
        )

    @classmethod
    def for_api(cls, settings: Settings) -> DriverOptions:
        # Short waits: a request that cannot get the graph is answered 503 within about a
        # second rather than held while the driver retries for half a minute.
        return cls(
            connection_timeout=settings.api_graph_timeout / 2,
            acquisition_timeout=settings.api_graph_timeout,
            read_retry_time=settings.api_read_retry_time,
            write_retry_time=settings.api_write_retry_time,
            initial_retry_delay=0.05,
            serialize_writes=True,
        )

    def retry(self, *, write: bool) -> dict[str, float]:
        """Session settings for managed transactions."""
        return {
            "max_transaction_retry_time": self.write_retry_time if write else self.read_retry_time,
            "initial_retry_delay": self.initial_retry_delay,
        }


def new_driver(endpoint: Endpoint, options: DriverOptions | None) -> neo4j.Driver:
    config: dict[str, Any] = {}
    if options is not None:
        config = {
            "connection_timeout": options.connection_timeout,
            "connection_acquisition_timeout": options.acquisition_timeout,
            **options.retry(write=False),
        }
    return GraphDatabase.driver(endpoint.uri, auth=endpoint.auth, **config)


def safe_uri(uri: str) -> str:
    """The URI without any user information, for messages and logs."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "(unparsable URI)"
    if parts.username is None and parts.password is None:
        return uri
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def engine_of(agent: str) -> str:
    return "arcadedb" if "arcadedb" in agent.lower() else "neo4j"


def version_of(agent: str) -> str:
    # "Neo4j/5.26.0 compatible (ArcadeDB 26.10.2)" or "Neo4j/5.26.0"
    if "(" in agent:
        return agent[agent.index("(") + 1 : agent.rindex(")")]
    return agent
