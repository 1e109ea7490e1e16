"""What the sentences of one article draw on: its main people, event, topic, and fresh people."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from .draft import Draft
from .world import (
    DEFENCE_MINISTER,
    FOREIGN_MINISTER,
    HEAD_OF_GOVERNMENT,
    HEAD_OF_STATE,
    SPOKESPERSON,
    TRADE_MINISTER,
    Person,
    World,
)

LEADERS = (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
OFFICIALS = (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER)
ALL_MEETERS = (*OFFICIALS, DEFENCE_MINISTER, TRADE_MINISTER)

TOPICS = (
    "trade and investment",
    "energy security",
    "the war in Ukraine",
    "regional security",
    "climate finance",
    "migration",
    "the situation in the Middle East",
    "debt relief",
    "grain exports",
    "nuclear energy cooperation",
    "maritime security",
    "visa liberalisation",
    "infrastructure financing",
    "counterterrorism",
    "food security",
    "critical minerals",
    "a proposed free trade agreement",
    "defence cooperation",
    "the humanitarian situation in Gaza",
    "border demarcation",
    "water sharing",
    "the peace process",
    "tariffs",
    "digital cooperation",
    "student exchanges",
    "a long-delayed pipeline project",
    "arms control",
    "pandemic preparedness",
)


@dataclass
class Event:
    name: str  # "the SCO summit", "the Munich Security Conference"
    city: str
    country: str
    organisation: str | None = None  # full name, for a summit of an organisation
    members: tuple[str, ...] = ()  # countries whose leaders would attend


@dataclass
class Scene:
    world: World
    draft: Draft
    rng: random.Random
    a: Person
    b: Person | None
    topic: str
    event: Event | None = None
    city: str | None = None  # where the story's meeting is
    event_day: date | None = None

    def fresh(
        self,
        roles: tuple[str, ...] = (HEAD_OF_STATE, HEAD_OF_GOVERNMENT),
        *,
        country: str | None = None,
        avoid: tuple[str, ...] = (),
    ) -> Person | None:
        """Someone not yet in the article who fits beside everyone in it."""
        for _ in range(40):
            if country is not None:
                role = self.rng.choice(roles)
                person = self.world.holder(country, role)
            else:
                code = self.world.random_country(self.rng).code
                person = self.world.holder(code, self.rng.choice(roles))
            if (
                person is not None
                and person.id not in self.draft.people
                and person.country not in avoid
                and self.draft.fits(person)
            ):
                return person
            if country is not None and _all_tried(self.world, country, roles, self.draft):
                return None
        return None

    def attendee(self) -> Person | None:
        """A leader of one of the event's member countries, not yet in the article."""
        if self.event is None or not self.event.members:
            return self.fresh(LEADERS)
        for _ in range(20):
            code = self.rng.choice(self.event.members)
            person = self.world.leader(code)
            if (
                person is not None
                and person.id not in self.draft.people
                and self.draft.fits(person)
            ):
                return person
        return None

    def spokesperson(self) -> Person | None:
        for person in (self.a, self.b):
            if person is None:
                continue
            sp = self.world.holder(person.country, SPOKESPERSON)
            if sp is not None and sp.id not in self.draft.people and self.draft.fits(sp):
                return sp
        return None


def _all_tried(world: World, country: str, roles: tuple[str, ...], draft: Draft) -> bool:
    return all(
        world.holder(country, r) is None
        or world.holder(country, r).id in draft.people
        or not draft.fits(world.holder(country, r))
        for r in roles
    )


def country_list(names: list[str]) -> str:
    """ "A, B and C" """
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"
