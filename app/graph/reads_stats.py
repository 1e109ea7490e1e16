"""How big the graph is, and when it was last fed."""

from __future__ import annotations

from app import models
from app.graph import queries
from app.graph.db import Graph
from app.graph.ingest_runs import last_ingest_run


def stats(graph: Graph) -> models.Stats:
    labels = {r["label"]: r["count"] for r in graph.read(queries.COUNT_ENTITIES_BY_LABEL)}
    types = {r["type"]: r["count"] for r in graph.read(queries.COUNT_BY_TYPE)}
    return models.Stats(
        nodes=sum(labels.values()), relationships=sum(types.values()), labels=labels,
        relationship_types=types, last_ingest=last_ingest_run(graph),
    )
