from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from app import models
from app.api.deps import GraphDep
from app.api.params import Limit, MeetingFilterDep, Offset
from app.graph import reads, reads_meetings

router = APIRouter(prefix="/meetings", tags=["meetings"])


@router.get("", response_model=models.MeetingPage)
def list_meetings(
    graph: GraphDep, where: MeetingFilterDep, limit: Limit = 50, offset: Offset = 0
):
    """Meetings matching every filter given, in date order (undated last), a page at a time."""
    return reads_meetings.list_meetings(graph, where, limit=limit, offset=offset)


@router.get("/{meeting_id}", response_model=models.Meeting,
            responses={404: {"description": "No meeting with this id"}})
def get_meeting(graph: GraphDep, meeting_id: Annotated[str, Path(max_length=200)]):
    meeting = reads.get_meetings(graph, [meeting_id]).get(meeting_id)
    if meeting is None:
        raise HTTPException(status_code=404, detail=f"no meeting with id {meeting_id!r}")
    return meeting
