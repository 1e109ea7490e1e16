"""Response models of the REST API."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Role(BaseModel):
    title: str
    of: str = Field(description="Name of the country or organisation")
    of_id: str


class Person(BaseModel):
    id: str
    name: str
    aliases: list[str] = []
    roles: list[Role] = []


class PersonPage(BaseModel):
    items: list[Person]
    total: int


class Source(BaseModel):
    article_id: str
    title: str | None
    published: str | None
    url: str | None = None
    sentence: str
    start: int | None = None
    end: int | None = None
    reported_date: str | None = None
    reported_place: str | None = None
    reported_status: str | None = None


class Participant(BaseModel):
    id: str
    name: str


class Meeting(BaseModel):
    id: str
    date: str | None = Field(description="YYYY-MM-DD, YYYY-MM or YYYY, as precise as the sources")
    date_precision: str | None = None
    place: str | None
    place_id: str | None = None
    event: str | None
    event_id: str | None = None
    mode: str = Field(description="in_person, call or virtual")
    status: str = Field(description="held, planned or cancelled")
    confidence: float | None = None
    participants: list[Participant] = []
    sources: list[Source] = []


class Counterpart(BaseModel):
    id: str
    name: str
    meetings_total: int = Field(description="How many meetings the two had, in all")
    meetings: list[Meeting] = Field(
        description="Their first meetings by date, at most `meetings_per_person`")


class MetResponse(BaseModel):
    person: Person
    items: list[Counterpart]
    total: int = Field(description="How many people the person met, in all pages")


class Organization(BaseModel):
    id: str
    name: str
    acronym: str | None = None


class OrganizationPage(BaseModel):
    items: list[Organization]
    total: int


class MemberSource(BaseModel):
    article_id: str
    title: str | None
    published: str | None
    sentence: str


class Member(BaseModel):
    id: str
    name: str
    sources: list[MemberSource] = []


class MembersResponse(BaseModel):
    organization: Organization
    items: list[Member]
    total: int


class Health(BaseModel):
    status: str
    engine: str
    version: str


# --- explore and look up ------------------------------------------------------------------

_MEETING_EXAMPLE = {
    "id": "m-cff57bc4290fd98b", "date": "2022-09-15", "date_precision": "day",
    "place": "Samarkand", "place_id": "samarkand", "event": "SCO summit",
    "event_id": "sco-summit-2022", "mode": "in_person", "status": "held", "confidence": 0.9,
    "participants": [{"id": "vladimir-putin", "name": "Vladimir Putin"},
                     {"id": "xi-jinping", "name": "Xi Jinping"}],
    "sources": [{"article_id": "a2-summit-held", "title": "Putin and Xi meet in Samarkand",
                 "published": "2022-09-16", "url": None,
                 "sentence": "Putin and Xi met in Samarkand on Thursday at the SCO summit.",
                 "start": 0, "end": 61, "reported_date": "2022-09-15",
                 "reported_place": "Samarkand", "reported_status": "held"}],
}
_PERSON_EXAMPLE = {
    "id": "vladimir-putin", "name": "Vladimir Putin", "aliases": ["Putin", "Vladimir Putin"],
    "roles": [{"title": "President", "of": "Russia", "of_id": "russia"}],
}


def _examples(*examples: object) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": list(examples)})


class Ref(BaseModel):
    id: str
    name: str


class NodeRef(BaseModel):
    """A node of any kind: a search hit, or a node of a drawing."""

    id: str = Field(description="Unique within its label; (label, id) is unique")
    label: str = Field(description="Person, Country, Organization, Event, Place or Meeting")
    name: str

    model_config = _examples({"id": "vladimir-putin", "label": "Person", "name": "Vladimir Putin"})


class PersonCounts(BaseModel):
    meetings: int
    people_met: int
    articles: int = Field(description="Articles reporting a meeting of theirs")


class PersonDetail(Person):
    counts: PersonCounts

    model_config = _examples(
        {**_PERSON_EXAMPLE, "counts": {"meetings": 5, "people_met": 4, "articles": 3}}
    )


class MeetingPage(BaseModel):
    items: list[Meeting]
    total: int = Field(description="Meetings matching the filters, on all pages")
    limit: int
    offset: int

    model_config = _examples({"items": [_MEETING_EXAMPLE], "total": 1, "limit": 50, "offset": 0})


class MeetingsBetween(BaseModel):
    person: Person
    other: Person
    met: bool
    total: int
    items: list[Meeting] = Field(description="Their meetings in date order, each with its sources")

    model_config = _examples({
        "person": _PERSON_EXAMPLE,
        "other": {"id": "xi-jinping", "name": "Xi Jinping", "aliases": ["Xi"], "roles": []},
        "met": True, "total": 1, "items": [_MEETING_EXAMPLE],
    })


class Country(BaseModel):
    id: str
    name: str
    iso2: str | None = None


class CountryPage(BaseModel):
    items: list[Country]
    total: int

    model_config = _examples(
        {"items": [{"id": "russia", "name": "Russia", "iso2": "RU"}], "total": 1}
    )


class RoleHolder(BaseModel):
    id: str
    name: str
    title: str


class CountryDetail(Country):
    leaders: list[RoleHolder] = Field(description="People holding a role of the country")
    memberships: list[Organization]
    meetings: list[Meeting] = Field(
        description="Meetings with a participant holding a role of the country (the first "
        "page of GET /meetings?country=...)"
    )
    meetings_total: int

    model_config = _examples({
        "id": "russia", "name": "Russia", "iso2": "RU",
        "leaders": [{"id": "vladimir-putin", "name": "Vladimir Putin", "title": "President"}],
        "memberships": [{"id": "sco", "name": "Shanghai Cooperation Organisation",
                         "acronym": "SCO"}],
        "meetings": [_MEETING_EXAMPLE], "meetings_total": 1,
    })


class EventSummary(BaseModel):
    id: str
    name: str
    start: str | None = None
    end: str | None = None


class EventPage(BaseModel):
    items: list[EventSummary]
    total: int

    model_config = _examples({
        "items": [{"id": "sco-summit-2022", "name": "SCO summit", "start": "2022-09-15",
                   "end": "2022-09-16"}],
        "total": 1,
    })


class OrganizationDetail(Organization):
    members: list[Ref] = Field(description="Member countries")
    people: list[RoleHolder] = Field(description="People holding a role of the organisation")
    events: list[EventSummary] = Field(description="Events it organises")
    meetings: list[Meeting] = Field(
        description="Meetings during its events or with a participant holding a role of it "
        "(the first page of GET /meetings?organization=...)"
    )
    meetings_total: int

    model_config = _examples({
        "id": "sco", "name": "Shanghai Cooperation Organisation", "acronym": "SCO",
        "members": [{"id": "china", "name": "China"}, {"id": "russia", "name": "Russia"}],
        "people": [],
        "events": [{"id": "sco-summit-2022", "name": "SCO summit", "start": "2022-09-15",
                    "end": "2022-09-16"}],
        "meetings": [_MEETING_EXAMPLE], "meetings_total": 1,
    })


class EventDetail(EventSummary):
    place: Ref | None = None
    organization: Ref | None = None
    meetings: list[Meeting]
    meetings_total: int

    model_config = _examples({
        "id": "sco-summit-2022", "name": "SCO summit", "start": "2022-09-15",
        "end": "2022-09-16", "place": {"id": "samarkand", "name": "Samarkand"},
        "organization": {"id": "sco", "name": "Shanghai Cooperation Organisation"},
        "meetings": [_MEETING_EXAMPLE], "meetings_total": 1,
    })


class PlaceDetail(BaseModel):
    id: str
    name: str
    country: Ref | None = None
    events: list[EventSummary]
    meetings: list[Meeting]
    meetings_total: int

    model_config = _examples({
        "id": "samarkand", "name": "Samarkand",
        "country": {"id": "uzbekistan", "name": "Uzbekistan"},
        "events": [{"id": "sco-summit-2022", "name": "SCO summit", "start": "2022-09-15",
                    "end": "2022-09-16"}],
        "meetings": [_MEETING_EXAMPLE], "meetings_total": 1,
    })


class MonthCount(BaseModel):
    month: str = Field(description="YYYY-MM")
    count: int


class Timeline(BaseModel):
    items: list[MonthCount] = Field(description="Months with at least one meeting, in order")
    without_month: int = Field(description="Matching meetings dated only by year, or undated")
    total: int

    model_config = _examples({
        "items": [{"month": "2022-09", "count": 3}, {"month": "2023-03", "count": 2}],
        "without_month": 0, "total": 5,
    })


class GraphRelationship(BaseModel):
    id: str = Field(description="Stable: derived from the type, the ends and the identifying "
                                "property (MET: meeting, HOLDS_ROLE: title, REPORTS: key)")
    type: str
    source: str = Field(description="id of the start node")
    target: str = Field(description="id of the end node")
    properties: dict[str, Any] = {}


class GraphView(BaseModel):
    nodes: list[NodeRef]
    relationships: list[GraphRelationship]
    truncated: bool = Field(
        default=False, description="True when the node limit cut the neighbourhood short"
    )

    model_config = _examples({
        "nodes": [
            {"id": "vladimir-putin", "label": "Person", "name": "Vladimir Putin"},
            {"id": "m-cff57bc4290fd98b", "label": "Meeting",
             "name": "Meeting 2022-09-15 in Samarkand"},
        ],
        "relationships": [{"id": "r-5b0f3c1e2d4a6789", "type": "ATTENDED",
                           "source": "vladimir-putin", "target": "m-cff57bc4290fd98b",
                           "properties": {}}],
        "truncated": False,
    })


class GraphPath(BaseModel):
    length: int = Field(description="Number of relationships")
    nodes: list[NodeRef]
    relationships: list[GraphRelationship]


class PathsResponse(BaseModel):
    source: NodeRef
    target: NodeRef
    max_hops: int
    paths: list[GraphPath] = Field(description="All shortest paths (up to the limit); empty "
                                               "when none is at most max_hops long")

    model_config = _examples({
        "source": {"id": "li-zhanshu", "label": "Person", "name": "Li Zhanshu"},
        "target": {"id": "vladimir-putin", "label": "Person", "name": "Vladimir Putin"},
        "max_hops": 4,
        "paths": [{
            "length": 2,
            "nodes": [
                {"id": "li-zhanshu", "label": "Person", "name": "Li Zhanshu"},
                {"id": "m-5fc60668c8d9557b", "label": "Meeting",
                 "name": "Meeting 2022-09-07 in Vladivostok"},
                {"id": "vladimir-putin", "label": "Person", "name": "Vladimir Putin"},
            ],
            "relationships": [
                {"id": "r-0c2b6d1f9e8a7b65", "type": "ATTENDED", "source": "li-zhanshu",
                 "target": "m-5fc60668c8d9557b", "properties": {}},
                {"id": "r-9a8b7c6d5e4f3a21", "type": "ATTENDED", "source": "vladimir-putin",
                 "target": "m-5fc60668c8d9557b", "properties": {}},
            ],
        }],
    })


class IngestRun(BaseModel):
    finished: str = Field(description="When it finished (UTC, ISO 8601)")
    source: str = Field(description="cli or api")
    articles_read: int
    articles_written: int
    articles_failed: int
    nodes_created: int
    relationships_created: int
    runs: int = Field(description="Ingest runs recorded so far")


class Stats(BaseModel):
    nodes: int
    relationships: int
    labels: dict[str, int] = Field(description="Nodes per label")
    relationship_types: dict[str, int] = Field(description="Relationships per type")
    last_ingest: IngestRun | None = None

    model_config = _examples({
        "nodes": 35, "relationships": 74,
        "labels": {"Article": 4, "Country": 10, "Event": 2, "Meeting": 7, "Organization": 2,
                   "Person": 6, "Place": 4},
        "relationship_types": {"ATTENDED": 14, "MET": 7, "REPORTS": 23},
        "last_ingest": {"finished": "2024-05-01T12:00:00+00:00", "source": "api",
                        "articles_read": 1, "articles_written": 1, "articles_failed": 0,
                        "nodes_created": 9, "relationships_created": 14, "runs": 3},
    })


# --- writes and queries -------------------------------------------------------------------

class ArticleIn(BaseModel):
    """An article with the fields the loader reads from JSON (other keys are ignored)."""

    id: str | None = Field(default=None, min_length=1, max_length=200,
                           description="Defaults to a hash of the text")
    title: str | None = Field(default=None, max_length=1000)
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}",
                                  description="YYYY-MM-DD (a longer ISO timestamp is cut)")
    url: str | None = Field(default=None, max_length=2000)
    text: str = Field(min_length=1, max_length=200_000)

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "tass-2022-09-15-putin-xi",
        "title": "Putin and Xi meet in Samarkand",
        "published": "2022-09-15",
        "url": "https://news.example/putin-xi",
        "text": "Russian President Vladimir Putin met Chinese President Xi Jinping in "
                "Samarkand on September 15, 2022, on the sidelines of the SCO summit.",
    }]})


class ArticleAdded(BaseModel):
    id: str
    title: str | None = None
    interactions: int
    memberships: int
    roles: int
    meetings: list[str] = Field(description="Ids of the meetings the article reports")


class ArticleFailure(BaseModel):
    source: str = Field(description="Position in the request, e.g. articles[2]")
    reason: str


class ArticlesAdded(BaseModel):
    items: list[ArticleAdded]
    failed: list[ArticleFailure] = []
    nodes_created: int
    relationships_created: int
    properties_set: int

    model_config = _examples({
        "items": [{"id": "tass-2022-09-15-putin-xi", "title": "Putin and Xi meet in Samarkand",
                   "interactions": 1, "memberships": 0, "roles": 2,
                   "meetings": ["m-cff57bc4290fd98b"]}],
        "failed": [], "nodes_created": 1, "relationships_created": 3, "properties_set": 40,
    })


class CypherRequest(BaseModel):
    query: str = Field(min_length=1, max_length=10_000, description="One read-only statement")
    parameters: dict[str, Any] = Field(default={}, description="Values for $name placeholders")

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "query": "MATCH (p:Person)-[:ATTENDED]->(m:Meeting) WHERE m.date STARTS WITH $year "
                 "RETURN p.name AS name, count(m) AS meetings ORDER BY meetings DESC LIMIT 5",
        "parameters": {"year": "2022"},
    }]})


class CypherResult(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]] = Field(
        description="Nodes as {element_id, id, labels, properties}, relationships as "
                    "{element_id, type, start, end, properties} (start and end are element ids), "
                    "paths as {nodes, relationships}; temporal values as ISO strings"
    )
    truncated: bool = Field(description="True when the row limit cut the result short")

    model_config = _examples({
        "columns": ["name", "meetings"],
        "rows": [{"name": "Vladimir Putin", "meetings": 3}], "truncated": False,
    })
