"""spaCy components of the DiploGraph pipeline and the Doc/Token extensions they set."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ingest.extract.gazetteer import fold, load_gazetteer
from ingest.extract.names import PATRONYMIC, extend_person, find_names, past_portfolios
from ingest.extract.places import AGENCY_TAG, dateline_end

if not Token.has_extension("in_quote"):
    Token.set_extension("in_quote", default=False)
if not Span.has_extension("gazetteer_id"):
    # "person:vladimir-putin", "country:russia", "org:sco", ... for entities the gazetteer knows
    Span.set_extension("gazetteer_id", getter=lambda span: span.ent_id_ or None)

_OPEN_QUOTES = {"“": "”", "«": "»", '"': '"'}
_CLOSE_QUOTES = {"”", "»", '"'}


_AGENCY_TAG = re.compile(r"\s*" + AGENCY_TAG + r"(?=[A-Z])")


_DASH_WORDS = ("--", "—", "–")


def _dateline_dash(doc: Doc) -> int:
    """The index of the dash that closes a dateline ("BEIJING, June 17 (Xinhua) --"): the first
    dash, with no lower-case word before it on its line; -1 when there is none."""
    for token in doc:
        if token.text in _DASH_WORDS or token.text == "-":
            return token.i
        if token.is_space and "\n" in token.text:
            return -1
        if token.is_alpha and token.is_lower and len(token) > 2:
            return -1
    return -1


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and captions carry no final stop. A closing
    bracket before a lower-case word does not ("met on Monday (Tuesday in Manila) the ..."), nor
    does a word ("at Cheong Wa Dae")."""
    tag = _AGENCY_TAG.match(doc.text[:30])
    dateline = _dateline_dash(doc)
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if tag and prev.idx < tag.end() <= token.idx:
            token.is_sent_start = True  # "(ANSA) - ROME, JUN 11 - A met B": the parser reads the tag as the subject
        elif prev.is_space and "\n" in prev.text and not token.is_space:
            token.is_sent_start = True
        elif prev.text == ")" and token.is_lower and token.is_alpha:
            token.is_sent_start = False
        elif prev.is_alpha and token.is_alpha and not prev.is_space:
            token.is_sent_start = False  # no sentence starts right after a word: "at Cheong Wa Dae"
        elif prev.text in _DASH_WORDS and prev.i != dateline and not token.is_space:
            # "the six members of ASEAN (ASEAN) -- A, B and C -- and four others": a dash past the
            # dateline opens an aside, not a sentence
            token.is_sent_start = False
    return doc


_BARE_DAYS = {"today", "yesterday", "tonight"}


@Language.component("bare_days")
def bare_days(doc: Doc) -> Doc:
    """A "today" the model left untagged ("received in Riyadh today President B") is a date."""
    covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    extra = [Span(doc, t.i, t.i + 1, label="DATE") for t in doc if t.lower_ in _BARE_DAYS and t.i not in covered]
    if extra:
        doc.ents = sorted([*doc.ents, *extra], key=lambda e: e.start)
    return doc


@Language.component("quote_marker")
def quote_marker(doc: Doc) -> Doc:
    """Mark tokens inside quotation marks: whatever people say there is not reported fact."""
    closer = None
    for token in doc:
        text = token.text
        if closer is None:
            if text in _OPEN_QUOTES:
                closer = _OPEN_QUOTES[text]
            continue
        if text == closer or (text in _CLOSE_QUOTES and closer == '"'):
            closer = None
            continue
        if token.is_space and "\n\n" in text:
            closer = None  # an unclosed quote does not run over a paragraph
            continue
        token._.in_quote = True
    return doc


def gazetteer_patterns() -> list[dict]:
    """EntityRuler patterns for every name the gazetteers know."""
    gz = load_gazetteer()
    patterns: list[dict] = []

    def add(label: str, text: str, ent_id: str) -> None:
        patterns.append({"label": label, "pattern": text, "id": ent_id})

    for p in gz.people.values():
        for form in [p.name, *p.aliases]:
            add("PERSON", form, f"person:{p.id}")
    for c in gz.countries.values():
        for form in [c.name, *c.aliases]:
            add("GPE", form, f"country:{c.id}")
        for form in c.demonyms:
            add("NORP", form, f"country:{c.id}")
        for form in c.seats:
            add("FAC", form.removeprefix("the "), f"seat:{c.id}")
    for pl in gz.places.values():
        label = "GPE" if pl.kind == "city" else "FAC"
        for form in [pl.name, *pl.aliases]:
            add(label, form.removeprefix("the "), f"place:{pl.id}")
    for o in gz.orgs.values():
        for form in [o.name, *o.aliases] + ([o.acronym] if o.acronym else []):
            add("ORG", form.removeprefix("the "), f"org:{o.id}")
    for e in gz.events.values():
        for form in [e.name, *e.aliases]:
            add("EVENT", form, f"event:{e.id}")
    return patterns


