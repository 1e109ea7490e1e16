from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from app import models
from app.api.deps import GraphDep
from app.api.params import Offset
from app.graph import reads, reads_entities

router = APIRouter(prefix="/organizations", tags=["organizations"])


@router.get("", response_model=models.OrganizationPage)
def search_organizations(
    graph: GraphDep,
    name: Annotated[str, Query(min_length=1, max_length=200, description="Name or acronym, any case")],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Offset = 0,
):
    return reads.search_organizations(graph, name, limit=limit, offset=offset)


@router.get("/{organization_id}/members", response_model=models.MembersResponse,
            responses={404: {"description": "No organisation with this id"}})
def organization_members(graph: GraphDep, organization_id: Annotated[str, Path(max_length=200)]):
    organization = reads.get_organization(graph, organization_id)
    if organization is None:
        raise HTTPException(status_code=404, detail=f"no organization with id {organization_id!r}")
    items = reads.organization_members(graph, organization_id)
    return models.MembersResponse(organization=organization, items=items, total=len(items))


@router.get("/{organization_id}", response_model=models.OrganizationDetail,
            responses={404: {"description": "No organisation with this id"}})
def get_organization(graph: GraphDep, organization_id: Annotated[str, Path(max_length=200)]):
    """An organisation with its members, the people holding its roles, its events and meetings."""
    organization = reads_entities.organization_detail(graph, organization_id)
    if organization is None:
        raise HTTPException(status_code=404, detail=f"no organization with id {organization_id!r}")
    return organization
