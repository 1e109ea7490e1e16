"""Query parameters shared by several routes."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Path, Query

from app.graph.reads_meetings import MeetingFilter

Label = Literal["Person", "Country", "Organization", "Event", "Place", "Meeting"]
Status = Literal["held", "planned", "cancelled"]
Mode = Literal["in_person", "call", "virtual"]

_ID = {"min_length": 1, "max_length": 200}
NodeId = Annotated[str, Path(**_ID, examples=["vladimir-putin"])]
Limit = Annotated[int, Query(ge=1, le=500, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip")]


def meeting_filter(
    person: Annotated[list[str], Query(
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
    if since and until and since > until:
        raise HTTPException(status_code=422, detail="since is after until")
    for value in person:
        if not 1 <= len(value) <= 200:
            raise HTTPException(status_code=422, detail="a person id has 1 to 200 characters")
    return MeetingFilter(
        people=tuple(person), country=country, organization=organization, place=place,
        event=event, status=status, mode=mode, since=since, until=until,
    )


MeetingFilterDep = Annotated[MeetingFilter, Depends(meeting_filter)]
