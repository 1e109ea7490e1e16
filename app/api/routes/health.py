from fastapi import APIRouter
from fastapi.responses import JSONResponse

from app import models
from app.api.deps import GraphDep
from app.graph import queries

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    response_model=models.Health,
    responses={503: {"description": "The graph does not answer"}},
)
def health(graph: GraphDep):
    try:
        graph.read(queries.ENGINE_PING)
    except Exception as exc:  # noqa: BLE001 - any failure of the graph is "unavailable"
        return JSONResponse(
            status_code=503,
            content={"detail": "the graph does not answer "
                               f"({getattr(exc, 'reason', type(exc).__name__)})"},
        )
    return models.Health(status="ok", engine=graph.engine, version=graph.version)
