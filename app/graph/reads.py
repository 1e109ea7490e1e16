"""Read the graph through the named queries and shape the rows into API models."""

from __future__ import annotations

from collections import defaultdict

from app import models
from app.graph import queries
from app.graph.db import Graph
from ingest.ids import search_key


def search_people(graph: Graph, name: str, *, limit: int, offset: int) -> models.PersonPage:
    q = search_key(name)
    rows = graph.read(queries.SEARCH_PEOPLE, q=q, skip=offset, limit=limit)
    total = graph.read(queries.COUNT_PEOPLE, q=q)[0]["total"]
    return models.PersonPage(items=_with_roles(graph, rows), total=total)


def get_person(graph: Graph, person_id: str) -> models.Person | None:
    rows = graph.read(queries.GET_PERSON, id=person_id)
    return _with_roles(graph, rows)[0] if rows else None


def _with_roles(graph: Graph, rows: list[dict]) -> list[models.Person]:
    roles: dict[str, list[models.Role]] = defaultdict(list)
    if rows:
        for r in graph.read(queries.ROLES_OF_PEOPLE, ids=[row["id"] for row in rows]):
            roles[r["person_id"]].append(
                models.Role(title=r["title"], of=r["of_name"] or r["of_id"], of_id=r["of_id"])
            )
    return [
        models.Person(id=row["id"], name=row["name"], aliases=sorted(row["aliases"] or []),
                      roles=roles[row["id"]])
        for row in rows
    ]


def get_meetings(graph: Graph, ids: list[str]) -> dict[str, models.Meeting]:
    if not ids:
        return {}
    participants: dict[str, list[models.Participant]] = defaultdict(list)
    for r in graph.read(queries.MEETING_PARTICIPANTS, ids=ids):
        participants[r["meeting_id"]].append(models.Participant(id=r["id"], name=r["name"]))
    sources: dict[str, list[models.Source]] = defaultdict(list)
    for r in graph.read(queries.MEETING_SOURCES, ids=ids):
        sources[r["meeting_id"]].append(models.Source(**{k: v for k, v in r.items() if k != "meeting_id"}))
    meetings = {}
    for r in graph.read(queries.GET_MEETINGS, ids=ids):
        meetings[r["id"]] = models.Meeting(
            **r, participants=participants[r["id"]], sources=sources[r["id"]]
        )
    return meetings


MET_LIMIT, MET_MEETINGS_PER_PERSON = 50, 20


def person_met(
    graph: Graph, person_id: str, *, limit: int = MET_LIMIT, offset: int = 0,
    meetings_per_person: int = MET_MEETINGS_PER_PERSON,
) -> tuple[list[models.Counterpart], int]:
    """One page of the people `person_id` met (by name, then id) and the number of them all.

    Each counterpart carries how many meetings the two had and the first
    `meetings_per_person` of them by date. Counterparts are counted and paged in Cypher,
    and meetings are read only for the page.
    """
    total = graph.read(queries.PERSON_MET_TOTAL, id=person_id)[0]["total"]
    if total == 0 or offset >= total:
        return [], total
    page = graph.read(queries.PERSON_MET_COUNTERPARTS, id=person_id, skip=offset, limit=limit)
    if not page:
        return [], total
    rows = graph.read(queries.PERSON_MET_PAGE_MEETINGS, id=person_id,
                      others=[r["id"] for r in page], per_person=meetings_per_person)
    meeting_ids = {r["other_id"]: r["meeting_ids"] for r in rows}
    ids = sorted({m for ms in meeting_ids.values() for m in ms})
    meetings = _meetings_by_id(graph, ids)
    items = [
        models.Counterpart(
            id=r["id"], name=r["name"], meetings_total=r["meetings_total"],
            meetings=[meetings[m] for m in meeting_ids.get(r["id"], []) if m in meetings],
        )
        for r in page
    ]
    return items, total


def _meetings_by_id(graph: Graph, ids: list[str]) -> dict[str, models.Meeting]:
    """Meetings with participants and sources, each looked up by id through the index."""
    if not ids:
        return {}
    participants: dict[str, list[models.Participant]] = defaultdict(list)
    for r in graph.read(queries.MEETINGS_PARTICIPANTS_BY_ID, ids=ids):
        participants[r["meeting_id"]].append(models.Participant(id=r["id"], name=r["name"]))
    sources: dict[str, list[models.Source]] = defaultdict(list)
    for r in graph.read(queries.MEETINGS_SOURCES_BY_ID, ids=ids):
        sources[r["meeting_id"]].append(models.Source(**{k: v for k, v in r.items() if k != "meeting_id"}))
    return {
        r["id"]: models.Meeting(**r, participants=participants[r["id"]], sources=sources[r["id"]])
        for r in graph.read(queries.GET_MEETINGS, ids=ids)
    }


def search_organizations(
    graph: Graph, name: str, *, limit: int, offset: int
) -> models.OrganizationPage:
    q = search_key(name)
    rows = graph.read(queries.SEARCH_ORGANIZATIONS, q=q, skip=offset, limit=limit)
    total = graph.read(queries.COUNT_ORGANIZATIONS, q=q)[0]["total"]
    return models.OrganizationPage(items=[models.Organization(**r) for r in rows], total=total)


def get_organization(graph: Graph, org_id: str) -> models.Organization | None:
    rows = graph.read(queries.GET_ORGANIZATION, id=org_id)
    return models.Organization(**rows[0]) if rows else None


def organization_members(graph: Graph, org_id: str) -> list[models.Member]:
    members: dict[str, models.Member] = {}
    for r in graph.read(queries.ORGANIZATION_MEMBERS, id=org_id):
        member = members.setdefault(r["id"], models.Member(id=r["id"], name=r["name"]))
        if r["article_id"] is not None:
            member.sources.append(models.MemberSource(
                article_id=r["article_id"], title=r["title"], published=r["published"],
                sentence=r["sentence"],
            ))
    return sorted(members.values(), key=lambda m: m.name)
