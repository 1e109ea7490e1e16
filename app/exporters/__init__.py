"""The whole graph as files other tools read: GraphML (Gephi, yEd), CSV for
`neo4j-admin database import`, and JSON lines."""

from __future__ import annotations

import sys
from pathlib import Path

from app.exporters import graphml, jsonl, neo4j_csv
from app.exporters.dump import read_graph
from app.graph.db import Graph

FORMATS = ("graphml", "csv", "jsonl")


def export(graph: Graph, fmt: str, out: Path | None) -> list[Path]:
    """Write the graph in `fmt` to `out` (a file, or a folder for csv; None: standard output
    for graphml and jsonl). Returns the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    dump = read_graph(graph)
    if fmt == "csv":
        if out is None:
            raise ValueError("csv export writes several files: give a folder with --out")
        return neo4j_csv.write(dump, out)
    writer = graphml.write if fmt == "graphml" else jsonl.write
    if out is None:
        writer(dump, sys.stdout)
        return []
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        writer(dump, fh)
    return [out]
