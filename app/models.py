"""Response models of the REST API."""

from __future__ import annotations

from pydantic import BaseModel, Field


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
    meetings: list[Meeting]


class MetResponse(BaseModel):
    person: Person
    items: list[Counterpart]
    total: int


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
