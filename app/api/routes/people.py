from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from app import models
from app.api.deps import GraphDep
from app.graph import reads

router = APIRouter(prefix="/people", tags=["people"])

PersonId = Annotated[str, Path(description="Person id, e.g. vladimir-putin", max_length=200)]


@router.get("", response_model=models.PersonPage)
def search_people(
    graph: GraphDep,
    name: Annotated[str, Query(min_length=1, max_length=200, description="Part of a name, any case")],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
):
    return reads.search_people(graph, name, limit=limit, offset=offset)


@router.get("/{person_id}/met", response_model=models.MetResponse)
def person_met(graph: GraphDep, person_id: PersonId):
    person = reads.get_person(graph, person_id)
    if person is None:
        raise HTTPException(status_code=404, detail=f"no person with id {person_id!r}")
    items = reads.person_met(graph, person_id)
    return models.MetResponse(person=person, items=items, total=len(items))
