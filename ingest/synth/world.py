"""The synthetic world: countries, the people who hold office in them, organisations and forums.

A world depends only on its seed and size, never on how many articles are drawn from it.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from ingest.ids import slug

from .countries import Country, load_countries
from .names import Name, make_name
from .organisations import FORUMS, ORGANISATIONS, VENUES, Forum, Organisation, Venue

HEAD_OF_STATE = "head_of_state"
HEAD_OF_GOVERNMENT = "head_of_government"
FOREIGN_MINISTER = "foreign_minister"
DEFENCE_MINISTER = "defence_minister"
TRADE_MINISTER = "trade_minister"
SPOKESPERSON = "spokesperson"
AMBASSADOR = "ambassador"

LEADER_ROLES = (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
MINISTER_ROLES = (FOREIGN_MINISTER, DEFENCE_MINISTER, TRADE_MINISTER)

# How often a holder of each role is in the news, before country prominence and personal spread.
_ROLE_WEIGHT = {
    HEAD_OF_STATE: 10.0,
    HEAD_OF_GOVERNMENT: 8.0,
    FOREIGN_MINISTER: 6.0,
    DEFENCE_MINISTER: 2.0,
    TRADE_MINISTER: 1.5,
    SPOKESPERSON: 0.0,
    AMBASSADOR: 0.6,
}
_SECOND_TIER = (SPOKESPERSON, DEFENCE_MINISTER, TRADE_MINISTER)

# Cultures whose monarchies have had reigning queens in modern times.
_QUEENS_POSSIBLE = frozenset({"en", "nl", "nord"})

DEFAULT_PEOPLE = 6000
MIN_PEOPLE = 40


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    short: str
    female: bool
    country: str  # ISO code of the country the person serves
    role: str
    title: str  # "President", "Foreign Minister", "Ambassador"
    posted_to: str | None = None  # ambassadors: ISO code of the host country
    weight: float = 1.0

    @property
    def is_monarch(self) -> bool:
        return self.title in (
            "King",
            "Queen",
            "Emir",
            "Sultan",
            "Prince",
            "Grand Duke",
            "Emperor",
            "Co-Prince",
        )


@dataclass
class World:
    seed: int
    countries: tuple[Country, ...]
    people: list[Person]
    organisations: tuple[Organisation, ...] = ORGANISATIONS
    forums: tuple[Forum, ...] = FORUMS
    venues: tuple[Venue, ...] = VENUES
    by_code: dict[str, Country] = field(default_factory=dict)
    office: dict[tuple[str, str], Person] = field(default_factory=dict)  # (country, role)
    ambassadors_in: dict[str, list[Person]] = field(default_factory=dict)  # by host country
    city_country: dict[str, str] = field(default_factory=dict)
    _country_cum: list[float] = field(default_factory=list)
    _people_cum: list[float] = field(default_factory=list)
    _meeters: list[Person] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_code = {c.code: c for c in self.countries}
        for c in self.countries:
            for city in c.cities:
                self.city_country.setdefault(city, c.code)
        for p in self.people:
            if p.role == AMBASSADOR:
                self.ambassadors_in.setdefault(p.posted_to, []).append(p)
            else:
                self.office[(p.country, p.role)] = p
        staffed = [c for c in self.countries if self.leader(c.code) is not None]
        self.countries = tuple(staffed)
        self._country_cum = list(accumulate(c.prominence for c in self.countries))
        self._meeters = [p for p in self.people if p.weight > 0]
        self._people_cum = list(accumulate(p.weight for p in self._meeters))

    def leader(self, code: str) -> Person | None:
        """Who leads the country's diplomacy: the executive president or the prime minister."""
        country = self.by_code[code]
        if country.government == "P":
            return self.office.get((code, HEAD_OF_STATE))
        return self.office.get((code, HEAD_OF_GOVERNMENT)) or self.office.get((code, HEAD_OF_STATE))

    def holder(self, code: str, role: str) -> Person | None:
        return self.office.get((code, role))

    def random_country(self, rng: random.Random, *, exclude: tuple[str, ...] = ()) -> Country:
        while True:
            country = self.countries[
                bisect(self._country_cum, rng.random() * self._country_cum[-1])
            ]
            if country.code not in exclude:
                return country

    def random_person(self, rng: random.Random) -> Person:
        """Anyone who takes part in meetings, the prominent far more often."""
        return self._meeters[bisect(self._people_cum, rng.random() * self._people_cum[-1])]

    @property
    def meeters(self) -> list[Person]:
        return self._meeters


