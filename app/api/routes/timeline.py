from fastapi import APIRouter

from app import models
from app.api.deps import GraphDep
from app.api.params import MeetingFilterDep
from app.graph import reads_meetings

router = APIRouter(tags=["meetings"])


@router.get("/timeline", response_model=models.Timeline)
def timeline(graph: GraphDep, where: MeetingFilterDep):
    """Meetings per month, e.g. of one person (person=...) or one country (country=...);
    it takes every filter of GET /meetings."""
    return reads_meetings.timeline(graph, where)
