from typing import Annotated

from fastapi import APIRouter, Query

from app import models
from app.api.deps import GraphDep
from app.graph import reads_explore

router = APIRouter(tags=["explore"])


@router.get("/search", response_model=list[models.NodeRef])
def search(
    graph: GraphDep,
    q: Annotated[str, Query(min_length=1, max_length=200, examples=["putin"],
                            description="Part of a name, alias or acronym, any case")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
):
    """People, countries, organisations, events and places by name; closest matches first."""
    return reads_explore.search(graph, q, limit=limit)
