"""The ingest job: load → NLP and extraction → graph writes, streamed, with a summary.

Articles stream from the files; extraction runs in this process (``workers=1``) or in a pool
of processes; a writer thread writes batches of facts while the next ones are extracted. The
queues between the steps are bounded, so memory does not grow with the corpus.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TypeVar

from app.graph.db import GRAPH_GONE, Graph
from ingest.extract_batches import ExtractedBatch, Failure, extract_batch
from ingest.facts import Article, ArticleFacts
from ingest.loader import LoadError, load
from ingest.shards import Shard
from ingest.writer import WriteCounts, write_facts

__all__ = ["Failure", "IngestSummary", "chunked", "ingest_paths"]

log = logging.getLogger(__name__)
T = TypeVar("T")

# Articles per extraction task: big enough for nlp.pipe to batch, small enough to keep every
# worker busy until the end.
EXTRACT_BATCH = 32
# Write batches waiting for the writer thread.
_WRITE_QUEUE = 2


@dataclass
class IngestSummary:
    read: int = 0
    written: int = 0
    failed: list[Failure] = field(default_factory=list)
    other_shards: int = 0  # articles read but left to the other shards
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


class _Writer(threading.Thread):
    """Writes batches of facts from a bounded queue, one transaction per batch; a batch that
    fails is written again article by article, so that only the article at fault fails."""

    _DONE = None

    def __init__(self, graph: Graph, summary: IngestSummary, lock: threading.Lock,
                 on_progress: Callable[[int], None] | None):
        super().__init__(name="graph-writer", daemon=True)
        self.graph, self.summary, self.lock, self.on_progress = graph, summary, lock, on_progress
        self.queue: queue.Queue[list[ArticleFacts] | None] = queue.Queue(maxsize=_WRITE_QUEUE)
        self.error: BaseException | None = None

    def put(self, facts: list[ArticleFacts]) -> None:
        while self.is_alive():
            try:
                self.queue.put(facts, timeout=0.5)
                return
            except queue.Full:
                continue
        raise RuntimeError("the graph writer stopped") from self.error

    def finish(self) -> None:
        if self.is_alive():
            self.queue.put(self._DONE)
        self.join()
        if self.error is not None:
            raise RuntimeError("the graph writer stopped") from self.error

    def run(self) -> None:
        try:
            while (facts := self.queue.get()) is not self._DONE:
                self._write(facts)
                if self.on_progress:
                    self.on_progress(len(facts))
        except BaseException as error:  # noqa: BLE001 - reported to the feeding thread
            self.error = error

    def _write(self, facts: list[ArticleFacts]) -> None:
        try:
            counts = write_facts(self.graph, facts)
            with self.lock:
                self.summary.counts.add_counts(counts)
                self.summary.written += len(facts)
            return
        except GRAPH_GONE:
            raise  # every other article would fail the same way: stop the run
        except Exception:
            log.debug("batch write failed; retrying article by article", exc_info=True)
        for f in facts:
            try:
                counts = write_facts(self.graph, [f])
            except GRAPH_GONE:
                raise
            except Exception as exc:  # noqa: BLE001
                with self.lock:
                    self.summary.failed.append(
                        Failure(f.article.source or f.article.id, f"write: {exc}"))
                continue
            with self.lock:
                self.summary.counts.add_counts(counts)
                self.summary.written += 1


def _extracted(batches: Iterable[list[Article]], workers: int) -> Iterator[ExtractedBatch]:
    if workers > 1:
        from ingest.extract_pool import extract_in_processes

        yield from extract_in_processes(batches, workers)
    else:
        yield from map(extract_batch, batches)


def ingest_paths(
    graph: Graph,
    paths: Iterable[str | Path],
    *,
    batch_size: int = 64,
    workers: int = 1,
    shard: Shard | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Ingest the articles of these files (those of `shard` only, if given).

    `batch_size` articles go in one write transaction; `workers` processes extract facts
    (1: this process).
    """
    summary = IngestSummary()
    lock = threading.Lock()
    summary.nodes_before, summary.relationships_before = graph.counts()

    def fail(failures: Iterable[Failure]) -> None:
        failures = list(failures)
        if failures:
            with lock:
                summary.failed.extend(failures)
            if on_progress:
                on_progress(len(failures))

    def articles() -> Iterator[Article]:
        for item in load(paths):
            key = item.source if isinstance(item, LoadError) else item.id
            if shard is not None and not shard.holds(key):
                summary.other_shards += 1
                continue
            summary.read += 1
            if isinstance(item, LoadError):
                fail([Failure(item.source, item.reason)])
            else:
                yield item

    writer = _Writer(graph, summary, lock, on_progress)
    writer.start()
    pending: list[ArticleFacts] = []
    try:
        for batch in _extracted(chunked(articles(), EXTRACT_BATCH), workers):
            fail(batch.failed)
            for f in batch.facts:
                summary.interactions += len(f.interactions)
                summary.memberships += len(f.memberships)
                summary.roles += len(f.roles)
            pending.extend(batch.facts)
            while len(pending) >= batch_size:
                writer.put(pending[:batch_size])
                del pending[:batch_size]
        if pending:
            writer.put(pending)
    finally:
        writer.finish()
    summary.nodes_after, summary.relationships_after = graph.counts()
    return summary
