"""Nodes and relationships as plain JSON for drawing: stable ids and display names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app import models
from ingest.ids import digest

# The property that tells two relationships of one type between the same nodes apart.
_IDENTIFYING_PROPERTY = {"MET": "meeting", "HOLDS_ROLE": "title", "REPORTS": "key"}


def display_name(label: str, node_id: str, props: Mapping[str, Any]) -> str:
    if label == "Meeting":
        where = props.get("place") or props.get("event")
        return f"Meeting {props.get('date') or 'undated'}" + (f" in {where}" if where else "")
    return props.get("name") or props.get("title") or node_id


def node_ref(label: str, node_id: str, props: Mapping[str, Any]) -> models.NodeRef:
    return models.NodeRef(id=node_id, label=label, name=display_name(label, node_id, props))


def relationship_id(
    rel_type: str,
    source_label: str,
    source: str,
    target_label: str,
    target: str,
    props: Mapping[str, Any],
) -> str:
    key = props.get(_IDENTIFYING_PROPERTY.get(rel_type, ""), "")
    return "r-" + digest(rel_type, source_label, source, target_label, target, key)


def relationship(
    rel_type: str,
    source_label: str,
    source: str,
    target_label: str,
    target: str,
    props: Mapping[str, Any],
) -> models.GraphRelationship:
    return models.GraphRelationship(
        id=relationship_id(rel_type, source_label, source, target_label, target, props),
        type=rel_type, source=source, target=target, properties=dict(props),
    )
