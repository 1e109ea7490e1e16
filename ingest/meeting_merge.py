"""Which reports are one meeting: a pure function of the set of reports, whatever their order.

Reports of the same people with the same mode are grouped; within a group they are taken in a
canonical order (the most precise first, ties broken by the report's own key) and each joins
the first meeting it agrees with. A meeting's id and properties are computed from its reports,
so articles written in any order, in any batches, by any number of writers, give the same
meetings with the same ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ingest.ids import digest

_YEAR_SUFFIX = re.compile(r"-(\d{4})$")
_STATUS_RANK = {"planned": 0, "held": 1, "cancelled": 2}


@dataclass(frozen=True)
class Report:
    """What one article said about one meeting (kept on its REPORTS relationship)."""

    key: str
    article_id: str
    participants_key: str
    mode: str
    status: str
    as_of: str  # the article's publication date, "" if unknown
    confidence: float
    sentence: str
    start: int
    end: int
    date: str | None = None
    place_id: str | None = None
    place: str | None = None
    event_id: str | None = None
    event: str | None = None

    def row(self, meeting_id: str) -> dict[str, Any]:
        return {
            "article_id": self.article_id, "meeting_id": meeting_id, "key": self.key,
            "sentence": self.sentence, "start": self.start, "end": self.end,
            "confidence": self.confidence, "date": self.date, "place_id": self.place_id,
            "place": self.place, "event_id": self.event_id, "event": self.event,
            "status": self.status, "mode": self.mode,
        }


@dataclass
class Meeting:
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
    reports: list[Report] = field(default_factory=list)

    @property
    def id(self) -> str:
        return "m-" + digest(self.participants_key, self.mode, self.date, self.place_id,
                             self.event_id)

    @property
    def participants(self) -> list[str]:
        return self.participants_key.split("|")

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id, "participants_key": self.participants_key, "mode": self.mode,
            "status": self.status, "status_as_of": self.status_as_of, "date": self.date,
            "date_precision": precision(self.date), "place_id": self.place_id,
            "place": self.place, "event_id": self.event_id, "event": self.event,
            "confidence": self.confidence,
        }

    def add(self, r: Report) -> None:
        self.reports.append(r)
        self.date = _more_specific(self.date, r.date)
        if self.place_id is None and r.place_id is not None:
            self.place_id, self.place = r.place_id, r.place
        if r.event_id is not None and (self.event_id is None or not is_dated_event(self.event_id)):
            self.event_id, self.event = r.event_id, r.event
        if (r.as_of, _STATUS_RANK[r.status]) >= (self.status_as_of, _STATUS_RANK[self.status]):
            self.status, self.status_as_of = r.status, r.as_of
        self.confidence = max(self.confidence, r.confidence)

    def accepts(self, r: Report) -> bool:
        """Nothing conflicts, and the report shares a date, the place or an event with it."""
        if not (_dates_agree(self.date, r.date) and _events_agree(self.event_id, r.event_id)):
            return False
        if self.place_id and r.place_id and self.place_id != r.place_id:
            return False
        return (
            (self.date is not None and r.date is not None)
            or (self.place_id is not None and self.place_id == r.place_id)
            or (self.event_id is not None and r.event_id is not None)
        )


def precision(value: str | None) -> str | None:
    if not value:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


def is_dated_event(event_id: str) -> bool:
    return _YEAR_SUFFIX.search(event_id) is not None


def event_base(event_id: str) -> str:
    """"sco-summit-2022" -> "sco-summit"."""
    return _YEAR_SUFFIX.sub("", event_id)


def _dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _events_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    # "sco-summit" (year unknown to its article) is the same event as "sco-summit-2022".
    return (not is_dated_event(a) or not is_dated_event(b)) and event_base(a) == event_base(b)


def _more_specific(current: str | None, new: str | None) -> str | None:
    if current is None:
        return new
    if new is None:
        return current
    return new if len(new) > len(current) else current


def _canonical_order(r: Report) -> tuple:
    """Most precise first: a precise report founds its meeting, vaguer ones then join it."""
    return (
        -len(r.date or ""), r.place_id is None, not (r.event_id and is_dated_event(r.event_id)),
        r.event_id is None, r.date or "", r.place_id or "", r.event_id or "", r.key,
    )


def _group(reports: list[Report]) -> list[Meeting]:
    meetings: list[Meeting] = []
    for r in sorted(reports, key=_canonical_order):
        meeting = next((m for m in meetings if m.accepts(r)), None)
        if meeting is None:
            meeting = Meeting(r.participants_key, r.mode)
            meetings.append(meeting)
        meeting.add(r)
    # Meetings that ended up with the same date, place and event are one (and share an id):
    # reports that say nothing of date, place or event fall together this way.
    while True:
        by_id: dict[str, list[Meeting]] = {}
        for m in meetings:
            by_id.setdefault(m.id, []).append(m)
        if len(by_id) == len(meetings):
            return meetings
        meetings = [same[0] if len(same) == 1 else _joined(same) for same in by_id.values()]


def _joined(meetings: list[Meeting]) -> Meeting:
    one = Meeting(meetings[0].participants_key, meetings[0].mode)
    for r in sorted((r for m in meetings for r in m.reports), key=_canonical_order):
        one.add(r)
    return one


def merge_reports(reports: Iterable[Report]) -> list[Meeting]:
    """The meetings these reports describe; of reports with the same key, the last counts."""
    unique = {r.key: r for r in reports}
    groups: dict[tuple[str, str], list[Report]] = {}
    for r in unique.values():
        groups.setdefault((r.participants_key, r.mode), []).append(r)
    meetings = [m for key in sorted(groups) for m in _group(groups[key])]
    return sorted(meetings, key=lambda m: m.id)
