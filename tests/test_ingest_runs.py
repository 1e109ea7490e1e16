"""The last ingest run is one node, however many ingests record themselves at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from app.graph import queries
from app.graph.db import Graph
from app.graph.ingest_runs import last_ingest_run, record_ingest_run
from ingest.writer import WriteCounts

COUNT_RUNS = "MATCH (r:IngestRun) RETURN count(r) AS n"


def test_concurrent_ingests_leave_one_run_record(empty_graph: Graph) -> None:
    empty_graph.write("MATCH (r:IngestRun) DETACH DELETE r")

    def record(i: int) -> None:
        record_ingest_run(empty_graph, source="api", articles_read=i, articles_written=i,
                          articles_failed=0, counts=WriteCounts())

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(record, range(40)))
    assert empty_graph.read(COUNT_RUNS)[0]["n"] == 1
    run = last_ingest_run(empty_graph)
    assert run is not None and run.source == "api" and 0 <= run.articles_read < 40
    assert queries.CONSTRAINT_INGEST_RUN in queries.SCHEMA
