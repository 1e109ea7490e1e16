from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from app import models
from app.api.deps import GraphDep
from app.api.params import Label, invalid
from app.graph import queries, reads_explore

router = APIRouter(tags=["explore"])

_ENDPOINT = {"min_length": 1, "max_length": 200}


@router.get("/paths", response_model=models.PathsResponse,
            responses={404: {"description": "No node with one of these ids"}})
def shortest_paths(
    graph: GraphDep,
    source: Annotated[str, Query(alias="from", **_ENDPOINT, examples=["li-zhanshu"],
                                 description="Id of any node")],
    target: Annotated[str, Query(alias="to", **_ENDPOINT, examples=["narendra-modi"])],
    max_hops: Annotated[int, Query(ge=1, le=queries.MAX_PATH_HOPS)] = 4,
    from_label: Annotated[Label | None, Query(
        description="The label of `from`, where several nodes share its id")] = None,
    to_label: Annotated[Label | None, Query(description="The label of `to`")] = None,
    limit: Annotated[int, Query(ge=1, le=100, description="At most this many paths")] = 10,
):
    """The shortest connections between two nodes through meetings (ATTENDED), roles
    (HOLDS_ROLE), memberships (MEMBER_OF), places (AT) and events (DURING, ORGANIZED_BY)."""
    ends = []
    for node_id, label in ((source, from_label), (target, to_label)):
        node = reads_explore.resolve(graph, node_id, label)
        if node is None:
            raise HTTPException(status_code=404, detail=f"no node with id {node_id!r}"
                                + (f" and label {label}" if label else ""))
        ends.append(node)
    start, end = ends
    if (start.label, start.id) == (end.label, end.id):
        raise invalid(("query", "to"), "from and to are the same node", target)
    paths = reads_explore.shortest_paths(graph, start, end, max_hops=max_hops, limit=limit)
    return models.PathsResponse(source=start, target=end, max_hops=max_hops, paths=paths)
