"""Cypher from API users: proven read-only, run in a transaction that is always rolled back,
with a row limit and a timeout, and its values turned into plain JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import neo4j
import neo4j.exceptions

from app import models
from app.graph.cypher_guard import CypherRejected, check_read_only
from app.graph.db import Graph
from app.graph.json_values import to_json


class CypherFailed(Exception):
    """The engine refused or failed the statement; the message is the engine's."""


def run_read_only(
    graph: Graph,
    query: str,
    parameters: Mapping[str, Any],
    *,
    max_rows: int,
    timeout_s: float,
) -> models.CypherResult:
    """Raise CypherRejected for anything not provably read-only, CypherFailed on engine errors."""
    check_read_only(query)
    try:
        with graph.session(default_access_mode=neo4j.READ_ACCESS) as session:
            if graph.engine == "neo4j":
                # Neo4j's planner has the last word; the embedded engine reports "w" for
                # every statement, so there the parse tree above decides alone.
                plan = session.run("EXPLAIN " + query, dict(parameters)).consume()
                if plan.query_type != "r":
                    raise CypherRejected(
                        f"the engine plans this statement as {plan.query_type!r}, not as a read"
                    )
            return _run_and_roll_back(session, query, parameters, max_rows, timeout_s)
    except neo4j.exceptions.Neo4jError as exc:
        raise CypherFailed(exc.message or type(exc).__name__) from exc


def _run_and_roll_back(
    session: neo4j.Session,
    query: str,
    parameters: Mapping[str, Any],
    max_rows: int,
    timeout_s: float,
) -> models.CypherResult:
    tx = session.begin_transaction(timeout=timeout_s)
    try:
        result = tx.run(query, dict(parameters))
        columns = list(result.keys())
        rows: list[dict[str, Any]] = []
        truncated = False
        for record in result:
            if len(rows) == max_rows:
                truncated = True
                break
            rows.append({key: to_json(value) for key, value in record.items()})
        return models.CypherResult(columns=columns, rows=rows, truncated=truncated)
    finally:
        if not tx.closed():
            tx.rollback()
