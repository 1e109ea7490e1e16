"""Headlines and web addresses for the synthetic articles.

Headlines use second-mention names, as real ones do ("Putin, Xi to meet in Astana"); addresses
carry the published date in their path only when the article shows one.
"""

from __future__ import annotations

import random
from datetime import date

from ingest.ids import slug

from .stories import Story

_DOMAINS = (
    "www.worldwire-news.example",
    "dailyherald.example",
    "www.continental-times.example",
    "news.meridianpost.example",
    "www.globalobserver.example",
    "thediplomatictimes.example",
    "www.eastwestreport.example",
    "capitalgazette.example",
)


def title_for(story: Story, angle: str, rng: random.Random) -> str:
    people = story.people
    a = people[0].short
    b = people[1].short if len(people) > 1 else ""
    city = story.city or ""
    kind = story.kind
    if kind == "summit":
        options = [
            f"Leaders gather in {city} for {story.event.name.removeprefix('the ')}",
            f"{a} and {b} meet on summit sidelines",
            f"{story.event.name.removeprefix('the ')} opens in {city}",
        ]
        if angle == "preview":
            options = [
                f"{a}, {b} expected to meet at {story.event.name.removeprefix('the ')}",
                f"What to expect from the {story.event.name.removeprefix('the ')} in {city}",
            ]
    elif kind == "organisation":
        org = story.organisation
        options = [
            f"{org.label}: who is in and who is out",
            f"Explainer: what is {org.in_text}?",
            f"{org.label} members weigh new agenda",
        ]
    elif kind == "no_meeting":
        options = [
            f"{a} keeps door open to talks",
            f"{a} signals readiness for dialogue",
            f"No meeting planned, {a}'s office says",
        ]
    elif kind == "call":
        options = [
            f"{a}, {b} discuss {story.topic} in phone call",
            f"{a} speaks to {b} by phone",
            f"{a} and {b} hold phone talks",
        ]
        if angle == "preview":
            options = [f"{a} to speak with {b} by phone", f"{a}, {b} set to talk"]
    elif kind == "virtual":
        options = [f"{a} and {b} hold video talks", f"{a}, {b} meet virtually amid tensions"]
        if angle == "preview":
            options = [f"{a}, {b} set date for video call"]
    elif angle == "cancel":
        options = [
            f"{a} calls off meeting with {b}",
            f"{a}-{b} talks postponed",
            f"Planned {a}-{b} meeting cancelled",
        ]
    elif angle == "preview":
        options = [
            f"{a}, {b} to meet in {city}" if city else f"{a}, {b} to meet",
            f"{a} heads to {city} for talks with {b}" if city else f"{a} to hold talks with {b}",
            f"{a} to hold talks with {b}",
        ]
    elif angle == "followup":
        options = [
            f"After {a}-{b} talks, questions remain over {story.topic}",
            f"What {a}'s meeting with {b} means for {story.topic}",
        ]
    else:
        options = [
            f"{a} and {b} hold talks in {city}" if city else f"{a} and {b} hold talks",
            f"{a}, {b} discuss {story.topic}",
            f"{a} meets {b} amid push on {story.topic}",
        ]
    title = rng.choice(options)
    return title[0].upper() + title[1:]


def url_for(rng: random.Random, published: date | None, title: str, index: int) -> str:
    domain = rng.choice(_DOMAINS)
    path = slug(title)[:80].strip("-")
    if published is not None and rng.random() < 0.7:
        return f"https://{domain}/{published:%Y/%m/%d}/{path}"
    section = rng.choice(("world", "news", "politics", "diplomacy"))
    return f"https://{domain}/{section}/{path}-{index:07d}"
