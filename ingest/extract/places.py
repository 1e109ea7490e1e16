"""Where things happen: cities and named venues, linked to their countries. A country, state or
region alone is not a place; a venue inside a known city gives the city ("the White House" ->
Washington), a venue outside any city keeps its own name ("Novo-Ogaryovo", "Camp David"). A place
name the gazetteer does not know counts as a city when it is not a country or a region; "the
Indian capital" is the country's capital."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from ingest.extract import dates as dates_mod
from ingest.extract.doc_index import doc_text, per_doc, sent_ents, tokens
from ingest.extract.gazetteer import Gazetteer, fold
from ingest.ids import slug

_PLACE_LABELS = {"GPE", "LOC", "FAC", "ORG"}
_LOCATIVE = {"in", "at", "inside", "near"}
_PLACE_NOUNS = {"village", "town", "city", "resort", "port", "island"}
_TRAVEL_NOUNS = {"visit", "trip", "travel", "tour", "journey"}
# "(ANSA) - " before the dateline
AGENCY_TAG = r"\([A-Z][A-Za-z]{1,15}\)\s*(?:--|[–—-])\s*"
# "Moscow/New Delhi, July 8 (Reporter)", "New Delhi, Oct 18 (PTI)", "New Delhi:", "Cape Town –",
# "NAYPYITAW --"
_DATELINE = re.compile(
    # "(MENAFN- Jordan News Agency) Jeddah, May 19 (Petra) --": a syndicator's tag before it;
    # "(ANSA) - ROME, JUN 11 -": the agency's
    r"^\s*(?:\([A-Z][A-Za-z]{1,15}-[^()]{1,40}\)\s*|" + AGENCY_TAG + r")?(?P<city>[A-Z][\w.'’/ -]{1,40}?)"
    # a state or country after the city:
    # "CAMP DAVID, Md.", "HANOI, Vietnam (AP)", "SAMARKAND, Uzbekistan, Sept 16", "Borgo Egnazia (Italy)"
    # "KINGSTOWN, St. Vincent (AP)", "New Delhi [India], June 4 (ANI):", "TIRANA, Albania --"
    # "Bogor, W Java (ANTARA)"
    r"(?P<region>,\s*[A-Z][a-z]{1,5}\.(?=[ ,])|,\s*[A-Z][a-z'’.-]*(?: [A-Z][a-z'’-]+){0,2}(?=\s*(?:[,(]|--\s|[–—-]\s))"
    r"|\s*\([A-Z][\w .'’-]{1,30}\)(?=,)|\s*\[[A-Z][\w .'’-]{1,30}\](?=,))?"
    # "MOSCOW, May 24. /TASS/.", "CANBERRA, Feb 29, 2024 (AFP) -", "ABU DHABI, 19th March, 2023 (WAM)",
    # "SOCHI. Oct 31 (Interfax) -", "Baku, August 7, APA.", "Rabat, Apr 8 (EFE).-"
    r"(?:(?P<date>[,.]\s*(?:[A-Z][A-Za-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?)"
    r"\.?(?:\s*[,/]\s*\d{4})?)\s*(?P<agency>\([^)]{1,30}\)(?:\.-)?|/[A-Za-z-]{2,15}/\.?|,\s*[A-Z]{3,15}\."
    r"|,?\s*[A-Z][A-Za-z]{1,15}(?=\s*(?:--|[–—-])\s))?"
    r"\s*(?P<sep>--|[:–—-])?"
    r"|\s*(?P<agency2>\([^)]{1,30}\)(?:\.-)?)\s*(?P<sep2>--|[:–—-])?"
    r"|\s*(?P<sep3>--|[:–—-])"
    # "ASTANA. KAZINFORM –"
    r"|\.\s*(?P<agency3>[A-Z]{3,15})\s*(?:--|[–—-]))(?:\s|(?<=--)(?=[A-Z]))")


@dataclass(frozen=True)
class PlaceRef:
    id: str
    name: str
    country_id: str | None
    is_venue: bool  # a named venue outside any city


def place_of(span: Span, gz: Gazetteer) -> PlaceRef | None:
    if span.label_ not in _PLACE_LABELS or _first_name(span, gz):
        return None
    known = gz.place(span.text)
    if known is None:
        return _unknown_city(span, gz) or _venue_out_of_town(span)
    if known.kind == "venue":
        if known.city:
            city = gz.place(known.city)
            if city:
                return PlaceRef(city.id, city.name, city.country, False)
            return PlaceRef(slug(known.city), known.city, known.country, False)
        return PlaceRef(known.id, known.name, known.country, True)
    return PlaceRef(known.id, known.name, known.country, False)


_ROLE_WORDS = {"elect", "counterpart", "envoy", "leader", "chief", "candidate", "governor", "mayor", "senator"}


def _first_name(span: Span, gz: Gazetteer) -> bool:
    """"president-elect Santiago Peña": a city name that is the first name of the person after it,
    told by the model or by the title before it."""
    doc = span.doc
    nxt = span.end
    if nxt >= len(doc) or span.root.dep_ != "compound" or span.root.head.i != nxt or doc[nxt].pos_ != "PROPN":
        return False
    if doc[nxt].ent_type_ == "PERSON":
        return True
    prev = fold(doc[span.start - 1].text) if span.start else ""
    return not doc[nxt].ent_type_ and (prev in gz.title_words or prev in _ROLE_WORDS)


_OUT_OF_TOWN = {"outside", "outskirts", "side", "north", "south", "east", "west", "northern", "southern", "eastern",
                "western"}


def _venue_out_of_town(span: Span) -> PlaceRef | None:
    """"at Argyle International Airport on the eastern side of St. Vincent": a facility the gazetteer
    does not know, that the text itself sets out of town, is a venue of its own."""
    if span.label_ != "FAC" or not any(t.lower_ in _OUT_OF_TOWN for t in span.doc[span.end: span.end + 5]):
        return None
    name = span.text.removeprefix("the ").strip()
    return PlaceRef(slug(name), name, None, True)


def _unknown_city(span: Span, gz: Gazetteer) -> PlaceRef | None:
    """A GPE name the gazetteer does not know: a city unless it is a country, a region, a state or
    a sea ("the Black Sea")."""
    if span.label_ != "GPE" or (span.ent_id_ and not span.ent_id_.startswith("place:")):
        return None
    text = span.text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    text = text.removesuffix("'s").removesuffix("’s").strip()
    if not text or not text[0].isupper() or len(text.split()) > 4 or any(c.isdigit() for c in text):
        return None
    if fold(text) in gz.not_places or gz.country(text) or gz.org(text) \
            or fold(text.split()[-1]) in gz.lex("not_place_heads"):
        return None
    if text.isupper() and len(text) > 3:
        text = text.title()
    return PlaceRef(slug(text), text, None, False)


def _never_a_place(span: Span, gz: Gazetteer) -> bool:
    return any(t.text in gz.lexicon["not_name_words"] or t.is_stop for t in span) \
        or gz.place(span.text) is not None


def _capital_phrase(tok: Token, gz: Gazetteer) -> PlaceRef | None:
    """"the Indian capital", "the Bahraini capital", "the country's capital" is not resolved."""
    if tok.lower_ != "capital" or tok.pos_ != "NOUN":
        return None
    for c in tok.lefts:
        if c.dep_ in ("amod", "compound", "poss", "nmod"):
            cid = gz.country(c.text) if c.text[:1].isupper() else None
            if cid:
                city = gz.capital(cid)
                if city:
                    return PlaceRef(city.id, city.name, city.country, False)
    return None


def dateline_end(doc: Doc) -> int:
    """Token index where a leading dateline ("New Delhi, Oct 18 (PTI)") ends, else 0."""
    return per_doc(doc, "diplograph_dateline_end", _dateline_end)


def hung_on_dateline(tok: Token, skip: int) -> bool:
    """"SEOUL, July 19 (Yonhap) -- President Moon will not visit Tokyo": the parser often makes the
    subject of the opening sentence an apposition of the dateline city (``skip``: its end)."""
    return tok.dep_ == "appos" and tok.head.i < skip <= tok.i


def _dateline_end(doc: Doc) -> int:
    # (runs inside the pipeline, before documents may cross processes: nothing but plain values
    # may be cached on the document here, so no doc_tokens)
    m = _dateline(doc)
    return 0 if m is None else next((tok.i for tok in doc if tok.idx >= m["end"]), 0)


def _dateline(doc: Doc) -> dict | None:
    """The leading dateline's groups (and its ``end``), read once per document; None when the
    start is no dateline."""
    return per_doc(doc, "diplograph_dateline", _read_dateline)


def _read_dateline(doc: Doc) -> dict | None:
    m = _DATELINE.match(doc_text(doc)[:80])
    if not m:
        return None
    city = m["city"].strip(" -")
    words = city.replace("/", " ").split()
    if len(words) > 5 or not all(w[:1].isupper() or w in ("of", "de", "da", "el", "al", "la", "du", "es") for w in words):
        return None
    if m["sep3"] in ("-", "--") and not city.isupper():  # "Putin - who met Xi - said"
        return None
    if m["agency3"] and not city.isupper():
        return None
    return {**m.groupdict(), "end": m.end()}


def dateline_day(doc: Doc) -> date | None:
    """The day a leading dateline gives with its year ("CANBERRA, Feb 29, 2024 (AFP) -"), else None."""
    m = _dateline(doc)
    if m is None or not dateline_end(doc):
        return None
    text = m["date"].lstrip(",. ").replace("/", ", ") if m["date"] else ""
    if not re.search(r"\d{4}$", text):
        return None
    rng = dates_mod.resolve(text, None)
    return rng.lo if rng is not None and rng.is_day else None


def dateline_place(doc: Doc, gz: Gazetteer) -> PlaceRef | None:
    """The city a leading dateline names ("HANOI, Vietnam (AP) —"); None for a country, a region,
    or two cities ("Moscow/New Delhi")."""
    m = _dateline(doc)
    if m is None or not dateline_end(doc):
        return None
    city = m["city"].strip(" -")
    if not city or "/" in city or fold(city) in gz.not_places:
        return None
    known = gz.place(city)
    if known is None and gz.country_name_only(city):
        return None
    if known is not None:
        if known.kind == "venue" and known.city:
            parent = gz.place(known.city)
            return PlaceRef(parent.id, parent.name, parent.country, False) if parent else None
        return PlaceRef(known.id, known.name, known.country, known.kind == "venue")
    if gz.org(city) or fold(city.split()[-1]) in gz.lex("not_place_heads"):
        return None
    name = city.title() if city.isupper() else city
    return PlaceRef(slug(name), name, None, False)


def is_locative(span: Span, max_up: int = 3) -> bool:
    """Introduced by "in"/"at" (possibly through a noun: "at Stansted Airport, London"), or the
    destination of a visit ("visit to Beijing")."""
    tok: Token = span.root
    for _ in range(max_up):
        head = tok.head
        if head is tok:
            return False
        if tok.dep_ == "pobj" and head.lower_ in _LOCATIVE:
            return True
        if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _TRAVEL_NOUNS | {"welcome"}:
            return True
        if tok.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_.lower() in ("speak",):
            return True
        if tok.dep_ == "pobj" and head.lower_ not in ("of",):
            return False
        tok = head
    return False


def _outside_venue(span: Span, gz: Gazetteer) -> bool:
    """"embraced Zelensky outside Downing Street": just outside a named building is at it (outside a
    country or a city is not)."""
    tok = span.root
    if tok.dep_ != "pobj" or tok.head.lower_ != "outside":
        return False
    known = gz.place(span.text)
    return known is not None and known.kind == "venue"


_LOCATIVE_NAME = re.compile(r"\b(?i:in|at|inside|near|to|from)\s+(?:(?i:the)\s+)?[A-Z]")


def may_hold_place(text: str) -> bool:
    """Whether the text has a capitalised name after a word that can introduce a place
    ``places_in`` accepts: cheap, to tell when a headline is worth parsing."""
    return _LOCATIVE_NAME.search(text) is not None


def places_in(sent: Span, gz: Gazetteer, *, skip_before: int = 0, locative_only: bool = True
              ) -> list[tuple[Span, PlaceRef]]:
    out = []
    for tok in tokens(sent):
        ref = _capital_phrase(tok, gz) if tok.lower_ == "capital" else None
        if ref is None or tok.i < skip_before or tok._.in_quote:
            continue
        span = sent.doc[tok.left_edge.i: tok.i + 1]
        if not locative_only or is_locative(span):
            out.append((span, ref))
    for tok in tokens(sent):
        # "in Arequipa": a place name the statistical model left without a label
        if tok.ent_type_ or tok.pos_ != "PROPN" or tok.dep_ != "pobj" or tok.head.lower_ not in _LOCATIVE \
                or tok.i < skip_before or tok._.in_quote:
            continue
        start = tok.i
        while start > sent.start and sent.doc[start - 1].dep_ == "compound" and sent.doc[start - 1].pos_ == "PROPN" \
                and not sent.doc[start - 1].ent_type_:
            start -= 1
        span = Span(sent.doc, start, tok.i + 1, label="GPE")
        ref = _unknown_city(span, gz) if not _never_a_place(span, gz) else None
        if ref is not None:
            out.append((span, ref))
    for ent in sent_ents(sent):
        if ent.start < skip_before:
            continue
        ref = place_of(ent, gz)
        if ref is None:
            continue
        if any(t._.in_quote for t in ent):
            continue
        if locative_only and not is_locative(ent) and not _outside_venue(ent, gz):
            continue
        out.append((ent, ref))
    taken = {t.i for span, _ in out for t in span}
    for tok in tokens(sent):
        # "the truce village of Panmunjom", "the resort city of Antalya": the noun says it is a place
        # whatever label the statistical model gave the name
        if tok.pos_ != "PROPN" or tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.i in taken \
                or tok.head.head.lemma_.lower() not in _PLACE_NOUNS or tok.i < skip_before or tok._.in_quote \
                or tok.ent_type_ in ("NORP", "DATE", "TIME") or tok.ent_id_.startswith("person:"):
            continue
        start = tok.i
        while start > sent.start and sent.doc[start - 1].dep_ == "compound" and sent.doc[start - 1].pos_ == "PROPN":
            start -= 1
        span = Span(sent.doc, start, tok.i + 1, label="GPE")
        if any(t.i in taken for t in span) or (locative_only and not is_locative(span)):
            continue
        known = gz.place(span.text)
        ref = place_of(span, gz) if known is not None else (
            _unknown_city(span, gz) if not _never_a_place(span, gz) else None)
        if ref is not None:
            out.append((span, ref))
    out.sort(key=lambda x: x[0].start)
    return out


def purpose_misread(verb: Token) -> bool:
    """"met on Monday with A and with B at the White House to brief them": the infinitive of purpose
    of a finite verb, which the parser gave a name of the sentence for its subject."""
    return verb.dep_ in ("conj", "advcl") and verb.tag_ == "VB" and verb.head.tag_ in ("VBD", "VBZ", "VBP", "VBN") \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)


_CLAUSE_DEPS = {"relcl", "advcl", "acl", "ccomp", "conj", "parataxis"}


def in_other_clause(tok: Token, trig: Token, top: Token) -> bool:
    """"X, who met A at the White House on Tuesday, was due to stop in B to meet C": a word inside a
    clause that does not hold the trigger belongs to that clause's event. A clause on the meeting
    noun itself ("a meeting that was scheduled for Thursday in Geneva") still describes the meeting."""
    own = {trig.i} | {c.i for c in trig.children if c.dep_ in ("dobj", "obj", "nsubjpass")}
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in _CLAUSE_DEPS and (cur.dep_ != "conj" or cur.pos_ in ("VERB", "AUX")) \
                and not (cur.head.i == trig.i and purpose_misread(cur)) \
                and not (cur.left_edge.i <= trig.i <= cur.right_edge.i) \
                and not (cur.dep_ in ("relcl", "acl") and cur.head.i in own):
            return True
        cur = cur.head
    return False
