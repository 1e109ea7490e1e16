"""Who a statement is attributed to: "the Kremlin said", "officials said"."""

from __future__ import annotations

import random

from .world import Person, World

SOURCES = {
    "US": ("the White House said", "the State Department said"),
    "RU": ("the Kremlin said", "Russian news agencies reported"),
    "CN": ("Chinese state media reported", "China's foreign ministry said"),
    "GB": ("Downing Street said",),
    "FR": ("the Elysee said",),
    "DE": ("a government spokesperson in Berlin said",),
    "IN": ("the Ministry of External Affairs said",),
    "TR": ("the Turkish presidency said",),
    "JP": ("the Japanese government said",),
    "UA": ("the presidential office in Kyiv said",),
}


def source_for(world: World, rng: random.Random, person: Person) -> str:
    options = SOURCES.get(person.country)
    if options and rng.random() < 0.6:
        return rng.choice(options)
    country = world.by_code[person.country]
    return rng.choice(
        (
            f"{country.possessive} foreign ministry said",
            "officials said",
            "state media reported",
            f"the {country.demonym} government said in a statement",
            "according to a statement",
            "a spokesperson said",
            "diplomatic sources said",
        )
    )


_RULERS = {
    "US": "The White House",
    "RU": "The Kremlin",
    "CN": "Beijing",
    "GB": "Downing Street",
    "FR": "The Elysee",
    "TR": "Ankara",
    "IN": "New Delhi",
}


def ruler_for(world: World, rng: random.Random, person: Person) -> str:
    """Who rules a meeting out, as the subject of a sentence."""
    country = world.by_code[person.country]
    if person.country in _RULERS and rng.random() < 0.6:
        return _RULERS[person.country]
    options = (
        f"{country.possessive} foreign ministry",
        f"The {country.demonym} government",
        f"Officials in {country.capital}",
    )
    text = rng.choice(options)
    return text[0].upper() + text[1:]
