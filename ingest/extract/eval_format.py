"""The extractor output document of the evaluation README."""

from __future__ import annotations

from collections.abc import Iterable

from ingest.facts import ArticleFacts


def article_document(facts: ArticleFacts) -> dict:
    def person(pid: str) -> dict:
        p = facts.people.get(pid)
        if p is None:
            return {"name": pid, "mentions": []}
        return {"name": p.name, "mentions": list(p.mentions)}

    def place_name(pid: str | None) -> str | None:
        return facts.places[pid].name if pid and pid in facts.places else None

    def event_name(eid: str | None) -> str | None:
        return facts.events[eid].name if eid and eid in facts.events else None

    interactions = [{
        "participants": [person(pid) for pid in i.participant_ids],
        "mode": i.mode,
        "status": i.status,
        "date": i.date,
        "place": place_name(i.place_id),
        "event": event_name(i.event_id),
        "evidence": i.evidence.sentence,
        "confidence": i.confidence,
    } for i in facts.interactions]
    memberships = [{
        "member": facts.countries[m.country_id].name if m.country_id in facts.countries else m.country_id,
        "organization": facts.organizations[m.organization_id].name
        if m.organization_id in facts.organizations else m.organization_id,
        "evidence": m.evidence.sentence,
    } for m in facts.memberships]
    return {"id": facts.article.id, "interactions": interactions, "memberships": memberships}


def to_eval_document(facts: Iterable[ArticleFacts]) -> dict:
    return {"articles": [article_document(f) for f in facts]}
