"""From one processed article (a spaCy Doc) to its ArticleFacts."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.extract.consolidate import complete, merge
from ingest.extract.doc_index import Headline, doc_ents, doc_text
from ingest.extract.events import EventRegistry
from ingest.extract.gazetteer import Gazetteer, load_gazetteer
from ingest.extract.interactions import InteractionReader
from ingest.extract.memberships import read_memberships
from ingest.extract.people import PersonRegistry
from ingest.extract.places import PlaceRef, dateline_day
from ingest.facts import (
    Article,
    ArticleFacts,
    Country,
    Event,
    Evidence,
    Interaction,
    Membership,
    Organization,
    Person,
    Place,
    Role,
)


def evidence(sent: Span) -> Evidence:
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    start = sent.start_char + lead
    return Evidence(stripped, start, start + len(stripped))


def facts_from_doc(article: Article, doc: Doc, nlp: Language | None = None) -> ArticleFacts:
    """The article's facts; ``nlp`` parses the headline if a rule needs it."""
    gz = load_gazetteer()
    # an article without a date is read against the day its dateline gives
    published = article.published or dateline_day(doc)
    people = PersonRegistry(doc, gz, published)
    events = EventRegistry(doc, gz, published)
    reader = InteractionReader(doc, gz, people, events, published)
    cands = merge(reader.read(), published)
    title = Headline(article.title, nlp) if article.title and nlp is not None else None
    complete(doc, title, gz, cands, events, published, people)
    cands = merge(cands, published)

    facts = ArticleFacts(article=article)
    _add_countries_and_orgs(facts, doc, gz)

    def add_place(ref: PlaceRef | None) -> str | None:
        if ref is None:
            return None
        if ref.id not in facts.places:
            facts.places[ref.id] = Place(ref.id, ref.name, ref.country_id)
        if ref.country_id and ref.country_id in gz.countries:
            _add_country(facts, gz, ref.country_id)
        return ref.id

    for entry in people.people.values():
        facts.people[entry.id] = Person(entry.id, entry.name, list(entry.mentions), entry.wikidata)

    for ev in events.events.values():
        facts.events[ev.id] = Event(ev.id, ev.name, ev.organization_id, add_place(ev.place),
                                    ev.dates.lo.isoformat() if ev.dates else None,
                                    ev.dates.hi.isoformat() if ev.dates else None)
        if ev.organization_id and ev.organization_id in gz.orgs:
            _add_org(facts, gz, ev.organization_id)

    for c in cands:
        facts.interactions.append(Interaction(
            participant_ids=list(c.participants),
            mode=c.mode,
            status=c.status,
            evidence=evidence(c.sent),
            date=c.date.iso() if c.date else None,
            place_id=add_place(c.place),
            event_id=c.event.id if c.event else None,
            confidence=round(c.confidence, 2),
        ))

    for m in read_memberships(doc, gz):
        _add_country(facts, gz, m.country_id)
        _add_org(facts, gz, m.org_id)
        if m.org_id not in facts.organizations and m.org_name:
            facts.organizations[m.org_id] = Organization(m.org_id, m.org_name, m.org_acronym)
        facts.memberships.append(Membership(m.country_id, m.org_id, evidence(m.sent), m.confidence))

    _add_roles(facts, people, gz)
    return facts


def _add_country(facts: ArticleFacts, gz: Gazetteer, cid: str) -> None:
    if cid not in facts.countries and cid in gz.countries:
        c = gz.countries[cid]
        facts.countries[cid] = Country(cid, c.name, c.iso2)


def _add_org(facts: ArticleFacts, gz: Gazetteer, oid: str) -> None:
    if oid not in facts.organizations and oid in gz.orgs:
        o = gz.orgs[oid]
        facts.organizations[oid] = Organization(oid, o.name, o.acronym)


def _add_countries_and_orgs(facts: ArticleFacts, doc: Doc, gz: Gazetteer) -> None:
    for ent in doc_ents(doc):
        kind, _, ident = (ent.ent_id_ or "").partition(":")
        if kind == "country" and ent.label_ == "GPE":
            _add_country(facts, gz, ident)
        elif kind == "org":
            _add_org(facts, gz, ident)


def _add_roles(facts: ArticleFacts, people: PersonRegistry, gz: Gazetteer) -> None:
    for entry in people.people.values():
        seen: set[tuple[str, str]] = set()
        for phrase, span in _titles_with_spans(entry, gz):
            of_kind, of_id = phrase.of_kind, phrase.of_id
            if of_id is None and entry.known is not None:
                of_id = entry.known.country
                of_kind = "Country" if of_id in gz.countries else "Organization" if of_id in gz.orgs else None
            if of_id is None or of_kind is None or not phrase.title:
                continue
            key = (phrase.title, of_id)
            if key in seen:
                continue
            seen.add(key)
            if of_kind == "Country":
                _add_country(facts, gz, of_id)
            else:
                _add_org(facts, gz, of_id)
            facts.roles.append(Role(entry.id, phrase.title, of_kind, of_id, evidence(span.sent),
                                    0.8 if phrase.of_id else 0.6))


def _titles_with_spans(entry, gz):
    from ingest.extract.roles import apposition_after, country_after, title_before

    for span in entry.spans:
        phrase = title_before(span, gz)
        if phrase is not None:
            after = country_after(span, gz)
            if after and phrase.of_id is None:
                phrase.of_kind, phrase.of_id = after
            if phrase.current:
                yield phrase, span
        appos = apposition_after(span, gz)
        if appos is not None and appos.title and appos.current:
            yield appos, span
