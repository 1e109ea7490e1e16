"""One article under construction: its sentences, how people are referred to, and its gold.

People are introduced under their full name (with a title) the first time the text names them and
referred to by the short form afterwards, as wire copy does; the gold uses the most complete form
the text gives. A few articles never give full names ("short only"), and their gold uses the short
form.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from ingest.ids import fold

from .dates import When
from .places import Where
from .world import AMBASSADOR, SPOKESPERSON, Person, World


@dataclass
class Draft:
    world: World
    rng: random.Random
    anchor: date  # when the article was written
    published: date | None  # what it shows
    short_only: bool = False
    paragraphs: list[list[str]] = field(default_factory=lambda: [[]])
    interactions: list[dict] = field(default_factory=list)
    memberships: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    templates: list[str] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)  # everyone the text names
    introduced: set[str] = field(default_factory=set)
    blocked_countries: set[str] = field(default_factory=set)  # an unnamed counterpart's country
    cities_named: set[str] = field(default_factory=set)
    _tokens: list[tuple[frozenset, frozenset]] = field(default_factory=list)

    # -- people -------------------------------------------------------------------------------
    def fits(self, person: Person) -> bool:
        """Whether the person can join the article without two people's names being confusable
        (a short form that is part of someone else's name) or breaking an unnamed counterpart."""
        if person.id in self.people:
            return True
        if person.country in self.blocked_countries:
            return False
        full, short = frozenset(fold(person.name).split()), frozenset(fold(person.short).split())
        for other_full, other_short in self._tokens:
            if short <= other_full or other_short <= full:
                return False
        # a short-only article cannot start a sentence with "da Silva" and keep the gold form
        return not (self.short_only and not person.short[0].isupper())

    def enlist(self, person: Person) -> Person:
        if person.id not in self.people:
            self.people[person.id] = person
            self._tokens.append(
                (frozenset(fold(person.name).split()), frozenset(fold(person.short).split()))
            )
        return person

    def gold_name(self, person: Person) -> str:
        return person.short if self.short_only else person.name

    def pronoun(self, person: Person, case: str = "subject") -> str:
        forms = {"subject": ("he", "she"), "object": ("him", "her"), "possessive": ("his", "her")}
        return forms[case][person.female]

    def ref(self, person: Person, *, final: bool = False, titled: bool = True) -> str:
        """How the text names the person here. ``final``: nothing follows in the clause, so an
        appositive ("X, the Russian president,") cannot be used."""
        self.enlist(person)
        if person.id in self.introduced:
            return self._again(person)
        self.introduced.add(person.id)
        return self._first(person, final=final, titled=titled)

    def _first(self, person: Person, *, final: bool, titled: bool) -> str:
        country = self.world.by_code[person.country]
        name = person.short if self.short_only else person.name
        if self.short_only:
            return f"{self._title(person)} {name}" if titled and self.rng.random() < 0.5 else name
        if not titled:
            return name
        title = self._title(person)
        r = self.rng.random()
        if person.role == AMBASSADOR:
            host = self.world.by_code[person.posted_to]
            if r < 0.55 or final:
                return f"{country.demonym} Ambassador to {host.in_text} {name}"
            return f"{name}, {country.possessive} ambassador to {host.in_text},"
        if person.role == SPOKESPERSON:
            if r < 0.6:
                return f"{country.demonym} {title} {name}"
            return f"{country.possessive} {title} {name}"
        if person.is_monarch:
            if r < 0.5:
                return f"{title} {name} of {country.in_text}"
            return (
                f"{country.demonym} {title} {name}"
                if r < 0.8
                else f"{country.possessive} {title} {name}"
            )
        if r < 0.50:
            return f"{country.demonym} {title} {name}"
        if r < 0.62:
            return f"{title} {name} of {country.in_text}"
        if r < 0.72:
            return f"{country.possessive} {title} {name}"
        if r < 0.85 and not final:
            return f"{name}, the {country.demonym} {title.lower()},"
        if r < 0.93:
            return f"{title} {name}"
        return name

    def _again(self, person: Person) -> str:
        if person.is_monarch:
            return f"{self._title(person)} {person.short}"
        r = self.rng.random()
        if r < 0.80 or person.role == SPOKESPERSON:
            return person.short
        if r < 0.95:
            return f"{self._title(person)} {person.short}"
        return f"{'Ms' if person.female else 'Mr'} {person.short}"

    @staticmethod
    def _title(person: Person) -> str:
        return person.title

    # -- text ---------------------------------------------------------------------------------
    def add(self, sentence: str, *, template: str | None = None) -> str:
        sentence = " ".join(sentence.split())  # empty slots leave double spaces behind
        sentence = sentence.replace(" ,", ",").replace(",,", ",").replace(",.", ".")
        if sentence[0].islower():
            sentence = sentence[0].upper() + sentence[1:]
        self.paragraphs[-1].append(sentence)
        if template:
            self.templates.append(template)
        return sentence

    def new_paragraph(self) -> None:
        if self.paragraphs[-1]:
            self.paragraphs.append([])

    def text(self, separator: str) -> str:
        return separator.join(" ".join(p) for p in self.paragraphs if p)

    # -- gold ---------------------------------------------------------------------------------
    def interaction(
        self, people: list[Person], mode: str, status: str, when: When, where: Where, evidence: str
    ) -> None:
        names = []
        for p in people:
            name = self.gold_name(p)
            if name not in names:
                names.append(name)
        assert len(names) >= 2, "an interaction needs two named people"
        self.interactions.append(
            {
                "participants": names,
                "mode": mode,
                "status": status,
                "date": when.gold,
                "place": where.gold,
                "evidence": evidence,
            }
        )

    def membership(self, country_code: str, organisation: str) -> None:
        record = {"member": self.world.by_code[country_code].name, "organization": organisation}
        if record not in self.memberships:
            self.memberships.append(record)
