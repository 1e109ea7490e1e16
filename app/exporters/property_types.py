"""One type per property key, as GraphML keys and CSV headers need it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

Kind = Literal["boolean", "long", "double", "string", "string[]"]


def kind_of(value: Any) -> Kind | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "string[]"
    return "string"


def merge(a: Kind | None, b: Kind | None) -> Kind | None:
    if a is None or a == b:
        return b if a is None else a
    if b is None:
        return a
    if {a, b} == {"long", "double"}:
        return "double"
    return "string"


def property_kinds(rows: Iterable[Mapping[str, Any]]) -> dict[str, Kind]:
    """Every key seen, in first-seen order, with a type that holds all its values."""
    kinds: dict[str, Kind | None] = {}
    for props in rows:
        for key, value in props.items():
            kinds[key] = merge(kinds.get(key), kind_of(value))
    return {key: kind or "string" for key, kind in kinds.items()}
