from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from app import models
from app.api.deps import GraphDep
from app.api.params import Limit, NodeId, Offset
from app.graph import reads_entities

router = APIRouter(prefix="/events", tags=["events"])


@router.get("", response_model=models.EventPage)
def list_events(
    graph: GraphDep,
    name: Annotated[str, Query(max_length=200, description="Part of the name, any case")] = "",
    limit: Limit = 50,
    offset: Offset = 0,
):
    """Summits, forums and visits the meetings took place during, by start date."""
    return reads_entities.list_events(graph, name, limit=limit, offset=offset)


@router.get("/{event_id}", response_model=models.EventDetail,
            responses={404: {"description": "No event with this id"}})
def get_event(graph: GraphDep, event_id: NodeId):
    """An event with its place, its organiser and the meetings during it."""
    event = reads_entities.event_detail(graph, event_id)
    if event is None:
        raise HTTPException(status_code=404, detail=f"no event with id {event_id!r}")
    return event
