"""The record of the last ingest run, kept in the graph as one (:IngestRun) node."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from app import models
from app.graph import queries
from app.graph.db import Graph
from ingest.writer import WriteCounts


def record_ingest_run(
    graph: Graph,
    *,
    source: Literal["cli", "api"],
    articles_read: int,
    articles_written: int,
    articles_failed: int,
    counts: WriteCounts,
) -> None:
    """Call after every ingest (`diplograph ingest`, POST /articles)."""
    graph.write(
        queries.RECORD_INGEST_RUN,
        finished=datetime.now(UTC).isoformat(timespec="seconds"),
        source=source, articles_read=articles_read, articles_written=articles_written,
        articles_failed=articles_failed, nodes_created=counts.nodes_created,
        relationships_created=counts.relationships_created,
    )


def last_ingest_run(graph: Graph) -> models.IngestRun | None:
    rows = graph.read(queries.LAST_INGEST_RUN)
    return models.IngestRun(**rows[0]) if rows else None
