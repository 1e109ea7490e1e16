"""The JSON gazetteers and word lists in ``ingest/gazetteer``, loaded once into lookup dicts."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import pycountry

from ingest.ids import fold as _fold
from ingest.ids import slug

T = TypeVar("T")

# folding is the extractor's most frequent string operation: the same words fold again and again
fold = lru_cache(maxsize=1 << 16)(_fold)

DATA_DIR = Path(__file__).resolve().parent.parent / "gazetteer"
# family name written first: "Xi" is Xi Jinping, "Moon" is Moon Jae-in
FAMILY_NAME_FIRST = {"china", "taiwan", "north-korea", "south-korea", "vietnam", "cambodia", "hungary"}
# no family name, the given name used alone: "Abiy" is Abiy Ahmed, "Isaias" Isaias Afwerki
GIVEN_NAME_ALONE = {"ethiopia", "eritrea", "iceland"}


def _load(name: str):
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return json.load(fh)


@dataclass(frozen=True)
class Office:
    title: str
    start: date | None
    end: date | None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class KnownPerson:
    id: str
    name: str
    country: str  # country id, or an organisation id for officials of an organisation
    offices: list[Office]
    aliases: list[str]
    wikidata: str | None = None

    def titles_on(self, day: date | None) -> list[str]:
        if day is None:
            return []
        return [o.title for o in self.offices if o.holds_on(day)]


@dataclass
class KnownCountry:
    id: str
    name: str
    iso2: str | None
    aliases: list[str]
    demonyms: list[str]
    capitals: list[str]  # forms of the capital's name
    seats: list[str]
    other_capitals: list[str] = field(default_factory=list)  # a second seat: Putrajaya, The Hague


@dataclass
class KnownOrg:
    id: str
    name: str
    acronym: str | None
    aliases: list[str]
    member_terms: list[str] = field(default_factory=list)  # its own word for members ("partner states")


@dataclass
class KnownPlace:
    id: str
    name: str
    country: str | None
    kind: str  # "city" | "venue"
    city: str | None = None  # for venues inside a city
    aliases: list[str] = field(default_factory=list)


@dataclass
class KnownEvent:
    id: str
    name: str
    city: str | None
    organization: str | None
    aliases: list[str]


@dataclass
class TitleInfo:
    title: str
    cls: str


@dataclass
class Gazetteer:
    people: dict[str, KnownPerson] = field(default_factory=dict)
    countries: dict[str, KnownCountry] = field(default_factory=dict)
    orgs: dict[str, KnownOrg] = field(default_factory=dict)
    places: dict[str, KnownPlace] = field(default_factory=dict)
    events: dict[str, KnownEvent] = field(default_factory=dict)
    # folded surface form -> id
    person_by_form: dict[str, str] = field(default_factory=dict)
    people_by_surname: dict[str, list[str]] = field(default_factory=dict)
    country_by_name: dict[str, str] = field(default_factory=dict)
    country_by_demonym: dict[str, str] = field(default_factory=dict)
    country_by_seat: dict[str, str] = field(default_factory=dict)
    org_by_form: dict[str, str] = field(default_factory=dict)
    place_by_form: dict[str, str] = field(default_factory=dict)
    event_by_form: dict[str, str] = field(default_factory=dict)
    not_places: set[str] = field(default_factory=set)
    person_forms_by_word: dict[str, set[str]] = field(default_factory=dict)  # regions, states, continents: never a meeting's place
    titles: dict[str, TitleInfo] = field(default_factory=dict)  # folded form -> title
    title_words: set[str] = field(default_factory=set)
    leader_words: set[str] = field(default_factory=set)
    counterpart_words: set[str] = field(default_factory=set)
    rank_words: list[str] = field(default_factory=list)
    name_prefixes: set[str] = field(default_factory=set)
    not_current: set[str] = field(default_factory=set)
    lexicon: dict = field(default_factory=dict)
    _derived: dict = field(default_factory=dict, repr=False, compare=False)

    def derived(self, key: str, build: Callable[[Gazetteer], T]) -> T:
        """``build(self)``, computed once: word sets the rules derive from the lexicon."""
        if key not in self._derived:
            self._derived[key] = build(self)
        return self._derived[key]

    # ------------------------------------------------------------ lookups
    def country(self, text: str) -> str | None:
        """Country id for a name, alias, demonym, capital or seat of power."""
        key = fold(_strip_possessive(text))
        key = key.removeprefix("the ")
        return (
            self.country_by_name.get(key)
            or self.country_by_demonym.get(key)
            or self.country_by_seat.get(key)
        )

    def country_name_only(self, text: str) -> str | None:
        key = fold(_strip_possessive(text))
        key = key.removeprefix("the ")
        return self.country_by_name.get(key)

    def org(self, text: str) -> str | None:
        key = fold(_strip_possessive(text))
        key = key.removeprefix("the ")
        return self.org_by_form.get(key)

    def place(self, text: str) -> KnownPlace | None:
        key = fold(_strip_possessive(text))
        key = key.removeprefix("the ")
        pid = self.place_by_form.get(key)
        return self.places.get(pid) if pid else None

    def capital(self, country_id: str) -> KnownPlace | None:
        c = self.countries.get(country_id)
        return self.place(c.capitals[0]) if c and c.capitals else None

    def event(self, text: str) -> KnownEvent | None:
        key = fold(text)
        key = key.removeprefix("the ")
        eid = self.event_by_form.get(key)
        return self.events.get(eid) if eid else None

    def title(self, text: str) -> TitleInfo | None:
        return self.titles.get(fold(text))

    def lex(self, key: str) -> set[str]:
        return self.lexicon[key]


def _iso_names(iso2: str | None) -> list[str]:
    """The ISO 3166 names of a country usable as written forms ("Kingdom of Bahrain", "Viet Nam");
    inverted ones ("Korea, Republic of") are not."""
    record = pycountry.countries.get(alpha_2=iso2) if iso2 else None
    if record is None:
        return []
    names = [getattr(record, key, None) for key in ("name", "official_name", "common_name")]
    return [n for n in names if n and not any(ch in n for ch in ",()")]


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _place_id(name: str, gz: Gazetteer) -> str:
    """A city's id; a city-state's city ("Singapore", "Monaco") gets its own, apart from the country's."""
    pid = slug(name)
    return f"{pid}-city" if pid in gz.countries else pid


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    gz = Gazetteer()

    rows = _load("countries.json")
    written = {fold(f) for row in rows for f in [row["name"], *row["aliases"]]}
    for row in rows:
        cid = slug(row["name"])
        aliases = row["aliases"] + [f for f in _iso_names(row.get("iso2")) if fold(f) not in written]
        c = KnownCountry(cid, row["name"], row.get("iso2"), aliases, row["demonyms"],
                         row["capitals"], row["seats_of_power"], row.get("other_capitals", []))
        gz.countries[cid] = c
        for form in [c.name, *c.aliases]:
            gz.country_by_name[fold(form)] = cid
        for form in c.demonyms:
            gz.country_by_demonym[fold(form)] = cid
        for form in [*c.capitals, *c.other_capitals, *c.seats]:
            gz.country_by_seat[fold(form)] = cid
        for forms in [c.capitals, *([o] for o in c.other_capitals)] if c.capitals else ():
            pid = _place_id(forms[0], gz)
            gz.places.setdefault(pid, KnownPlace(pid, forms[0], cid, "city", None, forms[1:]))
            for form in forms:
                gz.place_by_form.setdefault(fold(form).removeprefix("the "), pid)

    places = _load("places.json")
    for row in places["cities"]:
        pid = _place_id(row["name"], gz)
        gz.places[pid] = KnownPlace(pid, row["name"], row["country"], "city", None, row["aliases"])
        for form in [row["name"], *row["aliases"]]:
            gz.place_by_form[fold(form)] = pid
    gz.not_places = {fold(x).removeprefix("the ") for x in places.get("not_places", [])}
    for row in places["venues"]:
        pid = _place_id(row["name"], gz)
        gz.places[pid] = KnownPlace(pid, row["name"], row["country"], "venue", row.get("city"),
                                    row["aliases"])
        for form in [row["name"], *row["aliases"]]:
            gz.place_by_form[fold(form)] = pid

    for row in _load("organizations.json"):
        o = KnownOrg(row["id"], row["name"], row.get("acronym"), row["aliases"], row.get("member_terms", []))
        gz.orgs[o.id] = o
        for form in [o.name, *o.aliases] + ([o.acronym] if o.acronym else []):
            gz.org_by_form[fold(form)] = o.id

    for row in _load("events.json"):
        eid = slug(row["name"])
        e = KnownEvent(eid, row["name"], row.get("city"), row.get("organization"), row["aliases"])
        gz.events[eid] = e
        for form in [e.name, *e.aliases]:
            gz.event_by_form[fold(form)] = eid

    for row in _load("people.json"):
        pid = slug(row["name"])
        offices = [Office(r["title"], _day(r.get("from")), _day(r.get("to"))) for r in row["roles"]]
        p = KnownPerson(pid, row["name"], row["country"], offices, row["aliases"], row.get("wikidata"))
        gz.people[pid] = p
        for form in [p.name, *p.aliases]:
            gz.person_by_form[fold(form)] = pid
            words = fold(form).split()
            surnames = {words[-1]}
            if p.country in FAMILY_NAME_FIRST | GIVEN_NAME_ALONE and len(words) > 1:
                surnames.add(words[0])
            for last in surnames:
                ids = gz.people_by_surname.setdefault(last, [])
                if pid not in ids:
                    ids.append(pid)

    for form in gz.person_by_form:
        for w in form.split():
            gz.person_forms_by_word.setdefault(w, set()).add(form)

    titles = _load("titles.json")
    for row in titles["titles"]:
        info = TitleInfo(row["title"], row["class"])
        for form in row["forms"]:
            gz.titles[fold(form)] = info
            gz.title_words.update(fold(form).split())
    gz.leader_words = {fold(w) for w in titles["leader_words"]}
    gz.counterpart_words = {fold(w) for w in titles["counterpart_words"]}
    gz.rank_words = [fold(w) for w in titles["rank_words"]]
    gz.name_prefixes = {fold(w) for w in titles["name_prefixes"]}
    gz.not_current = {fold(w) for w in titles["not_current"]}

    lex = _load("lexicon.json")
    gz.lexicon = {k: (set(v) if isinstance(v, list) and all(isinstance(x, str) for x in v) else v)
                  for k, v in lex.items()}
    return gz
