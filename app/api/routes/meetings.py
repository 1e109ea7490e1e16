from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from app import models
from app.api.deps import GraphDep
from app.graph import reads

router = APIRouter(prefix="/meetings", tags=["meetings"])


@router.get("/{meeting_id}", response_model=models.Meeting)
def get_meeting(graph: GraphDep, meeting_id: Annotated[str, Path(max_length=200)]):
    meeting = reads.get_meetings(graph, [meeting_id]).get(meeting_id)
    if meeting is None:
        raise HTTPException(status_code=404, detail=f"no meeting with id {meeting_id!r}")
    return meeting
