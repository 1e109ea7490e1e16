"""Write extracted facts to the graph: one managed transaction per batch of articles.

Each statement is an `UNWIND $rows` batch from `app.graph.queries`. Every id is derived
from the facts, so writing the same article again changes nothing.

Reports of the same meeting become one Meeting with several sources; each report keeps what
its own article said on its REPORTS relationship. Which reports are one meeting, the
meeting's id and its properties are recomputed from all reports of its participants
(`ingest.meeting_merge`), so the graph does not depend on the order or the batches the
articles are written in, nor on how many writers share the work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import neo4j

from app.graph import queries
from app.graph.db import Graph
from app.graph.db import rows as result_rows
from ingest.article_versions import refuse_changed_texts
from ingest.facts import ArticleFacts
from ingest.meeting_merge import Meeting, Report, event_base, is_dated_event, merge_reports
from ingest.write_rows import batch_rows, meeting_reports, merged_person, people_rows

_MEETING_FIELDS = ("participants_key", "mode", "date", "place_id", "place", "event_id", "event",
                   "status", "status_as_of", "confidence")


@dataclass
class WriteCounts:
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0

    def add(self, counters: Any) -> None:
        self.nodes_created += counters.nodes_created
        self.relationships_created += counters.relationships_created
        self.properties_set += counters.properties_set

    def add_counts(self, other: WriteCounts) -> None:
        self.add(other)


def _stored_report(row: dict[str, Any]) -> Report:
    return Report(
        key=row["key"], article_id=row["article_id"], participants_key=row["participants_key"],
        mode=row["mode"], status=row["status"], as_of=row["published"] or "",
        confidence=row["confidence"], sentence=row["sentence"], start=row["start"],
        end=row["end"], date=row["date"], place_id=row["place_id"], place=row["place"],
        event_id=row["event_id"], event=row["event"],
    )


def _changed(stored: dict[str, Any] | None, meeting: Meeting) -> bool:
    if stored is None:
        return True
    row = meeting.row()
    return any(stored[k] != row[k] for k in _MEETING_FIELDS)


class _Run:
    """The statements of one batch, with their counters added up."""

    def __init__(self, tx: neo4j.ManagedTransaction):
        self.tx = tx
        self.counts = WriteCounts()

    def write(self, query: str, rows: list[dict[str, Any]] | list[str], name: str = "rows") -> None:
        if rows:
            self.counts.add(self.tx.run(query, {name: rows}).consume().counters)

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        return result_rows(self.tx.run(query, params))


def _write_people(run: _Run, facts: Sequence[ArticleFacts]) -> None:
    new = people_rows(facts)
    ids = list(new)  # sorted, so that two writers lock shared people in the same order
    run.write(queries.LOCK_PEOPLE, ids, "ids")
    stored = {r["id"]: r for r in run.read(queries.GET_PEOPLE, ids=ids)} if ids else {}
    rows = []
    for pid, row in new.items():
        merged = merged_person(stored.get(pid), row)
        old = stored.get(pid) or {}
        if any(old.get(k) != merged[k] for k in ("name", "aliases", "wikidata")):
            rows.append(merged)
    run.write(queries.MERGE_PEOPLE, rows)


def _write_meetings(run: _Run, reports: list[Report], events: list[dict[str, Any]]) -> None:
    """Regroup every report of the participant sets these reports name; write what changed."""
    keys = sorted({r.participants_key for r in reports})
    stored_meetings = {r["id"]: r for r in run.read(queries.FIND_MEETING_CANDIDATES, keys=keys)} \
        if keys else {}
    stored_rows = run.read(queries.FIND_MEETING_REPORTS, keys=keys) if keys else []
    was_on = {row["key"]: row["meeting_id"] for row in stored_rows}
    meetings = merge_reports([*map(_stored_report, stored_rows), *reports])
    new_keys = {r.key for r in reports}

    # Year-less events with a dated twin are kept only while a meeting is during them.
    during = {m.event_id for m in meetings if m.event_id}
    yearless = sorted({e["id"] for e in events if not is_dated_event(e["id"])} - during)
    superseded = {
        r["id"] for r in run.read(
            queries.FIND_SUPERSEDED_EVENTS, ids=yearless, keys=keys,
            twins=sorted({event_base(e["id"]) for e in events if is_dated_event(e["id"])}),
        )
    } if yearless else set()
    run.write(queries.MERGE_EVENTS, [e for e in events if e["id"] not in superseded])

    gone = sorted(set(stored_meetings) - {m.id for m in meetings})
    run.write(queries.DELETE_MEETINGS_MET, gone, "ids")
    run.write(queries.DELETE_MEETINGS, gone, "ids")
    changed = [m for m in meetings if _changed(stored_meetings.get(m.id), m)]
    run.write(queries.MERGE_MEETINGS, [m.row() for m in changed])
    links = [{"meeting_id": m.id, "place_id": m.place_id, "event_id": m.event_id} for m in changed]
    run.write(queries.UNLINK_MEETINGS_STALE, links)
    run.write(queries.MERGE_MEETING_LINKS, links)
    run.write(queries.MERGE_ATTENDANCE, [
        {"meeting_id": m.id, "person_id": p} for m in changed for p in m.participants
    ])
    run.write(queries.MERGE_MET, [
        {"meeting_id": m.id, "a": a, "b": b, "date": m.date, "place": m.place,
         "event": m.event, "mode": m.mode, "status": m.status}
        for m in changed for a, b in combinations(m.participants, 2)
    ])
    moved = [
        r.row(m.id) for m in meetings for r in m.reports
        if r.key in new_keys or was_on.get(r.key) != m.id
    ]
    run.write(queries.UNLINK_MOVED_REPORTS, moved)
    run.write(queries.MERGE_MEETING_REPORTS, moved)

    touched_events = {e["id"] for e in events} | {r.event_id for r in reports if r.event_id}
    touched_events |= {m["event_id"] for m in stored_meetings.values() if m["event_id"]}
    run.write(queries.DELETE_UNUSED_EVENTS, sorted({event_base(e) for e in touched_events}), "ids")


def _write_batch(tx: neo4j.ManagedTransaction, facts: Sequence[ArticleFacts]) -> WriteCounts:
    run = _Run(tx)
    _write_people(run, facts)
    rows = batch_rows(facts)
    refuse_changed_texts(run.read, rows["articles"])
    run.write(queries.MERGE_ARTICLES, rows["articles"])
    run.write(queries.MERGE_COUNTRIES, rows["countries"])
    run.write(queries.MERGE_ORGANIZATIONS, rows["organizations"])
    run.write(queries.MERGE_PLACES, rows["places"])
    _write_meetings(run, meeting_reports(facts), rows["events"])
    run.write(queries.MERGE_MEMBERSHIPS, rows["memberships"])
    run.write(queries.MERGE_ROLES_COUNTRY, rows["roles_country"])
    run.write(queries.MERGE_ROLES_ORGANIZATION, rows["roles_org"])
    return run.counts


def write_facts(graph: Graph, facts: Sequence[ArticleFacts]) -> WriteCounts:
    """Write a batch of articles' facts in one transaction (all of them or none)."""
    if not facts:
        return WriteCounts()
    graph.ensure_schema()
    # Retried on conflicts with concurrent writers (app.graph.db.Graph.execute_write).
    return graph.execute_write(_write_batch, facts)