def _offices(country: Country) -> list[tuple[str, str]]:
    """(role, title) for each office of a country, the most senior first."""
    offices = []
    if country.head_of_state_title:
        offices.append((HEAD_OF_STATE, country.head_of_state_title))
    if country.head_of_government_title:
        offices.append((HEAD_OF_GOVERNMENT, country.head_of_government_title))
    offices.append((FOREIGN_MINISTER, country.foreign_minister_title))
    return offices


_SECOND_TIER_TITLES = {
    SPOKESPERSON: "Foreign Ministry spokesperson",
    DEFENCE_MINISTER: "Defence Minister",
    TRADE_MINISTER: "Trade Minister",
}


class _Namer:
    """Hands out names no one else in the world has, compared as folded slugs."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.taken: set[str] = set()

    def __call__(self, culture: str, female: bool, *, monarch: bool = False) -> Name:
        for attempt in range(400):
            name = make_name(self.rng, culture, female, extended=attempt >= 40)
            if monarch:  # a given name and a regnal number, "Harald V"; then "King Harald"
                numeral = self.rng.choice(("I", "II", "III", "IV", "V", "VI", "IX", "X"))
                name = Name(f"{name.given} {numeral}", name.given, name.given)
            key = slug(name.full)
            if key not in self.taken:
                self.taken.add(key)
                return name
        raise RuntimeError(f"names of culture {culture!r} exhausted")


def _build_people(
    rng: random.Random, countries: tuple[Country, ...], n_people: int
) -> list[Person]:
    namer = _Namer(rng)
    people: list[Person] = []
    spread = {c.code: c.prominence for c in countries}
    by_weight = sorted(countries, key=lambda c: (-c.prominence, c.code))

    def add(country: Country, role: str, title: str, posted_to: str | None = None) -> None:
        monarch = role == HEAD_OF_STATE and country.government == "K"
        female = rng.random() < (0.22 if role in LEADER_ROLES else 0.35)
        if monarch and country.culture not in _QUEENS_POSSIBLE:
            female = False
        if monarch and title == "King" and female:
            title = "Queen"
        name = namer(country.culture, female, monarch=monarch)
        # A Pareto factor makes a few office holders far busier than their peers.
        weight = _ROLE_WEIGHT[role] * spread[country.code] * min(rng.paretovariate(1.6), 12.0)
        if monarch:  # monarchs receive visitors but rarely negotiate
            weight *= 0.15
        people.append(
            Person(
                slug(name.full),
                name.full,
                name.short,
                female,
                country.code,
                role,
                title,
                posted_to,
                round(weight, 4),
            )
        )

    for country in by_weight:  # leaders and foreign ministers first, so small worlds keep them
        for role, title in _offices(country):
            if len(people) < n_people:
                add(country, role, title)
    for role in _SECOND_TIER:
        for country in by_weight:
            if len(people) < n_people:
                add(country, role, _SECOND_TIER_TITLES[role])
    staffed = sorted({p.country for p in people})
    cum = list(accumulate(spread[c] for c in staffed))
    embassies: set[tuple[str, str]] = set()
    budget = n_people - len(people)
    attempts = 0
    while budget > 0 and attempts < 50 * n_people:
        attempts += 1
        sender = staffed[bisect(cum, rng.random() * cum[-1])]
        host = staffed[bisect(cum, rng.random() * cum[-1])]
        if sender == host or (sender, host) in embassies:
            continue
        embassies.add((sender, host))
        add(next(c for c in countries if c.code == sender), AMBASSADOR, "Ambassador", host)
        budget -= 1
    return people


@lru_cache(maxsize=4)
def build_world(seed: int = 0, n_people: int | None = None) -> World:
    n_people = DEFAULT_PEOPLE if n_people is None else n_people
    if n_people < MIN_PEOPLE:
        raise ValueError(f"a world needs at least {MIN_PEOPLE} people")
    rng = random.Random(f"diplograph-world-{seed}-{n_people}")
    countries = load_countries()
    return World(seed=seed, countries=countries, people=_build_people(rng, countries, n_people))
