"""A canonical dump of the graph, to tell whether two graphs are the same.

Every node is its sorted labels and all its properties (the id among them); every
relationship its type, all its properties and both ends (labels and id). Each becomes one
JSON line with sorted keys; the lines are sorted, duplicates kept. Two graphs are equal when
their dumps are; element ids and the order of creation play no part. The bookkeeping node of
the last ingest run (IngestRun) is left out: it records when, not what.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

import neo4j

from app.graph import queries
from app.graph.db import Graph
from app.graph.json_values import to_json

BOOKKEEPING_LABELS = frozenset({"IngestRun"})


@dataclass(frozen=True)
class GraphDump:
    nodes: tuple[str, ...]
    relationships: tuple[str, ...]

    def summary(self) -> dict[str, dict[str, int]]:
        """Nodes per label set and relationships per type."""
        labels = Counter(",".join(json.loads(n)["labels"]) for n in self.nodes)
        types = Counter(json.loads(r)["type"] for r in self.relationships)
        return {"nodes": dict(sorted(labels.items())), "relationships": dict(sorted(types.items()))}

    def difference(self, other: GraphDump, *, limit: int = 5) -> str:
        """A few lines only in one dump or the other; empty if the dumps are equal."""
        lines = []
        for name, mine, theirs in (("node", self.nodes, other.nodes),
                                   ("relationship", self.relationships, other.relationships)):
            a, b = Counter(mine), Counter(theirs)
            lines += [f"{name} only in the first: {x}" for x in list((a - b).elements())[:limit]]
            lines += [f"{name} only in the second: {x}" for x in list((b - a).elements())[:limit]]
        return "\n".join(lines)


def _line(value: dict[str, Any]) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical_dump(graph: Graph) -> GraphDump:
    """The whole graph, read in one transaction."""

    def work(tx: neo4j.ManagedTransaction) -> GraphDump:
        nodes = sorted(
            _line({"labels": sorted(r["labels"]), "properties": to_json(r["properties"])})
            for r in tx.run(queries.DUMP_NODES)
            if not BOOKKEEPING_LABELS & set(r["labels"])
        )
        relationships = sorted(
            _line({
                "type": r["type"], "properties": to_json(r["properties"]),
                "source": [sorted(r["source_labels"]), r["source"]],
                "target": [sorted(r["target_labels"]), r["target"]],
            })
            for r in tx.run(queries.DUMP_RELATIONSHIPS)
        )
        return GraphDump(tuple(nodes), tuple(relationships))

    with graph.session() as session:
        return session.execute_read(work)
