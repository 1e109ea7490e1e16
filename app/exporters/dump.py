"""All nodes and relationships of the graph, read once for an export."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import neo4j

from app.graph import queries
from app.graph.db import Graph
from app.graph.elements import relationship_id
from app.graph.json_values import to_json


@dataclass(frozen=True)
class NodeRow:
    label: str
    id: str
    properties: dict[str, Any]

    @property
    def key(self) -> str:
        """Unique across labels (ids are unique only within one)."""
        return f"{self.label}:{self.id}"


@dataclass(frozen=True)
class RelationshipRow:
    type: str
    source_label: str
    source: str
    target_label: str
    target: str
    properties: dict[str, Any]

    @property
    def id(self) -> str:
        return relationship_id(self.type, self.source_label, self.source, self.target_label,
                               self.target, self.properties)

    @property
    def source_key(self) -> str:
        return f"{self.source_label}:{self.source}"

    @property
    def target_key(self) -> str:
        return f"{self.target_label}:{self.target}"


@dataclass(frozen=True)
class GraphDump:
    nodes: list[NodeRow]
    relationships: list[RelationshipRow]


def read_graph(graph: Graph) -> GraphDump:
    """One read transaction, so nodes and relationships agree with each other."""
    def work(tx: neo4j.ManagedTransaction) -> GraphDump:
        nodes = [
            NodeRow(r["label"], r["id"], to_json(r["properties"]))
            for r in tx.run(queries.EXPORT_NODES)
            if r["id"] is not None
        ]
        rels = [
            RelationshipRow(r["type"], r["source_label"], r["source"], r["target_label"],
                            r["target"], to_json(r["properties"]))
            for r in tx.run(queries.EXPORT_RELATIONSHIPS)
            if r["source"] is not None and r["target"] is not None
        ]
        return GraphDump(nodes, rels)

    with graph.session() as session:
        return session.execute_read(work)
