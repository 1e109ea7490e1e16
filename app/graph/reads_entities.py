"""One person, country, organisation, event or place with what is around it."""

from __future__ import annotations

from app import models
from app.graph import queries
from app.graph.db import Graph
from app.graph.reads import get_organization, get_person, organization_members
from app.graph.reads_meetings import MeetingFilter, list_meetings
from ingest.ids import fold, search_key

# Meetings listed on a detail page; the rest are on GET /meetings with the same filter.
DETAIL_MEETINGS = 100


def _first_meetings(graph: Graph, where: MeetingFilter) -> models.MeetingPage:
    return list_meetings(graph, where, limit=DETAIL_MEETINGS, offset=0)


def person_detail(graph: Graph, person_id: str) -> models.PersonDetail | None:
    person = get_person(graph, person_id)
    if person is None:
        return None
    counts = graph.read(queries.PERSON_COUNTS, id=person_id)[0]
    return models.PersonDetail(**person.model_dump(), counts=models.PersonCounts(**counts))


def list_countries(graph: Graph, name: str, *, limit: int, offset: int) -> models.CountryPage:
    q = search_key(name)
    rows = graph.read(queries.LIST_COUNTRIES, q=q, skip=offset, limit=limit)
    total = graph.read(queries.COUNT_COUNTRIES, q=q)[0]["total"]
    return models.CountryPage(items=[models.Country(**r) for r in rows], total=total)


def country_detail(graph: Graph, country_id: str) -> models.CountryDetail | None:
    rows = graph.read(queries.GET_COUNTRY, id=country_id)
    if not rows:
        return None
    meetings = _first_meetings(graph, MeetingFilter(country=country_id))
    return models.CountryDetail(
        **rows[0],
        leaders=[
            models.RoleHolder(**r) for r in graph.read(queries.COUNTRY_LEADERS, id=country_id)
        ],
        memberships=[
            models.Organization(**r) for r in graph.read(queries.COUNTRY_MEMBERSHIPS, id=country_id)
        ],
        meetings=meetings.items, meetings_total=meetings.total,
    )


def organization_detail(graph: Graph, org_id: str) -> models.OrganizationDetail | None:
    organization = get_organization(graph, org_id)
    if organization is None:
        return None
    meetings = _first_meetings(graph, MeetingFilter(organization=org_id))
    return models.OrganizationDetail(
        **organization.model_dump(),
        members=[models.Ref(id=m.id, name=m.name) for m in organization_members(graph, org_id)],
        people=[
            models.RoleHolder(**r) for r in graph.read(queries.ORGANIZATION_ROLE_HOLDERS, id=org_id)
        ],
        events=[
            models.EventSummary(**r) for r in graph.read(queries.ORGANIZATION_EVENTS, id=org_id)
        ],
        meetings=meetings.items, meetings_total=meetings.total,
    )


def list_events(graph: Graph, name: str, *, limit: int, offset: int) -> models.EventPage:
    params = {"slug": fold(name).replace(" ", "-"), "lower": name.strip().lower()}
    rows = graph.read(queries.LIST_EVENTS, **params, skip=offset, limit=limit)
    total = graph.read(queries.COUNT_EVENTS, **params)[0]["total"]
    return models.EventPage(items=[models.EventSummary(**r) for r in rows], total=total)


def _ref(node_id: str | None, name: str | None) -> models.Ref | None:
    return models.Ref(id=node_id, name=name or node_id) if node_id else None


def event_detail(graph: Graph, event_id: str) -> models.EventDetail | None:
    rows = graph.read(queries.GET_EVENT, id=event_id)
    if not rows:
        return None
    r = rows[0]
    meetings = _first_meetings(graph, MeetingFilter(event=event_id))
    return models.EventDetail(
        id=r["id"], name=r["name"], start=r["start"], end=r["end"],
        place=_ref(r["place_id"], r["place"]),
        organization=_ref(r["organization_id"], r["organization"]),
        meetings=meetings.items, meetings_total=meetings.total,
    )


def place_detail(graph: Graph, place_id: str) -> models.PlaceDetail | None:
    rows = graph.read(queries.GET_PLACE, id=place_id)
    if not rows:
        return None
    r = rows[0]
    meetings = _first_meetings(graph, MeetingFilter(place=place_id))
    return models.PlaceDetail(
        id=r["id"], name=r["name"], country=_ref(r["country_id"], r["country"]),
        events=[models.EventSummary(**e) for e in graph.read(queries.PLACE_EVENTS, id=place_id)],
        meetings=meetings.items, meetings_total=meetings.total,
    )
