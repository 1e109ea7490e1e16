"""Query parameters shared by several routes."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, Path, Query
from fastapi.exceptions import RequestValidationError
from pydantic import StringConstraints

from app.graph.reads_meetings import MeetingFilter

Label = Literal["Person", "Country", "Organization", "Event", "Place", "Meeting"]
Status = Literal["held", "planned", "cancelled"]
Mode = Literal["in_person", "call", "virtual"]

_ID = {"min_length": 1, "max_length": 200}
NodeId = Annotated[str, Path(**_ID, examples=["vladimir-putin"])]
Limit = Annotated[int, Query(ge=1, le=500, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip")]


PersonIdItem = Annotated[str, StringConstraints(min_length=1, max_length=200)]


def invalid(loc: tuple[str, ...], msg: str, value: object) -> RequestValidationError:
    """A 422 in the shape FastAPI gives its own validation errors."""
    return RequestValidationError([{"type": "value_error", "loc": loc, "msg": msg, "input": value}])


def check_window(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise invalid(("query", "until"), "until is before since", until.isoformat())


def meeting_filter(
    person: Annotated[list[PersonIdItem], Query(
        max_length=10, description="Person id; repeat it for meetings with all of them",
        examples=[["vladimir-putin", "xi-jinping"]],
    )] = [],  # noqa: B006 - FastAPI copies defaults
    country: Annotated[str | None, Query(
        **_ID, description="A participant holds a role of this country", examples=["russia"],
    )] = None,
    organization: Annotated[str | None, Query(
        **_ID, description="During an event it organises, or a participant holds a role of it",
        examples=["sco"],
    )] = None,
    place: Annotated[str | None, Query(**_ID, examples=["samarkand"])] = None,
    event: Annotated[str | None, Query(**_ID, examples=["sco-summit-2022"])] = None,
    status: Status | None = None,
    mode: Mode | None = None,
    since: Annotated[date | None, Query(
        description="On or after this day (a meeting dated 2022-09 counts as all of September)",
    )] = None,
    until: Annotated[date | None, Query(description="On or before this day")] = None,
) -> MeetingFilter:
    check_window(since, until)
    return MeetingFilter(
        people=tuple(person), country=country, organization=organization, place=place,
        event=event, status=status, mode=mode, since=since, until=until,
    )


MeetingFilterDep = Annotated[MeetingFilter, Depends(meeting_filter)]
