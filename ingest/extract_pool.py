"""Extraction on several processes: batches of articles in, their facts out, in input order.

Each worker process loads the spaCy pipeline once and runs ``nlp.pipe`` and the fact
extraction on whole batches, so only articles and facts (not Docs) cross between processes.
At most ``2 × workers`` batches are in flight, so memory does not grow with the corpus.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from ingest.extract_batches import ExtractedBatch, Failure, extract_batch
from ingest.facts import Article

log = logging.getLogger(__name__)

# When a worker dies, the batch waited for is tried once more (the culprit may have been
# another batch in flight); the others are resubmitted as they were.
_ATTEMPTS = 2


def _load_pipeline() -> None:
    from ingest.extract import load_nlp

    load_nlp()


@dataclass
class _Task:
    batch: list[Article]
    future: Future[ExtractedBatch]
    attempts: int = 1


class _Pool:
    def __init__(self, workers: int):
        self.workers = workers
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # Spawned, not forked: the parent holds the graph driver's sockets and a writer thread.
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_load_pipeline,
        )

    def submit(self, batch: list[Article], attempts: int = 1) -> _Task:
        return _Task(batch, self.executor.submit(extract_batch, batch), attempts)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def extract_in_processes(batches: Iterable[list[Article]], workers: int) -> Iterator[ExtractedBatch]:
    """Yield each batch's extraction, in order; a batch that kills its worker twice fails."""
    pool = _Pool(workers)
    in_flight: deque[_Task] = deque()
    try:
        for batch in batches:
            in_flight.append(pool.submit(batch))
            while len(in_flight) >= 2 * workers:
                yield from _next(in_flight, pool)
        while in_flight:
            yield from _next(in_flight, pool)
    finally:
        pool.close()


def _next(in_flight: deque[_Task], pool: _Pool) -> Iterator[ExtractedBatch]:
    try:
        result = in_flight[0].future.result()
    except BrokenProcessPool as error:
        log.warning("an extraction process died; starting new ones")
        pool.restart()
        head, *rest = in_flight
        in_flight.clear()
        if head.attempts < _ATTEMPTS:
            in_flight.append(pool.submit(head.batch, head.attempts + 1))
        else:
            reason = f"extraction: the worker process died ({type(error).__name__})"
            yield ExtractedBatch(failed=[Failure(a.source or a.id, reason) for a in head.batch])
        in_flight.extend(pool.submit(task.batch, task.attempts) for task in rest)
        return
    in_flight.popleft()
    yield result
