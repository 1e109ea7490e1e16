from fastapi import APIRouter, HTTPException

from app import models
from app.api.deps import GraphDep, SettingsDep
from app.graph.cypher_guard import CypherRejected
from app.graph.read_only_cypher import CypherFailed, run_read_only

router = APIRouter(tags=["query"])


@router.post("/cypher", response_model=models.CypherResult, responses={
    400: {"description": "Not a read-only statement, the engine refused or failed it, or the "
                         "body is not JSON"},
})
def cypher(graph: GraphDep, settings: SettingsDep, request: models.CypherRequest):
    """Run one read-only Cypher statement with parameters. Writes, procedures other than
    db.labels() and the like, LOAD CSV and plugin functions are refused; whatever runs is
    rolled back, and at most `cypher_max_rows` rows come back within `cypher_timeout_s`."""
    try:
        return run_read_only(graph, request.query, request.parameters,
                             max_rows=settings.cypher_max_rows,
                             timeout_s=settings.cypher_timeout_s)
    except (CypherRejected, CypherFailed) as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
