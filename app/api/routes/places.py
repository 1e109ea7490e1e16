from fastapi import APIRouter, HTTPException

from app import models
from app.api.deps import GraphDep
from app.api.params import NodeId
from app.graph import reads_entities

router = APIRouter(prefix="/places", tags=["places"])


@router.get("/{place_id}", response_model=models.PlaceDetail,
            responses={404: {"description": "No place with this id"}})
def get_place(graph: GraphDep, place_id: NodeId):
    """A place with its country, the events held there and the meetings there."""
    place = reads_entities.place_detail(graph, place_id)
    if place is None:
        raise HTTPException(status_code=404, detail=f"no place with id {place_id!r}")
    return place
