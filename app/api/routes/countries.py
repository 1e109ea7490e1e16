from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from app import models
from app.api.deps import GraphDep
from app.api.params import Limit, NodeId, Offset
from app.graph import reads_entities

router = APIRouter(prefix="/countries", tags=["countries"])


@router.get("", response_model=models.CountryPage)
def list_countries(
    graph: GraphDep,
    name: Annotated[str, Query(max_length=200, description="Part of the name, any case")] = "",
    limit: Limit = 50,
    offset: Offset = 0,
):
    """Countries in the graph, by name."""
    return reads_entities.list_countries(graph, name, limit=limit, offset=offset)


@router.get("/{country_id}", response_model=models.CountryDetail,
            responses={404: {"description": "No country with this id"}})
def get_country(graph: GraphDep, country_id: NodeId):
    """A country with the people holding its roles, its memberships and its meetings."""
    country = reads_entities.country_detail(graph, country_id)
    if country is None:
        raise HTTPException(status_code=404, detail=f"no country with id {country_id!r}")
    return country
