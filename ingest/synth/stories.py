"""Stories: one meeting (or summit) covered by one to four articles from different angles.

A preview announces the meeting, a report tells it took place, a follow-up looks back on it; a
cancelled meeting gets a preview and cancellation pieces. A bounded pool of open stories feeds
the article stream, so memory does not grow with the number of articles.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from ingest.ids import fold

from .organisations import Organisation, Venue
from .scene import TOPICS, Event
from .world import (
    AMBASSADOR,
    DEFENCE_MINISTER,
    FOREIGN_MINISTER,
    HEAD_OF_GOVERNMENT,
    HEAD_OF_STATE,
    TRADE_MINISTER,
    Person,
    World,
)

FIRST_DAY = date(2016, 1, 4)
LAST_DAY = date(2025, 12, 20)

# Story kinds and how often each starts a story.
KINDS = (
    ("bilateral", 40),
    ("call", 14),
    ("virtual", 6),
    ("cancelled", 9),
    ("group", 6),
    ("summit", 11),
    ("ambassador", 4),
    ("organisation", 5),
    ("no_meeting", 5),
)
_ANGLES = {
    "bilateral": ("preview", "report", "report", "followup"),
    "call": ("report", "report", "followup", "preview"),
    "virtual": ("report", "preview", "followup"),
    "cancelled": ("preview", "cancel", "cancel"),
    "group": ("report", "preview"),
    "summit": ("preview", "report", "report", "followup"),
    "ambassador": ("report",),
    "organisation": ("report",),
    "no_meeting": ("report",),
}
MODE = {"call": "call", "virtual": "virtual"}
_POOL_SIZE = 48


@dataclass
class Story:
    kind: str
    people: list[Person]
    day: date  # of the meeting, or the summit's first day
    topic: str
    city: str | None = None
    venue: Venue | None = None
    event: Event | None = None
    organisation: Organisation | None = None
    angles: list[str] = field(default_factory=list)
    sideline_pairs: list[tuple[Person, Person]] = field(default_factory=list)
    attendees: list[Person] = field(default_factory=list)
    medium: str | None = None  # a cancelled call or a virtual joint meeting

    @property
    def mode(self) -> str:
        return self.medium or MODE.get(self.kind, "in_person")


def _confusable(people: list[Person]) -> bool:
    """True when one person's short name is part of another's name: the text could not tell
    them apart."""
    seen = []
    for p in people:
        full, short = set(fold(p.name).split()), set(fold(p.short).split())
        for other_full, other_short in seen:
            if short <= other_full or other_short <= full:
                return True
        seen.append((full, short))
    return False


def _counterpart(world: World, rng: random.Random, a: Person) -> Person | None:
    """Someone from another country whom ``a`` would plausibly meet."""
    if a.role == AMBASSADOR:
        host = a.posted_to
        return world.holder(
            host,
            rng.choice((FOREIGN_MINISTER, FOREIGN_MINISTER, HEAD_OF_STATE, HEAD_OF_GOVERNMENT)),
        )
    country = world.random_country(rng, exclude=(a.country,))
    if a.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
        role = (
            a.role
            if rng.random() < 0.55
            else rng.choice((HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER))
        )
        if a.is_monarch and rng.random() < 0.7:
            role = HEAD_OF_GOVERNMENT
        person = world.holder(country.code, role)
        return person or world.leader(country.code)
    if a.role == FOREIGN_MINISTER:
        role = FOREIGN_MINISTER if rng.random() < 0.75 else HEAD_OF_STATE
        return world.holder(country.code, role) or world.holder(country.code, FOREIGN_MINISTER)
    return world.holder(country.code, a.role)


def _place(world: World, rng: random.Random, people: list[Person]) -> tuple[str, Venue | None]:
    host = rng.choice([p.posted_to if p.role == AMBASSADOR else p.country for p in people])
    country = world.by_code[host]
    venues = [v for v in world.venues if v.country == host]
    if venues and rng.random() < 0.3:
        venue = rng.choice(venues)
        return venue.place, venue
    city = country.capital if rng.random() < 0.72 else rng.choice(country.cities)
    return city, None


def _day(rng: random.Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))


def _pair_story(world: World, rng: random.Random, kind: str) -> Story | None:
    a = world.random_person(rng)
    if kind == "ambassador":
        candidates = world.ambassadors_in.get(world.random_country(rng).code)
        if not candidates:
            return None
        a = rng.choice(candidates)
    elif a.role == AMBASSADOR:
        return None
    b = _counterpart(world, rng, a)
    if b is None or b.id == a.id or _confusable([a, b]):
        return None
    people = [a, b]
    story = Story(kind, people, _day(rng), rng.choice(TOPICS))
    if kind in ("bilateral", "cancelled", "ambassador", "group"):
        story.city, story.venue = _place(world, rng, people)
    if kind == "group":
        extra = _group_members(world, rng, people)
        if extra is None:
            return None
        story.people = extra
    return story


def _group_members(world: World, rng: random.Random, pair: list[Person]) -> list[Person] | None:
    """A joint meeting: a third leader, or both delegations' ministers."""
    a, b = pair
    if rng.random() < 0.5:
        country = world.random_country(rng, exclude=(a.country, b.country))
        c = world.holder(country.code, b.role) or world.leader(country.code)
        people = [a, b, c]
    else:
        fa = world.holder(
            a.country, FOREIGN_MINISTER if a.role != FOREIGN_MINISTER else DEFENCE_MINISTER
        )
        fb = world.holder(
            b.country, FOREIGN_MINISTER if b.role != FOREIGN_MINISTER else TRADE_MINISTER
        )
        people = [a, b, fa, fb]
    if any(p is None for p in people) or len({p.id for p in people}) < len(people):
        return None
    return None if _confusable(people) else people