def _trim_person(span: Span) -> Span | None:
    """Drop titles in front of a name and a possessive after it ("PM Modi's" -> "Modi")."""
    gz = load_gazetteer()
    start, end = span.start, span.end
    doc = span.doc
    # "King Sultan V": a regnal number keeps the word before it
    while start < end - 1 and not (end - start == 2 and re.fullmatch(r"[IVX]+", doc[end - 1].text)) and (
        fold(doc[start].text) in gz.name_prefixes
        or (fold(doc[start].text) in gz.title_words and doc[start].text != doc[start].text.lower()
            and fold(doc[start].text) not in {"the"})
    ):
        start += 1
    while end > start and (doc[end - 1].text in {"'s", "’s", "'", "’", "-", ",", "."}
                           or doc[end - 1].lower_ in {"of", "and", "from"}):  # "Ivo Marek of" (Croatia)
        end -= 1
    if end <= start:
        return None
    if not span.ent_id_:
        start = past_portfolios(doc, start, end)
    return Span(doc, start, end, label="PERSON", span_id=span.id_)


def _whole_patronymic(span: Span) -> Span:
    """"Abdulaziz bin Salman bin Abdulaziz": a known name found inside a longer chain of "bin" names
    is that longer name, someone else's."""
    doc, start, end = span.doc, span.start, span.end
    while start >= 2 and doc[start - 1].lower_ in PATRONYMIC and doc[start - 2].is_title:
        start -= 2
    if start != span.start:
        return Span(doc, start, span.end, label="PERSON", span_id="")
    while end + 1 < len(doc) and doc[end].lower_ in PATRONYMIC and doc[end + 1].is_title:
        end += 2
    # "Mohammed bin Salman bin Abdulaziz": the known name with more of its own chain of fathers
    return span if end == span.end else Span(doc, start, end, label="PERSON", span_id=span.id_)


_COMMON_WORDS = {"may", "moon", "khan", "wong", "lee", "kim", "wang", "costa", "francis", "charles", "salman",
                 "hood", "white", "rice", "brown", "young", "long", "king", "march", "lula", "sisi", "duda", "abbas"}


@lru_cache(maxsize=1)
def distinctive_surnames() -> frozenset[str]:
    """Gazetteer surnames that name one person only and are not ordinary words."""
    gz = load_gazetteer()
    out = set()
    for surname, ids in gz.people_by_surname.items():
        if len(ids) != 1 or len(surname) < 4 or surname in _COMMON_WORDS or not surname.isalpha():
            continue
        if gz.country(surname) or gz.place(surname) or gz.org(surname):
            continue
        if re.fullmatch(r"[ivx]+", surname):
            continue
        out.add(surname)
    return frozenset(out)


@Language.component("person_repair")
def person_repair(doc: Doc) -> Doc:
    """Give names the statistical NER mislabelled (``Erdogan`` as GPE, ``PM Modi`` as ORG) the
    PERSON label when the same name is a PERSON elsewhere in the text."""
    ents = _with_shaped_names(doc)
    known: set[str] = set(distinctive_surnames())
    for ent in ents:
        if ent.label_ == "PERSON":
            trimmed = _trim_person(ent)
            if trimmed is not None:
                toks = fold(trimmed.text).split()
                known.add(" ".join(toks))
                if len(toks) > 1:
                    known.add(toks[-1])
    new_ents = []
    longer: set[tuple[int, int]] = set()
    for ent in ents:
        if ent.label_ == "PERSON":
            trimmed = _trim_person(ent)
            if trimmed is not None:
                whole = _whole_patronymic(trimmed)
                if whole.start != trimmed.start:
                    longer.add((whole.start, whole.end))
                new_ents.append(whole)
            continue
        if ent.ent_id_ and not ent.ent_id_.startswith("person:"):
            new_ents.append(ent)
            continue
        trimmed = _trim_person(ent)
        if trimmed is not None and fold(trimmed.text) in known:
            new_ents.append(Span(doc, trimmed.start, trimmed.end, label="PERSON"))
        else:
            new_ents.extend(_known_pair(ent, known) or [ent])
    # capitalised tokens outside any entity that repeat a known surname ("Li arrived ...")
    covered = set()
    for ent in new_ents:
        covered.update(range(ent.start, ent.end))
    for token in doc:
        if token.i in covered or not token.is_title or token.is_sent_start and token.is_stop:
            continue
        if fold(token.text) in known and len(token.text) > 1:
            new_ents.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    new_ents = [e for e in new_ents if not _namesake_of_a_place(e)
                and not (e.label_ == "PERSON" and fold(e[0].text) in _REGION_NAMES)]
    doc.ents = filter_spans(_places_taken_for_people(new_ents))
    for ent in doc.ents:
        if (ent.start, ent.end) in longer:
            for token in ent:  # (the ruler's id of the shorter name it held)
                token.ent_id_ = ""
    return doc


