"""Write extracted facts to the graph: one managed transaction per batch of articles.

Each statement is an `UNWIND $rows` batch from `app.graph.queries`. Every id is derived
from the facts, so writing the same article again changes nothing.

Reports of the same meeting (same people, same mode, no conflicting date, place or event,
and at least one of them in common) become one Meeting with several sources; each report
keeps what its own article said on its REPORTS relationship.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import neo4j

from app.graph import queries
from app.graph.db import Graph
from ingest.facts import ArticleFacts, Interaction
from ingest.ids import digest, search_key

_YEAR_SUFFIX = re.compile(r"-(\d{4})$")
_STATUS_RANK = {"planned": 0, "held": 1, "cancelled": 2}


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


@dataclass
class _Meeting:
    id: str
    participants_key: str
    mode: str
    date: str | None = None
    place_id: str | None = None
    place: str | None = None
    event_id: str | None = None
    event: str | None = None
    status: str = "planned"
    status_as_of: str = ""
    confidence: float = 0.0
    participants: list[str] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id, "participants_key": self.participants_key, "mode": self.mode,
            "status": self.status, "status_as_of": self.status_as_of, "date": self.date,
            "date_precision": _precision(self.date), "place_id": self.place_id,
            "place": self.place, "event_id": self.event_id, "event": self.event,
            "confidence": self.confidence,
        }


def _precision(value: str | None) -> str | None:
    if not value:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


def _dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _event_base(event_id: str) -> str:
    return _YEAR_SUFFIX.sub("", event_id)


def _events_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    # "sco-summit" (year unknown to its article) is the same event as "sco-summit-2022".
    return (_YEAR_SUFFIX.search(a) is None or _YEAR_SUFFIX.search(b) is None) and (
        _event_base(a) == _event_base(b)
    )


def same_meeting(m: _Meeting, date: str | None, place_id: str | None, event_id: str | None) -> bool:
    if not (_dates_agree(m.date, date) and _events_agree(m.event_id, event_id)):
        return False
    if m.place_id and place_id and m.place_id != place_id:
        return False
    shared = (
        (m.date is not None and date is not None)
        or (m.place_id is not None and m.place_id == place_id)
        or (m.event_id is not None and event_id is not None)
    )
    return shared


def _more_specific(current: str | None, new: str | None) -> str | None:
    if current is None:
        return new
    if new is None:
        return current
    return new if len(new) > len(current) else current


class _Batch:
    """Rows of one batch, with meetings resolved against the graph and each other."""

    def __init__(self, facts: Sequence[ArticleFacts], existing: list[dict[str, Any]]):
        self.facts = facts
        self.meetings: dict[str, _Meeting] = {}
        self.by_key: dict[tuple[str, str], list[_Meeting]] = {}
        for row in existing:
            m = _Meeting(
                id=row["id"], participants_key=row["participants_key"], mode=row["mode"],
                date=row["date"], place_id=row["place_id"], place=row["place"],
                event_id=row["event_id"], event=row["event"], status=row["status"],
                status_as_of=row["status_as_of"] or "", confidence=row["confidence"] or 0.0,
                participants=row["participants_key"].split("|"),
            )
            self.meetings[m.id] = m
            self.by_key.setdefault((m.participants_key, m.mode), []).append(m)
        self.reports: list[dict[str, Any]] = []
        self.touched: set[str] = set()
        self.used_events: set[str] = set()
        for f in facts:
            for interaction in f.interactions:
                self._add(f, interaction)

    def _add(self, f: ArticleFacts, i: Interaction) -> None:
        people = sorted(set(i.participant_ids))
        if len(people) < 2:
            return
        key = "|".join(people)
        place = f.places.get(i.place_id) if i.place_id else None
        event = f.events.get(i.event_id) if i.event_id else None
        candidates = self.by_key.setdefault((key, i.mode), [])
        meeting = next(
            (m for m in candidates if same_meeting(m, i.date, i.place_id, i.event_id)), None
        )
        if meeting is None:
            meeting = _Meeting(
                id="m-" + digest(key, i.mode, i.date, i.place_id, i.event_id),
                participants_key=key, mode=i.mode, participants=people,
            )
            candidates.append(meeting)
            self.meetings[meeting.id] = meeting
        meeting.date = _more_specific(meeting.date, i.date)
        if meeting.place_id is None and place is not None:
            meeting.place_id, meeting.place = place.id, place.name
        if event is not None and (
            meeting.event_id is None or _YEAR_SUFFIX.search(meeting.event_id) is None
        ):
            meeting.event_id, meeting.event = event.id, event.name
        as_of = f.article.published.isoformat() if f.article.published else ""
        if (as_of, _STATUS_RANK[i.status]) >= (meeting.status_as_of, _STATUS_RANK[meeting.status]):
            meeting.status, meeting.status_as_of = i.status, as_of
        meeting.confidence = max(meeting.confidence, i.confidence)
        self.touched.add(meeting.id)
        self.reports.append({
            "article_id": f.article.id, "meeting_id": meeting.id,
            "key": digest(f.article.id, "MEETING", key, i.mode, i.evidence.start),
            "sentence": i.evidence.sentence, "start": i.evidence.start, "end": i.evidence.end,
            "confidence": i.confidence, "date": i.date, "place": place.name if place else None,
            "event": event.name if event else None, "status": i.status, "mode": i.mode,
        })

    def touched_meetings(self) -> list[_Meeting]:
        return [self.meetings[mid] for mid in sorted(self.touched)]


def _rows(facts: Sequence[ArticleFacts]) -> dict[str, list[dict[str, Any]]]:
    articles, people, countries, orgs, places, events = {}, {}, {}, {}, {}, {}
    memberships, roles_country, roles_org = [], [], []
    for f in facts:
        a = f.article
        articles[a.id] = {
            "id": a.id, "title": a.title, "url": a.url, "source": a.source, "text": a.text,
            "published": a.published.isoformat() if a.published else None,
            "text_hash": digest(a.text, length=40),
        }
        for p in f.people.values():
            aliases = sorted(set(p.mentions) | {p.name})
            people[p.id] = {
                "id": p.id, "name": p.name, "aliases": aliases, "wikidata": p.wikidata,
                "search": " | ".join(search_key(x) for x in aliases),
            }
        for c in f.countries.values():
            countries[c.id] = {"id": c.id, "name": c.name, "iso2": c.iso2, "search": search_key(c.name)}
        for o in f.organizations.values():
            orgs[o.id] = {
                "id": o.id, "name": o.name, "acronym": o.acronym,
                "search": " | ".join(search_key(x) for x in (o.name, o.acronym or "") if x),
            }
        for pl in f.places.values():
            places[pl.id] = {"id": pl.id, "name": pl.name, "country_id": pl.country_id}
        for e in f.events.values():
            events[e.id] = {
                "id": e.id, "name": e.name, "start": e.start, "end": e.end,
                "place_id": e.place_id, "organization_id": e.organization_id,
            }
        for m in f.memberships:
            memberships.append({
                "article_id": a.id, "country_id": m.country_id,
                "organization_id": m.organization_id,
                "key": digest(a.id, "MEMBER_OF", m.country_id, m.organization_id),
                "sentence": m.evidence.sentence, "start": m.evidence.start,
                "end": m.evidence.end, "confidence": m.confidence,
            })
        for r in f.roles:
            row = {
                "article_id": a.id, "person_id": r.person_id, "title": r.title,
                "of_id": r.of_id, "key": digest(a.id, "HOLDS_ROLE", r.person_id, r.title, r.of_id),
                "sentence": r.evidence.sentence, "start": r.evidence.start,
                "end": r.evidence.end, "confidence": r.confidence,
            }
            (roles_country if r.of_kind == "Country" else roles_org).append(row)
    return {
        "articles": list(articles.values()), "people": list(people.values()),
        "countries": list(countries.values()), "organizations": list(orgs.values()),
        "places": list(places.values()), "events": list(events.values()),
        "memberships": memberships, "roles_country": roles_country, "roles_org": roles_org,
    }


def _without_superseded_events(
    events: list[dict[str, Any]], meetings: list[_Meeting]
) -> list[dict[str, Any]]:
    """Drop a year-less event ("sco-summit") where a meeting settled on its dated twin."""
    dated = {_event_base(m.event_id) for m in meetings if m.event_id and _YEAR_SUFFIX.search(m.event_id)}
    return [e for e in events if _YEAR_SUFFIX.search(e["id"]) or e["id"] not in dated]


def _participant_keys(facts: Iterable[ArticleFacts]) -> list[str]:
    keys = {
        "|".join(sorted(set(i.participant_ids)))
        for f in facts for i in f.interactions if len(set(i.participant_ids)) >= 2
    }
    return sorted(keys)


def _write_batch(tx: neo4j.ManagedTransaction, facts: Sequence[ArticleFacts]) -> WriteCounts:
    counts = WriteCounts()

    def run(query: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            counts.add(tx.run(query, rows=rows).consume().counters)

    rows = _rows(facts)
    existing = [
        r.data() for r in tx.run(queries.FIND_MEETING_CANDIDATES, keys=_participant_keys(facts))
    ]
    batch = _Batch(facts, existing)
    meetings = batch.touched_meetings()

    run(queries.MERGE_ARTICLES, rows["articles"])
    run(queries.MERGE_PEOPLE, rows["people"])
    run(queries.MERGE_COUNTRIES, rows["countries"])
    run(queries.MERGE_ORGANIZATIONS, rows["organizations"])
    run(queries.MERGE_PLACES, rows["places"])
    run(queries.MERGE_EVENTS, _without_superseded_events(rows["events"], meetings))
    run(queries.MERGE_MEETINGS, [m.row() for m in meetings])
    links = [{"meeting_id": m.id, "place_id": m.place_id, "event_id": m.event_id} for m in meetings]
    run(queries.UNLINK_MEETINGS_STALE, links)
    run(queries.MERGE_MEETING_LINKS, links)
    superseded = sorted({_event_base(m.event_id) for m in meetings
                         if m.event_id and _YEAR_SUFFIX.search(m.event_id)})
    if superseded:
        tx.run(queries.DELETE_UNUSED_EVENTS, ids=superseded).consume()
    run(queries.MERGE_ATTENDANCE, [
        {"meeting_id": m.id, "person_id": p} for m in meetings for p in m.participants
    ])
    run(queries.MERGE_MET, [
        {"meeting_id": m.id, "a": a, "b": b, "date": m.date, "place": m.place,
         "event": m.event, "mode": m.mode, "status": m.status}
        for m in meetings for a, b in combinations(sorted(m.participants), 2)
    ])
    run(queries.MERGE_MEETING_REPORTS, batch.reports)
    run(queries.MERGE_MEMBERSHIPS, rows["memberships"])
    run(queries.MERGE_ROLES_COUNTRY, rows["roles_country"])
    run(queries.MERGE_ROLES_ORGANIZATION, rows["roles_org"])
    return counts


def write_facts(graph: Graph, facts: Sequence[ArticleFacts]) -> WriteCounts:
    """Write a batch of articles' facts in one transaction (all of them or none)."""
    if not facts:
        return WriteCounts()
    graph.ensure_schema()
    with graph.session() as session:
        return session.execute_write(_write_batch, facts)
