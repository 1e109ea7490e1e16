"""Meeting records without text, for loading a large graph straight into the database.

Participants are drawn by how busy they are (role, country prominence and a heavy-tailed personal
factor), so a few leaders meet far more often than most officials, as in real diplomacy.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import accumulate

from .stories import _counterpart
from .world import AMBASSADOR, build_world

_FIRST = date(2000, 1, 1)
_SPAN_DAYS = (date(2025, 12, 31) - _FIRST).days
_MODES = ("in_person", "call", "virtual")
_STATUSES = ("held", "planned", "cancelled")


def meeting_graph(n_meetings: int, n_people: int, *, seed: int = 0) -> Iterator[dict]:
    """Yield ``n_meetings`` meetings among the ``n_people`` people of the seed's world:
    {id, participants: [{id, name, country, role}], date, place, place_country, mode, status,
    event}."""
    world = build_world(seed, n_people)
    rng = random.Random(f"diplograph-graph-{seed}")
    people = world.meeters
    cum = list(accumulate(p.weight for p in people))
    total = cum[-1]

    def draw():
        return people[bisect(cum, rng.random() * total)]

    forums = world.forums
    for index in range(n_meetings):
        a = draw()
        group = [a]
        size = 2 if rng.random() < 0.9 else rng.randint(3, 5)
        b = _counterpart(world, rng, a) if rng.random() < 0.7 else None
        if b is not None and b.id != a.id:
            group.append(b)
        while len(group) < size:
            c = draw()
            if all(c.id != p.id and c.country != p.country for p in group):
                group.append(c)
        mode = rng.choices(_MODES, (70, 22, 8))[0]
        status = rng.choices(_STATUSES, (80, 14, 6))[0]
        event = None
        place = country = None
        if mode == "in_person":
            if rng.random() < 0.15:
                forum = rng.choice(forums)
                event, place, country = forum.name, forum.city, forum.country
            else:
                host = rng.choice(
                    [p.posted_to if p.role == AMBASSADOR else p.country for p in group]
                )
                hosted = world.by_code[host]
                place = hosted.capital if rng.random() < 0.75 else rng.choice(hosted.cities)
                country = host
        day = _FIRST + timedelta(days=rng.randrange(_SPAN_DAYS))
        yield {
            "id": f"meeting-{seed}-{index:07d}",
            "participants": [
                {"id": p.id, "name": p.name, "country": p.country, "role": p.role} for p in group
            ],
            "date": day.isoformat(),
            "place": place,
            "place_country": country,
            "mode": mode,
            "status": status,
            "event": event,
        }
