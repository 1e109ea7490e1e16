"""A large graph without NLP: `ingest.synth.meeting_graph` records, each made into one
article's facts and written through the ingest writer (batched UNWIND transactions)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from app.graph.db import Graph
from ingest.facts import Article, ArticleFacts, Country, Event, Evidence, Interaction, Person, Place
from ingest.ids import slug
from ingest.pipeline import chunked
from ingest.synth import build_world, meeting_graph
from ingest.writer import write_facts

_VERB = {"in_person": "met", "call": "spoke by phone with", "virtual": "held a video call with"}


@dataclass
class LoadedGraph:
    meetings: int = 0
    seconds: float = 0.0
    meetings_per_person: Counter[str] = field(default_factory=Counter)


def _facts(record: dict, country_names: dict[str, str]) -> ArticleFacts:
    people = {p["id"]: Person(p["id"], p["name"], [p["name"]]) for p in record["participants"]}
    names = [p["name"] for p in record["participants"]]
    sentence = f"{names[0]} {_VERB[record['mode']]} {', '.join(names[1:])}."
    day = date.fromisoformat(record["date"])
    facts = ArticleFacts(
        article=Article(id=record["id"], text=sentence, title=sentence, published=day),
        people=people,
    )
    place_id = event_id = None
    if record["place"]:
        country = record["place_country"]
        country_id = slug(country_names[country]) if country in country_names else None
        if country_id:
            facts.countries[country_id] = Country(country_id, country_names[country], country)
        place_id = slug(record["place"])
        facts.places[place_id] = Place(place_id, record["place"], country_id)
    if record["event"]:
        event_id = slug(f"{record['event']} {day.year}")
        facts.events[event_id] = Event(event_id, record["event"], place_id=place_id,
                                       start=record["date"], end=record["date"])
    facts.interactions.append(Interaction(
        participant_ids=list(people), mode=record["mode"], status=record["status"],
        evidence=Evidence(sentence, 0, len(sentence)), date=record["date"], place_id=place_id,
        event_id=event_id, confidence=0.8,
    ))
    return facts


def meeting_facts(n_meetings: int, n_people: int, seed: int = 0) -> Iterator[ArticleFacts]:
    countries = {c.code: c.name for c in build_world(seed, n_people).countries}
    for record in meeting_graph(n_meetings, n_people, seed=seed):
        yield _facts(record, countries)


def load_meetings(graph: Graph, n_meetings: int, n_people: int, *, batch_size: int = 500,
                  seed: int = 0) -> LoadedGraph:
    loaded = LoadedGraph()
    start = time.perf_counter()
    for batch in chunked(meeting_facts(n_meetings, n_people, seed), batch_size):
        write_facts(graph, batch)
        for f in batch:
            loaded.meetings += 1
            loaded.meetings_per_person.update(f.people.keys())
    loaded.seconds = time.perf_counter() - start
    return loaded
