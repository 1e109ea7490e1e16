"""Place phrases as news copy writes them, each with the gold place it gives.

By the annotation conventions the place is the city; a known residence gives its city ("the White
House" is Washington) or, outside any city, its own name; a country alone gives no place.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .countries import Country
from .organisations import Venue


@dataclass(frozen=True)
class Where:
    text: str  # "in Ankara", "at the White House", "" when the sentence names no place
    gold: str | None
    kind: str

    def __str__(self) -> str:
        return self.text


NOWHERE = Where("", None, "none")


def place_phrase(
    rng: random.Random,
    city: str,
    country: Country,
    *,
    venue: Venue | None = None,
    capital_named: bool = False,
    allow_country: bool = True,
) -> Where:
    """A phrase for a meeting in ``city`` (or at ``venue``)."""
    if venue is not None and (venue.place not in country.cities or rng.random() < 0.8):
        return Where(f"at {venue.phrase}", venue.place, "venue")
    options: list[tuple[Where, float]] = [(Where(f"in {city}", city, "city"), 6.0)]
    if city != country.name:
        options.append((Where(f"in {city}, {country.in_text}", city, "city_country"), 1.5))
        if allow_country:
            options.append((Where(f"in {country.in_text}", None, "country"), 1.0))
    if city == country.capital and capital_named and city != country.name:
        options.append((Where(f"in the {country.demonym} capital", city, "capital"), 1.5))
    options.append((Where(f"at the presidential palace in {city}", city, "palace"), 0.7))
    options.append((Where(f"at the foreign ministry in {city}", city, "ministry"), 0.4))
    (where,) = rng.choices([o for o, _ in options], [w for _, w in options])
    return where
