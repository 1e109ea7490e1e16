"""Background sentences: context that names countries and organisations but states no meeting
and no membership."""

from __future__ import annotations

import random

from .scene import Scene

_TEMPLATES = (
    (
        "Relations between {A} and {B} have been strained since a dispute over {topic} erupted "
        "{years} years ago."
    ),
    (
        "Bilateral trade between {A} and {B} reached ${n} billion last year, according to official "
        "figures."
    ),
    (
        "{A} is {Bs} {rank} trading partner, and the two countries have signed more than {m} "
        "cooperation agreements."
    ),
    "The visit comes at a delicate moment for {A}, which is facing {pressure}.",
    (
        "Analysts say {A} is seeking to diversify its partnerships amid growing uncertainty over "
        "{topic}."
    ),
    "The two countries established diplomatic relations in {year}.",
    "{A} has repeatedly called for a ceasefire and for talks on {topic}.",
    "Critics at home have accused the government of {A} of moving too slowly on {topic}.",
    "Energy has long been at the heart of ties between {A} and {B}.",
    "The {Ad} economy grew by {pct} percent last year, its slowest pace in a decade.",
    "Tensions in the region have risen sharply in recent months.",
    "Diplomats said the agenda had been agreed well in advance, but few expected a breakthrough.",
    "Opposition parties in {A} have questioned the cost of the trip.",
    "{A} and {B} have differed over {topic} but have kept channels of communication open.",
    "Human rights groups urged the delegations to raise the cases of detained journalists.",
    "Security was tight, with several streets in the city centre closed to traffic.",
    "The {Ad} currency has lost nearly a fifth of its value against the dollar this year.",
)
_RANKS = ("largest", "second-largest", "third-largest", "fifth-largest")
_PRESSURE = (
    "a cost-of-living crisis",
    "mounting debt repayments",
    "a divided parliament",
    "protests over fuel prices",
    "an upcoming election",
    "a severe drought",
)


def add_background(scene: Scene, rng: random.Random) -> None:
    world = scene.world
    a = world.by_code[scene.a.country]
    b = world.by_code[scene.b.country] if scene.b is not None else world.random_country(rng)
    if b.code == a.code:
        b = world.random_country(rng, exclude=(a.code,))
    text = rng.choice(_TEMPLATES).format(
        A=a.in_text,
        B=b.in_text,
        Bs=b.possessive,
        Ad=a.demonym,
        topic=scene.topic,
        years=rng.randint(2, 12),
        n=rng.randint(2, 180),
        rank=rng.choice(_RANKS),
        m=rng.randint(10, 80),
        pressure=rng.choice(_PRESSURE),
        year=rng.randint(1949, 1995),
        pct=f"{rng.randint(0, 6)}.{rng.randint(0, 9)}",
    )
    scene.draft.add(text, template="background")
