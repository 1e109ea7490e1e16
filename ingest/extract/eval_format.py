"""The extractor output document of the evaluation README."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import pycountry

from ingest.extract.gazetteer import fold, load_gazetteer
from ingest.facts import ArticleFacts


def _as_written(forms: list[str], sentence: str, default: str) -> str:
    """The form of a name the sentence uses ("Türkiye" rather than the gazetteer's "Turkey",
    "Saint Petersburg" rather than "St Petersburg"): readers compare against what the text says."""
    best = None
    for form in forms:
        form = form.removeprefix("the ")
        if not form or (best is not None and len(form) <= len(best)):
            continue
        if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", sentence):
            best = form
    return best or default


def _country_name(cid: str, facts: ArticleFacts, sentence: str) -> str:
    known = load_gazetteer().countries.get(cid)
    default = facts.countries[cid].name if cid in facts.countries else cid
    if known is None:
        return default
    # as the sentence writes it ("Britain", "Russia", "Türkiye", "Ivory Coast"): annotators keep the
    # text's form
    # ("The Bahamas" opening a list item is the Bahamas)
    written = _as_written([known.name, *(a.removeprefix("The ") for a in known.aliases)], sentence, default)
    if written.replace(".", "").isupper() and _iso_code(written) is None:
        # "the DRC" in the sentence, "Democratic Republic of Congo" elsewhere: the fullest form
        # written; an abbreviation alone ("UK", "UAE") gives the standard name
        fuller = _as_written([known.name, *known.aliases], facts.article.text, written)
        return known.name if fuller.replace(".", "").isupper() else fuller
    return written


@lru_cache(maxsize=1024)
def _iso_code(name: str) -> str | None:
    try:
        return pycountry.countries.lookup(name.strip()).alpha_3
    except LookupError:
        return None


def _place_name(pid: str | None, facts: ArticleFacts, sentence: str) -> str | None:
    if not pid or pid not in facts.places:
        return None
    name = facts.places[pid].name
    known = load_gazetteer().places.get(pid)
    if known is None or known.kind != "city":
        return name
    forms = [known.name, *known.aliases]
    return _as_written(forms, sentence, _as_written(forms, facts.article.text, name))


def _org_name(oid: str, facts: ArticleFacts, sentence: str) -> str:
    """The full name with the acronym after it ("Group of Seven (G7)"): texts call an organisation
    by either, and an acronym such as "G7" or "Quad" cannot be read back from the full name."""
    org = facts.organizations.get(oid)
    if org is None:
        return oid
    name, acronym = org.name, org.acronym
    known = load_gazetteer().orgs.get(oid)
    if known is not None:
        # "Community of Portuguese-Speaking Countries" where the text writes it so, not the
        # gazetteer's "Community of Portuguese Language Countries"
        forms = [known.name, *known.aliases]
        name = _as_written(forms, sentence, _as_written(forms, facts.article.text, name))
        if acronym and fold(name).replace(" ", "") == fold(acronym).replace(" ", ""):
            # "the Quad", "the G-20": the full name, with the acronym as the text writes it
            name, acronym = known.name, name
        elif re.search(r"\d", name) and not re.search(r"\d", known.name):
            name = known.name  # "Group of 20": "Group of Twenty", as annotators write it
    if acronym and fold(acronym) not in fold(name).split():
        return f"{name} ({acronym})"
    return name


def article_document(facts: ArticleFacts) -> dict:
    def person(pid: str) -> dict:
        p = facts.people.get(pid)
        if p is None:
            return {"name": pid, "mentions": []}
        return {"name": p.name, "mentions": list(p.mentions)}

    def event_name(eid: str | None) -> str | None:
        return facts.events[eid].name if eid and eid in facts.events else None

    interactions = [{
        "participants": [person(pid) for pid in i.participant_ids],
        "mode": i.mode,
        "status": i.status,
        "date": i.date,
        "place": _place_name(i.place_id, facts, i.evidence.sentence),
        "event": event_name(i.event_id),
        "evidence": i.evidence.sentence,
        "confidence": i.confidence,
    } for i in facts.interactions]
    memberships = [{
        "member": _country_name(m.country_id, facts, m.evidence.sentence),
        "organization": _org_name(m.organization_id, facts, m.evidence.sentence),
        "evidence": m.evidence.sentence,
    } for m in facts.memberships]
    return {"id": facts.article.id, "interactions": interactions, "memberships": memberships}


def to_eval_document(facts: Iterable[ArticleFacts]) -> dict:
    return {"articles": [article_document(f) for f in facts]}
