"""The rows of one batch of articles for the writer's UNWIND statements.

Where several articles (in this batch or written earlier) say something of the same node, the
values are combined by rules that do not depend on the order the articles come in: the union
of aliases, sorted; the longest name (ties: the first in code point order); the smallest
Wikidata id; the earliest start and latest end of an event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ingest.facts import ArticleFacts
from ingest.ids import digest, search_key
from ingest.meeting_merge import Report


def preferred_name(*names: str | None) -> str | None:
    known = [n for n in names if n]
    return min(known, key=lambda n: (-len(n), n)) if known else None


def _smallest(*values: str | None) -> str | None:
    known = [v for v in values if v]
    return min(known) if known else None


def person_row(person_id: str, name: str | None, aliases: Iterable[str],
               wikidata: str | None) -> dict[str, Any]:
    ordered = sorted(set(aliases))
    return {
        "id": person_id, "name": name, "aliases": ordered, "wikidata": wikidata,
        "search": " | ".join(dict.fromkeys(search_key(a) for a in ordered)),
    }


def merged_person(stored: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """A person as stored in the graph combined with what this batch says of them."""
    if stored is None or stored.get("name") is None:
        return new
    return person_row(
        new["id"], preferred_name(stored["name"], new["name"]),
        [*(stored.get("aliases") or []), *new["aliases"]],
        _smallest(stored.get("wikidata"), new["wikidata"]),
    )


def people_rows(facts: Sequence[ArticleFacts]) -> dict[str, dict[str, Any]]:
    names: dict[str, list[str]] = {}
    aliases: dict[str, set[str]] = {}
    wikidata: dict[str, list[str]] = {}
    for f in facts:
        for p in f.people.values():
            names.setdefault(p.id, []).append(p.name)
            aliases.setdefault(p.id, set()).update([*p.mentions, p.name])
            if p.wikidata:
                wikidata.setdefault(p.id, []).append(p.wikidata)
    return {
        pid: person_row(pid, preferred_name(*names[pid]), aliases[pid],
                        _smallest(*wikidata.get(pid, [])))
        for pid in sorted(names)
    }


def _unique(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        seen.setdefault(tuple(sorted((k, repr(v)) for k, v in row.items())), row)
    return list(seen.values())


def meeting_reports(facts: Sequence[ArticleFacts]) -> list[Report]:
    reports = []
    for f in facts:
        as_of = f.article.published.isoformat() if f.article.published else ""
        for i in f.interactions:
            people = sorted(set(i.participant_ids))
            if len(people) < 2:
                continue
            key = "|".join(people)
            place = f.places.get(i.place_id) if i.place_id else None
            event = f.events.get(i.event_id) if i.event_id else None
            reports.append(Report(
                key=digest(f.article.id, "MEETING", key, i.mode, i.evidence.start),
                article_id=f.article.id, participants_key=key, mode=i.mode, status=i.status,
                as_of=as_of, confidence=i.confidence, sentence=i.evidence.sentence,
                start=i.evidence.start, end=i.evidence.end, date=i.date,
                place_id=place.id if place else None, place=place.name if place else None,
                event_id=event.id if event else None, event=event.name if event else None,
            ))
    return reports


def batch_rows(facts: Sequence[ArticleFacts]) -> dict[str, list[dict[str, Any]]]:
    """Rows per statement; nodes named by several articles of the batch come once (or, where
    their values are combined in the graph, once per distinct value)."""
    articles, countries, orgs = {}, {}, {}
    places, events = [], []
    memberships, roles_country, roles_org = [], [], []
    for f in facts:
        a = f.article
        articles[a.id] = {
            "id": a.id, "title": a.title, "url": a.url, "source": a.source, "text": a.text,
            "published": a.published.isoformat() if a.published else None,
            "text_hash": digest(a.text, length=40),
        }
        for c in f.countries.values():
            countries[c.id] = {"id": c.id, "name": c.name, "iso2": c.iso2, "search": search_key(c.name)}
        for o in f.organizations.values():
            orgs[o.id] = {
                "id": o.id, "name": o.name, "acronym": o.acronym,
                "search": " | ".join(search_key(x) for x in (o.name, o.acronym or "") if x),
            }
        places.extend(
            {"id": pl.id, "name": pl.name, "country_id": pl.country_id} for pl in f.places.values()
        )
        events.extend(
            {"id": e.id, "name": e.name, "start": e.start, "end": e.end, "place_id": e.place_id,
             "organization_id": e.organization_id}
            for e in f.events.values()
        )
        for m in f.memberships:
            memberships.append({
                "article_id": a.id, "country_id": m.country_id,
                "organization_id": m.organization_id,
                "key": digest(a.id, "MEMBER_OF", m.country_id, m.organization_id),
                "sentence": m.evidence.sentence, "start": m.evidence.start,
                "end": m.evidence.end, "confidence": m.confidence,
            })
        for r in f.roles:
            row = {
                "article_id": a.id, "person_id": r.person_id, "title": r.title,
                "of_id": r.of_id, "key": digest(a.id, "HOLDS_ROLE", r.person_id, r.title, r.of_id),
                "sentence": r.evidence.sentence, "start": r.evidence.start,
                "end": r.evidence.end, "confidence": r.confidence,
            }
            (roles_country if r.of_kind == "Country" else roles_org).append(row)
    return {
        "articles": list(articles.values()),
        "countries": [countries[k] for k in sorted(countries)],
        "organizations": [orgs[k] for k in sorted(orgs)],
        "places": sorted(_unique(places), key=lambda r: r["id"]),
        "events": sorted(_unique(events), key=lambda r: r["id"]),
        "memberships": memberships, "roles_country": roles_country, "roles_org": roles_org,
    }
