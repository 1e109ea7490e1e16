"""After the load: the graph the concurrent clients built must be the graph of one sequential
ingest of the articles they posted, fact for fact (canonical dump), no fact lost or doubled."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from app.config import Settings
from app.graph import queries
from app.graph.db import connect
from app.graph.dump import GraphDump, canonical_dump


@dataclass
class GraphCheck:
    under_load: GraphDump
    sequential: GraphDump
    articles_in_graph: set[str]
    articles_posted: set[str]
    repeated_relationships: int  # relationship lines that occur more than once under load

    @property
    def ok(self) -> bool:
        return (self.under_load == self.sequential
                and self.articles_in_graph == self.articles_posted
                and self.repeated_relationships == 0)

    def problems(self) -> list[str]:
        found = []
        if self.articles_in_graph != self.articles_posted:
            lost = sorted(self.articles_posted - self.articles_in_graph)
            extra = sorted(self.articles_in_graph - self.articles_posted)
            found.append(f"articles posted with 200 but missing: {lost[:5]}; "
                         f"in the graph but never acknowledged: {extra[:5]}")
        if self.repeated_relationships:
            found.append(f"{self.repeated_relationships} relationships stored twice")
        if self.under_load != self.sequential:
            found.append("the graph differs from a sequential ingest:\n"
                         + self.under_load.difference(self.sequential))
        return found


def _article_ids(dump: GraphDump) -> set[str]:
    return {json.loads(line)["properties"]["id"] for line in dump.nodes
            if '"labels":["Article"]' in line}


def check_against_sequential(settings: Settings, base_url: str, api_key: str,
                             articles: Sequence[dict[str, Any]], posted: set[str]) -> GraphCheck:
    """Dump the graph, empty it, post the same articles again one at a time through the same
    API, dump again and compare."""
    graph = connect(settings)
    try:
        under_load = canonical_dump(graph)
        repeated = sum(n - 1 for n in Counter(under_load.relationships).values() if n > 1)
        graph.write(queries.DELETE_ALL)
        by_id = {a["id"]: a for a in articles}
        with httpx.Client(base_url=base_url, timeout=120,
                          headers={"X-API-Key": api_key}) as http:
            for article_id in sorted(posted):
                response = http.post("/articles", json=by_id[article_id])
                response.raise_for_status()
        sequential = canonical_dump(graph)
    finally:
        graph.close()
    return GraphCheck(under_load, sequential, _article_ids(under_load), set(posted), repeated)
