"""Finding nodes of any kind, their neighbourhood for drawing, and paths between them."""

from __future__ import annotations

from datetime import date

from app import models
from app.graph import queries
from app.graph.db import Graph
from app.graph.elements import node_ref, relationship
from ingest.ids import fold, search_key

# Which node an id names when several labels share it and the caller named no label.
LABEL_PREFERENCE = ("Person", "Country", "Organization", "Event", "Place", "Meeting")
SEARCH_LABELS = LABEL_PREFERENCE[:5]
MAX_DEPTH = 3

Key = tuple[str, str]  # (label, id)


def resolve(graph: Graph, node_id: str, label: str | None = None) -> models.NodeRef | None:
    rows = [r for r in graph.read(queries.RESOLVE_ENTITY, id=node_id)
            if label is None or r["label"] == label]
    if not rows:
        return None
    row = min(rows, key=lambda r: LABEL_PREFERENCE.index(r["label"]))
    return node_ref(row["label"], row["id"], row)


def search(graph: Graph, text: str, *, limit: int) -> list[models.NodeRef]:
    # Stored `search` terms are search keys (folded, one spelling of "-isation"); ids are slugs.
    q = search_key(text)
    if not q:
        return []
    rows = graph.read(queries.SEARCH_ENTITIES, q=q, slug=fold(text).replace(" ", "-"),
                      lower=text.strip().lower(), limit=limit)

    def closeness(term: str) -> int:
        return 0 if term == q else 1 if term.startswith(q) else 2 if f" {q}" in f" {term}" else 3

    def rank(row: dict) -> tuple:
        # `terms` holds the folded name, aliases and acronym ("... | sco") where there are any.
        terms = (row["terms"] or "").split(" | ") + [search_key(row["name"] or "")]
        best = min(closeness(term) for term in terms)
        return best, SEARCH_LABELS.index(row["label"]), row["name"] or "", row["id"]

    return [
        models.NodeRef(id=r["id"], label=r["label"], name=r["name"] or r["id"])
        for r in sorted(rows, key=rank)[:limit]
    ]


def neighbourhood(
    graph: Graph,
    center: models.NodeRef,
    *,
    depth: int,
    max_nodes: int,
    since: date | None = None,
    until: date | None = None,
) -> models.GraphView:
    """Breadth first, one query per hop, so a hub cannot blow up a variable-length match."""
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth must be 1..{MAX_DEPTH}")
    row_cap = max(1000, 10 * max_nodes)
    nodes: dict[Key, models.NodeRef] = {(center.label, center.id): center}
    rels: dict[str, models.GraphRelationship] = {}
    frontier: list[Key] = [(center.label, center.id)]
    truncated = False
    for _ in range(depth):
        if not frontier:
            break
        rows = []
        for label in sorted({lb for lb, _ in frontier} & queries.NEIGHBOURS_BY_LABEL.keys()):
            found = graph.read(
                queries.NEIGHBOURS_BY_LABEL[label],
                ids=[i for lb, i in frontier if lb == label],
                since=since.isoformat() if since else None,
                until=until.isoformat() if until else None, limit=row_cap,
            )
            truncated = truncated or len(found) >= row_cap
            rows += [{**r, "from_label": label} for r in found]
        frontier = []
        for r in rows:
            if r["id"] is None:
                continue
            here: Key = (r["from_label"], r["from_id"])
            there: Key = (r["label"], r["id"])
            if there not in nodes:
                if len(nodes) >= max_nodes:
                    truncated = True
                    continue
                nodes[there] = node_ref(r["label"], r["id"], r)
                frontier.append(there)
            start, end = (here, there) if r["outgoing"] else (there, here)
            rel = relationship(r["type"], *start, *end, r["properties"] or {})
            rels[rel.id] = rel
    return models.GraphView(
        nodes=list(nodes.values()),
        relationships=sorted(rels.values(), key=lambda x: (x.type, x.source, x.target, x.id)),
        truncated=truncated,
    )


def shortest_paths(
    graph: Graph, source: models.NodeRef, target: models.NodeRef, *, max_hops: int, limit: int
) -> list[models.GraphPath]:
    statement = queries.SHORTEST_PATHS_BY_HOPS.get(max_hops)
    if statement is None:
        raise ValueError(f"max_hops must be 1..{queries.MAX_PATH_HOPS}")
    rows = graph.read(statement, **{"from": source.id, "from_label": source.label,
                                    "to": target.id, "to_label": target.label}, limit=limit)
    paths = []
    for row in rows:
        path_nodes = [node_ref(n["label"], n["id"], n) for n in row["nodes"]]
        path_rels = [
            relationship(r["type"], r["source_label"], r["source"], r["target_label"],
                         r["target"], r["properties"] or {})
            for r in row["relationships"]
        ]
        paths.append(models.GraphPath(length=len(path_rels), nodes=path_nodes,
                                      relationships=path_rels))
    return sorted(paths, key=lambda p: [n.id for n in p.nodes])
