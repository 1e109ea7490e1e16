from fastapi import APIRouter

from app import models
from app.api.deps import GraphDep
from app.graph import reads_stats

router = APIRouter(tags=["health"])


@router.get("/stats", response_model=models.Stats)
def stats(graph: GraphDep):
    """Nodes per label, relationships per type, and the last ingest run."""
    return reads_stats.stats(graph)
