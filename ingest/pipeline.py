"""The ingest job: load → NLP and extraction → graph writes, in batches, with a summary."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TypeVar

from app.graph.db import Graph
from ingest.facts import Article, ArticleFacts
from ingest.loader import LoadError, load
from ingest.writer import WriteCounts, write_facts

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Failure:
    source: str
    reason: str


@dataclass
class IngestSummary:
    read: int = 0
    written: int = 0
    failed: list[Failure] = field(default_factory=list)
    interactions: int = 0
    memberships: int = 0
    roles: int = 0
    counts: WriteCounts = field(default_factory=WriteCounts)
    nodes_before: int = 0
    relationships_before: int = 0
    nodes_after: int = 0
    relationships_after: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _extract(articles: Sequence[Article], summary: IngestSummary, n_process: int) -> list[ArticleFacts]:
    from ingest.extract import extract_article, extract_many

    try:
        return list(extract_many(articles, n_process=n_process))
    except Exception:  # noqa: BLE001 - find the article at fault, keep the others
        log.debug("batch extraction failed; retrying article by article", exc_info=True)
    facts = []
    for article in articles:
        try:
            facts.append(extract_article(article))
        except Exception as exc:  # noqa: BLE001
            summary.failed.append(Failure(article.source or article.id, f"extraction: {exc}"))
    return facts


def _write(graph: Graph, facts: list[ArticleFacts], summary: IngestSummary) -> None:
    try:
        summary.counts.add_counts(write_facts(graph, facts))
        summary.written += len(facts)
        return
    except Exception:  # noqa: BLE001 - isolate the article at fault, keep the others
        if len(facts) == 1:
            raise
        log.debug("batch write failed; retrying article by article", exc_info=True)
    for f in facts:
        try:
            summary.counts.add_counts(write_facts(graph, [f]))
            summary.written += 1
        except Exception as exc:  # noqa: BLE001
            summary.failed.append(Failure(f.article.source or f.article.id, f"write: {exc}"))


def ingest_paths(
    graph: Graph,
    paths: Iterable[str | Path],
    *,
    batch_size: int = 64,
    workers: int = 1,
    on_progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    summary = IngestSummary()
    summary.nodes_before, summary.relationships_before = graph.counts()

    def articles() -> Iterator[Article]:
        for item in load(paths):
            summary.read += 1
            if isinstance(item, LoadError):
                summary.failed.append(Failure(item.source, item.reason))
                if on_progress:
                    on_progress(1)
            else:
                yield item

    for chunk in chunked(articles(), batch_size):
        facts = _extract(chunk, summary, workers)
        for f in facts:
            summary.interactions += len(f.interactions)
            summary.memberships += len(f.memberships)
            summary.roles += len(f.roles)
        try:
            _write(graph, facts, summary)
        except Exception as exc:  # noqa: BLE001
            summary.failed.extend(Failure(f.article.source or f.article.id, f"write: {exc}") for f in facts)
        if on_progress:
            on_progress(len(chunk))
    summary.nodes_after, summary.relationships_after = graph.counts()
    return summary
