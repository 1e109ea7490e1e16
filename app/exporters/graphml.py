"""GraphML for Gephi and yEd: node attribute `label` holds the display name (what both
show), `labels` the node label as Neo4j's GraphML export writes it (":Person")."""

from __future__ import annotations

import json
import re
from typing import Any, TextIO
from xml.sax.saxutils import escape, quoteattr

from app.exporters.dump import GraphDump
from app.exporters.property_types import Kind, property_kinds
from app.graph.elements import display_name

_GRAPHML_TYPE = {"boolean": "boolean", "long": "long", "double": "double", "string": "string",
                 "string[]": "string"}
# Characters XML 1.0 cannot carry at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: Any, kind: Kind) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    return escape(_NOT_XML.sub("", str(value)))


def write(dump: GraphDump, fh: TextIO) -> None:
    node_props = [
        {"label": display_name(n.label, n.id, n.properties), "labels": f":{n.label}",
         **n.properties}
        for n in dump.nodes
    ]
    edge_props = [{"label": r.type, **r.properties} for r in dump.relationships]
    node_kinds = property_kinds(node_props)
    edge_kinds = property_kinds(edge_props)
    keys = {("node", k): f"n{i}" for i, k in enumerate(node_kinds)}
    keys |= {("edge", k): f"e{i}" for i, k in enumerate(edge_kinds)}

    fh.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    fh.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
             'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for domain, kinds in (("node", node_kinds), ("edge", edge_kinds)):
        fh.writelines(
            f'  <key id="{keys[domain, name]}" for="{domain}" '
            f'attr.name={quoteattr(name)} attr.type="{_GRAPHML_TYPE[kind]}"/>\n'
            for name, kind in kinds.items()
        )
    fh.write('  <graph id="diplograph" edgedefault="directed">\n')
    for node, props in zip(dump.nodes, node_props):
        fh.write(f"    <node id={quoteattr(node.key)}>")
        _data(fh, props, node_kinds, "node", keys)
        fh.write("</node>\n")
    for rel, props in zip(dump.relationships, edge_props):
        fh.write(f"    <edge id={quoteattr(rel.id)} source={quoteattr(rel.source_key)} "
                 f"target={quoteattr(rel.target_key)}>")
        _data(fh, props, edge_kinds, "edge", keys)
        fh.write("</edge>\n")
    fh.write("  </graph>\n</graphml>\n")


def _data(fh: TextIO, props: dict[str, Any], kinds: dict[str, Kind], domain: str,
          keys: dict[tuple[str, str], str]) -> None:
    for name, value in props.items():
        if value is not None:
            fh.write(f'<data key="{keys[domain, name]}">{_text(value, kinds[name])}</data>')
