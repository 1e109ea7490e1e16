from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from app import models
from app.api.deps import GraphDep
from app.api.params import Label, NodeId, check_window
from app.graph import reads_explore

router = APIRouter(prefix="/graph", tags=["explore"])


@router.get("/neighborhood/{node_id}", response_model=models.GraphView,
            responses={404: {"description": "No node with this id"}})
def neighborhood(
    graph: GraphDep,
    node_id: NodeId,
    depth: Annotated[int, Query(ge=1, le=reads_explore.MAX_DEPTH)] = 2,
    label: Annotated[Label | None, Query(
        description="The node's label, where several nodes share its id")] = None,
    since: Annotated[date | None, Query(description="Leave out meetings before this day")] = None,
    until: Annotated[date | None, Query(description="Leave out meetings after this day")] = None,
    max_nodes: Annotated[int, Query(ge=1, le=2000)] = 500,
):
    """The nodes and relationships within `depth` hops of a node of any kind, for drawing.
    Articles and the MET shortcut are left out: meetings connect the people."""
    check_window(since, until)
    center = reads_explore.resolve(graph, node_id, label)
    if center is None:
        raise HTTPException(status_code=404, detail=f"no node with id {node_id!r}")
    return reads_explore.neighbourhood(graph, center, depth=depth, max_nodes=max_nodes,
                                       since=since, until=until)
