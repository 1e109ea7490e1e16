"""Read the graph through the named queries and shape the rows into API models."""

from __future__ import annotations

from collections import defaultdict

from pydantic import TypeAdapter

from app import models
from app.graph import queries
from app.graph.db import Graph, Reader
from ingest.ids import search_key


def search_people(graph: Graph, name: str, *, limit: int, offset: int) -> models.PersonPage:
    q = search_key(name)
    rows = graph.read(queries.SEARCH_PEOPLE, q=q, skip=offset, limit=limit)
    total = graph.read(queries.COUNT_PEOPLE, q=q)[0]["total"]
    return models.PersonPage(items=_with_roles(graph, rows), total=total)


def get_person(graph: Reader, person_id: str) -> models.Person | None:
    rows = graph.read(queries.PERSON_WITH_ROLES, id=person_id)
    if not rows:
        return None
    row = rows[0]
    roles = sorted(row["roles"] or [], key=lambda r: (r["title"] or "", r["of_name"] or ""))
    return models.Person(id=row["id"], name=row["name"], aliases=sorted(row["aliases"] or []),
                         roles=[_role(r) for r in roles])


def _role(r: dict) -> models.Role:
    return models.Role(title=r["title"], of=r["of_name"] or r["of_id"], of_id=r["of_id"])


def _with_roles(graph: Reader, rows: list[dict]) -> list[models.Person]:
    roles: dict[str, list[models.Role]] = defaultdict(list)
    if rows:
        for r in graph.read(queries.ROLES_OF_PEOPLE, ids=[row["id"] for row in rows]):
            roles[r["person_id"]].append(_role(r))
    return [
        models.Person(id=row["id"], name=row["name"], aliases=sorted(row["aliases"] or []),
                      roles=roles[row["id"]])
        for row in rows
    ]


def get_meetings(graph: Reader, ids: list[str]) -> dict[str, models.Meeting]:
    """Meetings by id with their participants (by name) and sources (by article, offset)."""
    rows = _meeting_rows(graph, ids)
    return dict(zip(rows, _MEETINGS.validate_python(list(rows.values()))))


def _meeting_rows(graph: Reader, ids: list[str]) -> dict[str, dict]:
    if not ids:
        return {}
    rows = graph.read(queries.MEETINGS_IN_FULL, ids=ids)[0]["meetings"]
    for r in rows:
        r["participants"].sort(key=lambda p: (p["name"], p["id"]))
        r["sources"].sort(key=lambda s: (s["article_id"], s["start"] is None, s["start"] or 0))
    return {r["id"]: r for r in rows}


_MEETINGS = TypeAdapter(list[models.Meeting])
_COUNTERPARTS = TypeAdapter(list[models.Counterpart])
MET_LIMIT, MET_MEETINGS_PER_PERSON = 50, 20


def person_met(
    graph: Reader, person_id: str, *, limit: int = MET_LIMIT, offset: int = 0,
    meetings_per_person: int = MET_MEETINGS_PER_PERSON,
) -> tuple[list[models.Counterpart], int]:
    """One page of the people `person_id` met (by name, then id) and the number of them all.

    Each counterpart carries how many meetings the two had and the first
    `meetings_per_person` of them by date. One walk of the person's meetings finds the
    counterparts and the page; meetings are read in full only for the page, and the page is
    validated in one call rather than model by model.
    """
    row = graph.read(queries.PERSON_MET_PAGE, id=person_id, per_person=meetings_per_person,
                     skip=offset, end=offset + limit)[0]
    page = row["page"] or []
    meetings = _meeting_rows(graph, sorted({m for r in page for m in r["meetings"]}))
    for r in page:
        r["meetings"] = [meetings[m] for m in r["meetings"] if m in meetings]
    return _COUNTERPARTS.validate_python(page), row["total"]


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