# "the WHO Africa office", "the Africa CDC": the statistical NER sometimes takes a region for a person
_REGION_NAMES = {"africa", "asia", "europe", "america", "latin america", "oceania", "middle east", "eurasia",
                 "caribbean", "balkans", "sahel", "maghreb", "gulf", "pacific"}

# "Jose Marti International Airport", "Nelson Mandela Square": a place named after someone
# (not words that are also surnames: Hall, Park, Port)
_NAMED_AFTER = {"airport", "international", "university", "stadium", "square", "street", "avenue", "boulevard",
                "bridge", "hospital", "institute", "foundation", "library", "museum", "memorial", "mausoleum",
                "school", "college", "arena"}


def _namesake_of_a_place(ent: Span) -> bool:
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return ent.label_ == "PERSON" and not ent.ent_id_ and nxt is not None and nxt.is_title \
        and nxt.lower_ in _NAMED_AFTER


_PLACE_PREPS = {"in", "at", "near", "outside"}
_PATH_PREPS = _PLACE_PREPS | {"to", "from", "via"}


def _places_taken_for_people(ents: list[Span]) -> list[Span]:
    """"at his family home in Raiwind ... flew by helicopter to Raiwind": a name the statistical NER
    calls a person but that the text only ever uses as the object of "in"/"at"/"to" is a place."""
    uses: dict[str, list[Span]] = {}
    for ent in ents:
        if ent.label_ == "PERSON" and not ent.ent_id_:
            uses.setdefault(ent.text, []).append(ent)
    places = set()
    for text, spans in uses.items():
        preps = [s.doc[s.start - 1].lower_ if s.start else None for s in spans]
        if all(p in _PATH_PREPS for p in preps) and any(p in _PLACE_PREPS for p in preps) \
                and fold(text).split()[-1] not in distinctive_surnames():
            places.add(text)
    return [Span(e.doc, e.start, e.end, label="GPE") if e.label_ == "PERSON" and e.text in places else e
            for e in ents]


def _known_pair(ent: Span, known: set[str]) -> list[Span]:
    """"Gonsalves and Diop" read as one title or organisation: names joined, one of them known and
    the others single capitalised words."""
    parts: list[Span] = []
    start = ent.start
    for tok in list(ent) + [None]:
        if tok is None or tok.lower_ in ("and", ","):
            end = tok.i if tok is not None else ent.end
            part = ent.doc[start:end]
            if end <= start or not (fold(part.text) in known or len(part) == 1 and part[0].is_title):
                return []
            parts.append(Span(ent.doc, start, end, label="PERSON"))
            start = end + 1
    if len(parts) < 2 or not any(fold(p.text) in known for p in parts):
        return []
    return parts


def _with_shaped_names(doc: Doc) -> list[Span]:
    """The document's entities with names found by shape and anchors (``names.find_names``) put in
    place of what they overlap, NER names stretched over hyphens and particles, and no person in a
    leading dateline ("NAYPYITAW --")."""
    skip = dateline_end(doc)
    ents = [extend_person(e) if e.label_ == "PERSON" and not e.ent_id_ else e for e in doc.ents]
    ents = [e for e in ents if not (e.label_ == "PERSON" and e.start < skip)]
    found = find_names(doc, skip_before=skip)
    if not found:
        return filter_spans(ents)
    taken: set[int] = set()
    for e in ents:
        if e.ent_id_.startswith("person:"):
            taken.update(range(e.start, e.end))
    # ("In Buenos Aires, the prime minister ...": a shape found inside a known place stays a place)
    known = [(e.start, e.end) for e in ents if e.ent_id_ and not e.ent_id_.startswith("person:")]
    keep = [f for f in found if not taken.intersection(range(f.start, f.end))
            and not any(a <= f.start and f.end <= b for a, b in known)]
    covered: set[int] = set()
    for f in keep:
        covered.update(range(f.start, f.end))
    ents = [e for e in ents if not covered.intersection(range(e.start, e.end))] + keep
    return filter_spans(ents)


def name_shape_patterns() -> list[dict]:
    """Token patterns for names the statistical NER misses (peerage titles, regnal numbers)."""
    import json

    from ingest.extract.gazetteer import DATA_DIR

    with open(DATA_DIR / "name_patterns.json", encoding="utf-8") as fh:
        return json.load(fh)
