"""JSON lines in the shape of APOC's JSON export: one node or relationship per line."""

from __future__ import annotations

import json
from typing import TextIO

from app.exporters.dump import GraphDump


def write(dump: GraphDump, fh: TextIO) -> None:
    def line(item: dict) -> None:
        fh.write(json.dumps(item, ensure_ascii=False, sort_keys=False) + "\n")

    for n in dump.nodes:
        line({"type": "node", "id": n.key, "labels": [n.label], "properties": n.properties})
    for r in dump.relationships:
        line({
            "type": "relationship", "id": r.id, "label": r.type,
            "start": {"id": r.source_key, "labels": [r.source_label]},
            "end": {"id": r.target_key, "labels": [r.target_label]},
            "properties": r.properties,
        })
