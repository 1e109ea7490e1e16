"""What the extractor reads out of one article: the contract between extraction and graph writes.

Offsets are character offsets into ``Article.text``. Ids are stable slugs (see ``ingest.ids``),
so the same person, country or organisation gets the same id in every article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Mode = Literal["in_person", "call", "virtual"]
Status = Literal["held", "planned", "cancelled"]
Precision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None  # file the article was read from


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int  # of the sentence in Article.text
    end: int


@dataclass
class Person:
    id: str
    name: str  # most complete form known (gazetteer canonical name, else longest mention)
    mentions: list[str] = field(default_factory=list)  # surface forms seen in this article
    wikidata: str | None = None


@dataclass
class Country:
    id: str
    name: str
    iso2: str | None = None


@dataclass
class Organization:
    id: str
    name: str
    acronym: str | None = None


@dataclass
class Place:
    id: str
    name: str
    country_id: str | None = None


@dataclass
class Event:
    id: str
    name: str  # "SCO summit", "Eastern Economic Forum"
    organization_id: str | None = None
    place_id: str | None = None
    start: str | None = None  # ISO date, possibly partial ("2022-09")
    end: str | None = None


@dataclass
class Interaction:
    participant_ids: list[str]  # Person ids, two or more
    mode: Mode
    status: Status
    evidence: Evidence
    date: str | None = None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    place_id: str | None = None
    event_id: str | None = None
    confidence: float = 0.5


@dataclass
class Membership:
    country_id: str
    organization_id: str
    evidence: Evidence
    confidence: float = 0.5


@dataclass
class Role:
    person_id: str
    title: str  # "President", "Foreign Minister", "Ambassador to China"
    of_kind: Literal["Country", "Organization"]
    of_id: str
    evidence: Evidence
    confidence: float = 0.5


@dataclass
class ArticleFacts:
    article: Article
    people: dict[str, Person] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    interactions: list[Interaction] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
