"""A canonical dump of the whole graph, to compare two graphs for equality."""

from __future__ import annotations

import json
from collections import Counter

from app.graph import queries
from app.graph.db import Graph


def canonical_dump(graph: Graph) -> tuple[Counter[str], Counter[str]]:
    """Every node (labels, properties: id included) and relationship (type, properties and
    both ends), as multisets of JSON strings."""
    nodes = Counter(
        json.dumps([sorted(r["labels"]), r["properties"]], sort_keys=True, default=str)
        for r in graph.read(queries.DUMP_NODES)
    )
    relationships = Counter(
        json.dumps({**r, "source_labels": sorted(r["source_labels"]),
                    "target_labels": sorted(r["target_labels"])}, sort_keys=True, default=str)
        for r in graph.read(queries.DUMP_RELATIONSHIPS)
    )
    return nodes, relationships


def difference(a: tuple[Counter[str], Counter[str]], b: tuple[Counter[str], Counter[str]]) -> str:
    lines = []
    for name, x, y in (("nodes", a[0], b[0]), ("relationships", a[1], b[1])):
        lines += [f"{name} only in the first: {k}" for k in list((x - y).elements())[:5]]
        lines += [f"{name} only in the second: {k}" for k in list((y - x).elements())[:5]]
    return "\n".join(lines)