def _summit_story(world: World, rng: random.Random) -> Story | None:
    if rng.random() < 0.65:
        orgs = [o for o in world.organisations if o.holds_summits]
        org = rng.choice(orgs)
        members = [c for c in org.members if world.by_code.get(c) and world.leader(c) is not None]
        if len(members) < 3:
            return None
        host = world.by_code[rng.choice(members)]
        city = host.capital if rng.random() < 0.6 else rng.choice(host.cities)
        label = org.acronym or org.name
        event = Event(f"the {label} summit", city, host.code, org.name, tuple(members))
        pool = members
    else:
        org = None
        forum = rng.choice(world.forums)
        event = Event(f"the {forum.name}", forum.city, forum.country)
        pool = [c.code for c in world.countries]
    rng.shuffle(pool)
    leaders = []
    for code in pool:
        leader = world.leader(code)
        if leader is not None and not _confusable(leaders + [leader]):
            leaders.append(leader)
        if len(leaders) >= rng.randint(5, 8):
            break
    if len(leaders) < 4:
        return None
    pairs = [(leaders[0], leaders[1]), (leaders[2], leaders[0]), (leaders[1], leaders[3])]
    story = Story(
        "summit",
        leaders[:4],
        _day(rng),
        rng.choice(TOPICS),
        city=event.city,
        event=event,
        organisation=org,
    )
    story.sideline_pairs = pairs
    story.attendees = leaders[4:]
    return story


def new_story(world: World, rng: random.Random) -> Story:
    kinds = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    while True:
        kind = rng.choices(kinds, weights)[0]
        if kind == "summit":
            story = _summit_story(world, rng)
        else:
            story = _pair_story(world, rng, kind)
        if story is None:
            continue
        angles = list(_ANGLES[kind])
        if kind == "cancelled":
            story.medium = rng.choices(("in_person", "call", "virtual"), (80, 12, 8))[0]
        if kind == "group" and len(story.people) == 3 and rng.random() < 0.25:
            story.medium = "virtual"
            story.city = story.venue = None
        if len(story.people) == 4 or story.medium == "virtual" and kind == "group":
            angles = ["report"]  # no template announces these joint meetings
        count = rng.choices((1, 2, 3, 4), (45, 30, 15, 10))[0]
        story.angles = rng.sample(angles, min(count, len(angles)))
        return story


class StoryPool:
    """Open stories; each article takes the next angle of a random one."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng
        self.open: list[Story] = []

    def next(self) -> tuple[Story, str]:
        if not self.open or (len(self.open) < _POOL_SIZE and self.rng.random() < 0.45):
            self.open.append(new_story(self.world, self.rng))
        index = self.rng.randrange(len(self.open))
        story = self.open[index]
        angle = story.angles.pop()
        if not story.angles:
            self.open[index] = self.open[-1]
            self.open.pop()
        return story, angle
