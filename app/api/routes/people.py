from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from app import models
from app.api.deps import GraphDep
from app.api.params import Offset
from app.graph import reads, reads_entities, reads_meetings
from app.graph.db import Reader

router = APIRouter(prefix="/people", tags=["people"])

PersonId = Annotated[str, Path(description="Person id, e.g. vladimir-putin", max_length=200)]


@router.get("", response_model=models.PersonPage)
def search_people(
    graph: GraphDep,
    name: Annotated[str, Query(min_length=1, max_length=200, description="Part of a name, any case")],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Offset = 0,
):
    return reads.search_people(graph, name, limit=limit, offset=offset)


@router.get("/{person_id}/met", response_model=models.MetResponse,
            responses={404: {"description": "No person with this id"}})
def person_met(
    graph: GraphDep,
    person_id: PersonId,
    limit: Annotated[int, Query(ge=1, le=500, description="Counterparts per page")] = (
        reads.MET_LIMIT),
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Counterparts to skip")] = 0,
    meetings_per_person: Annotated[int, Query(
        ge=1, le=500, description="At most this many meetings per counterpart")] = (
        reads.MET_MEETINGS_PER_PERSON),
):
    """Everyone the person met, one page at a time.

    Counterparts are ordered by name (then id); `total` counts them all, across pages. Each
    counterpart has `meetings_total`, the number of meetings the two had, and the first
    `meetings_per_person` of them in date order (undated last, then by id), each with its
    participants and sources.
    """
    def read(tx: Reader) -> models.MetResponse | None:
        person = reads.get_person(tx, person_id)
        if person is None:
            return None
        items, total = reads.person_met(tx, person_id, limit=limit, offset=offset,
                                        meetings_per_person=meetings_per_person)
        return models.MetResponse(person=person, items=items, total=total)

    found = graph.read_together(read)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no person with id {person_id!r}")
    return found


@router.get("/{person_id}", response_model=models.PersonDetail,
            responses={404: {"description": "No person with this id"}})
def get_person(graph: GraphDep, person_id: PersonId):
    """A person with their roles, the names they appear under, and how much they met."""
    person = reads_entities.person_detail(graph, person_id)
    if person is None:
        raise HTTPException(status_code=404, detail=f"no person with id {person_id!r}")
    return person


@router.get("/{person_id}/met/{other_id}", response_model=models.MeetingsBetween,
            responses={404: {"description": "No person with one of these ids"}})
def person_met_other(
    graph: GraphDep,
    person_id: PersonId,
    other_id: Annotated[str, Path(description="Person id, e.g. xi-jinping", max_length=200)],
):
    """Did they meet? Every meeting of the two, in date order, each with its evidence."""
    people = []
    for pid in (person_id, other_id):
        person = reads.get_person(graph, pid)
        if person is None:
            raise HTTPException(status_code=404, detail=f"no person with id {pid!r}")
        people.append(person)
    items = [] if person_id == other_id else reads_meetings.meetings_between(
        graph, person_id, other_id)
    return models.MeetingsBetween(
        person=people[0], other=people[1], met=bool(items), total=len(items), items=items
    )
