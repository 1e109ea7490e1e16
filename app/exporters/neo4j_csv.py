"""CSV files in the header format of `neo4j-admin database import`.

One node file per label with an id space of that label (`id:ID(Person)`), because ids are
unique only within a label; one relationship file per type and pair of end labels
(`:START_ID(Person)`, `:END_ID(Meeting)`). Arrays use `;`, the tool's default delimiter.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from app.exporters.dump import GraphDump, NodeRow, RelationshipRow
from app.exporters.property_types import Kind, property_kinds

ARRAY_DELIMITER = ";"
_HEADER_SUFFIX = {"boolean": ":boolean", "long": ":long", "double": ":double", "string": "",
                  "string[]": ":string[]"}


def _cell(value: Any, kind: Kind) -> str:
    if value is None:
        return ""
    if kind == "string[]":
        return ARRAY_DELIMITER.join(value)
    if kind == "boolean":
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _write_file(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


def write(dump: GraphDump, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    by_label: dict[str, list[NodeRow]] = defaultdict(list)
    for n in dump.nodes:
        by_label[n.label].append(n)
    for label, nodes in sorted(by_label.items()):
        kinds = {k: v for k, v in property_kinds(n.properties for n in nodes).items() if k != "id"}
        header = [f"id:ID({label})", ":LABEL"] + [
            f"{k}{_HEADER_SUFFIX[v]}" for k, v in kinds.items()
        ]
        rows = [[n.id, label] + [_cell(n.properties.get(k), v) for k, v in kinds.items()]
                for n in nodes]
        path = folder / f"nodes_{label}.csv"
        _write_file(path, header, rows)
        written.append(path)

    by_shape: dict[tuple[str, str, str], list[RelationshipRow]] = defaultdict(list)
    for r in dump.relationships:
        by_shape[r.type, r.source_label, r.target_label].append(r)
    for (rel_type, start, end), rels in sorted(by_shape.items()):
        kinds = property_kinds(r.properties for r in rels)
        header = [f":START_ID({start})", f":END_ID({end})", ":TYPE"] + [
            f"{k}{_HEADER_SUFFIX[v]}" for k, v in kinds.items()
        ]
        rows = [[r.source, r.target, rel_type] + [_cell(r.properties.get(k), v)
                                                  for k, v in kinds.items()] for r in rels]
        path = folder / f"relationships_{rel_type}_{start}_{end}.csv"
        _write_file(path, header, rows)
        written.append(path)
    return written


def import_command(files: list[Path], database: str = "neo4j") -> str:
    """The neo4j-admin command that loads these files into an empty database."""
    args = []
    for path in files:
        kind = "nodes" if path.name.startswith("nodes_") else "relationships"
        args.append(f"--{kind}={path}")
    return ("neo4j-admin database import full --multiline-fields=true "
            "--ignore-empty-strings=true " + " ".join(args) + f" {database}")
