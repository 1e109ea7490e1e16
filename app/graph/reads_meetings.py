"""Meetings by filter, between two people, and per month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app import models
from app.graph import queries
from app.graph.db import Graph, Reader
from app.graph.reads import get_meetings


@dataclass(frozen=True)
class MeetingFilter:
    """The filters of GET /meetings; every one that is set must hold."""

    people: tuple[str, ...] = ()
    country: str | None = None
    organization: str | None = None
    place: str | None = None
    event: str | None = None
    status: str | None = None
    mode: str | None = None
    since: date | None = None
    until: date | None = None

    def start(self) -> tuple[str, str | None]:
        """Where the walk over meetings starts (see `queries._MEETINGS_FROM`) and from which id:
        the narrowest filter that has its own index."""
        if self.event:
            return "event", self.event
        if self.place:
            return "place", self.place
        if self.people:
            return "person", sorted(set(self.people))[0]
        return "all", None

    def params(self) -> dict[str, Any]:
        return {
            "anchor": self.start()[1],
            "people": sorted(set(self.people)), "country": self.country,
            "organization": self.organization, "place": self.place, "event": self.event,
            "status": self.status, "mode": self.mode,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }


def list_meetings(
    graph: Graph, where: MeetingFilter, *, limit: int, offset: int
) -> models.MeetingPage:
    start, params = where.start()[0], where.params()

    def read(tx: Reader) -> models.MeetingPage:
        total = tx.read(queries.COUNT_MEETINGS_FROM[start], **params)[0]["total"]
        ids = [r["id"] for r in tx.read(queries.LIST_MEETINGS_FROM[start], **params,
                                        skip=offset, limit=limit)] if offset < total else []
        found = get_meetings(tx, ids)
        return models.MeetingPage(items=[found[i] for i in ids if i in found], total=total,
                                  limit=limit, offset=offset)

    return graph.read_together(read)


def meetings_between(graph: Graph, a: str, b: str) -> list[models.Meeting]:
    ids = [r["id"] for r in graph.read(queries.MEETINGS_BETWEEN, a=a, b=b)]
    found = get_meetings(graph, ids)
    return sorted(found.values(), key=lambda m: (m.date or "9999", m.id))


def timeline(graph: Graph, where: MeetingFilter) -> models.Timeline:
    rows = graph.read(queries.MEETINGS_PER_MONTH_FROM[where.start()[0]], **where.params())
    items = [models.MonthCount(month=r["month"], count=r["count"]) for r in rows if r["month"]]
    without_month = sum(r["count"] for r in rows if not r["month"])
    return models.Timeline(
        items=items, without_month=without_month,
        total=without_month + sum(i.count for i in items),
    )
