"""Summits and forums: "the SCO summit", "G20 Summit", "a session of the Shanghai Cooperation
Organization", "the Eastern Economic Forum", with the place and dates the text gives them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from ingest.extract import dates as dates_mod
from ingest.extract.dates import DateRange
from ingest.extract.doc_index import sent_ents, tokens
from ingest.extract.gazetteer import Gazetteer, fold
from ingest.extract.places import PlaceRef, dateline_end, in_other_clause, place_of, places_in
from ingest.ids import slug

_EVENT_VERBS = {"begin", "take", "hold", "open", "start", "run", "kick", "convene", "host", "place"}
_NOT_AT = {"ahead", "before", "after", "following", "since", "prior"}
_MARGINS = {"sidelines", "margins", "sideline", "margin"}


@dataclass
class EventEntry:
    key: str  # name without year: "SCO summit"
    name: str
    organization_id: str | None
    place: PlaceRef | None = None
    dates: DateRange | None = None
    year: int | None = None
    mentions: list[tuple[int, Token]] = field(default_factory=list)  # (sentence start, head token)
    known_city: str | None = None

    @property
    def id(self) -> str:
        year = self.dates.lo.year if self.dates else self.year
        return slug(f"{self.name} {year}") if year else slug(self.name)


@dataclass
class EventMention:
    key: str
    head: Token  # the event noun ("summit") or the last token of a named event
    generic: bool  # "the summit" with no organisation or name


def _noun_after(span: Span, gz: Gazetteer, max_gap: int = 12) -> Token | None:
    """The event noun following an organisation name, skipping "(SCO)" or "(Brazil-...)"."""
    doc = span.doc
    i = span.end
    depth = 0
    steps = 0
    while i < len(doc) and steps < max_gap:
        tok = doc[i]
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif depth == 0:
            if tok.lemma_.lower() in gz.lex("event_nouns") and tok.pos_ in ("NOUN", "PROPN"):
                return tok
            if tok.ent_type_ == "ORG" or tok.text in ("-",):
                pass
            elif tok.pos_ not in ("ADJ", "NUM") and tok.lower_ not in ("leaders", "leaders'"):
                return None
        i += 1
        steps += 1
    return None


def find_event_mentions(sent: Span, gz: Gazetteer) -> list[EventMention]:
    out: list[EventMention] = []
    used: set[int] = set()
    for ent in sent_ents(sent):
        if ent.label_ == "EVENT" and ent.ent_id_.startswith("event:"):
            known = gz.events[ent.ent_id_.split(":", 1)[1]]
            out.append(EventMention(known.name, ent[-1], False))
            used.add(ent[-1].i)
        elif ent.label_ == "ORG" and ent.ent_id_.startswith("org:"):
            org = gz.orgs[ent.ent_id_.split(":", 1)[1]]
            noun = _noun_after(ent, gz)
            if noun is None:
                # "a session of the Shanghai Cooperation Organization", "summit of the G20"
                head = ent.root.head
                if ent.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in gz.lex("event_nouns"):
                    noun = head.head
                elif ent.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _MARGINS:
                    # "on the sidelines of the G20": the organisation's gathering
                    out.append(EventMention(f"{org.acronym or org.name} summit", ent.root, False))
                    used.add(ent.root.i)
                    continue
            if noun is not None and noun.i not in used:
                label = _event_word(noun)
                out.append(EventMention(f"{org.acronym or org.name} {label}", noun, False))
                used.add(noun.i)
    for tok in tokens(sent):
        if tok.i in used or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.lemma_.lower() in gz.lex("generic_event_nouns") and tok.tag_ in ("NN", "NNP"):
            out.append(EventMention("", tok, True))
    return out


def _event_word(noun: Token) -> str:
    word = noun.lemma_.lower()
    return "summit" if word in ("session", "conclave", "gathering", "event") else word


class EventRegistry:
    def __init__(self, doc: Doc, gz: Gazetteer, published: date | None):
        self.doc = doc
        self.gz = gz
        self.published = published
        self.events: dict[str, EventEntry] = {}
        self.by_sentence: dict[int, list[tuple[EventMention, EventEntry | None]]] = {}
        self._skip = dateline_end(doc)
        self._build()

    def _build(self) -> None:
        gz = self.gz
        for sent in self.doc.sents:
            mentions = find_event_mentions(sent, gz)
            if not mentions:
                continue
            row = []
            for m in mentions:
                entry = None
                if not m.generic:
                    entry = self.events.get(m.key)
                    if entry is None:
                        org_id = None
                        words = m.key.split()
                        if words:
                            org_id = gz.org(" ".join(words[:-1])) if len(words) > 1 else None
                        known = gz.event(m.key)
                        entry = EventEntry(m.key, m.key, org_id or (known.organization if known else None),
                                           known_city=known.city if known else None)
                        if self.published:
                            entry.year = self.published.year
                        self.events[m.key] = entry
                    entry.mentions.append((sent.start, m.head))
                    self._read_attributes(sent, m.head, entry)
                row.append((m, entry))
            self.by_sentence[sent.start] = row
        # a sentence naming the event and exactly one city gives the event its place
        for entry in self.events.values():
            if entry.place is None and entry.known_city:
                city = gz.place(entry.known_city)
                if city:
                    entry.place = PlaceRef(city.id, city.name, city.country, False)
            if entry.place is None and len(self.events) == 1:
                entry.place = self._named_generic_place()
            if entry.place is None:
                for sent_start, _ in entry.mentions:
                    sent = self.doc[sent_start].sent
                    cities = {ref.id: ref for _, ref in places_in(sent, gz, skip_before=self._skip,
                                                                     locative_only=False)}
                    if len(cities) == 1:
                        entry.place = next(iter(cities.values()))
                        break

    def _named_generic_place(self) -> PlaceRef | None:
        """"skipped the Lima summit": the one city an unnamed mention of the gathering is called by,
        in a story about a single named gathering."""
        found = {}
        for rows in self.by_sentence.values():
            for m, _ in rows:
                if not m.generic or m.head.lemma_.lower() != "summit":
                    continue
                for ent in sent_ents(m.head.sent):
                    if ent.label_ == "GPE" and ent.root.dep_ == "compound" and ent.root.head.i == m.head.i:
                        ref = place_of(ent, self.gz)
                        if ref is not None:
                            found[ref.id] = ref
        return next(iter(found.values())) if len(found) == 1 else None

    def _read_attributes(self, sent: Span, head: Token, entry: EventEntry) -> None:
        """Place and dates attached to the event noun or to the clause it is the subject of."""
        anchors = {head}
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in _EVENT_VERBS | {"be"}:
            anchors.add(head.head)
        for child in head.children:
            if child.dep_ in ("relcl", "acl"):
                anchors.add(child)
                anchors.update(c for c in child.children if c.dep_ in ("xcomp", "conj"))
        for a in list(anchors):  # noqa: PERF101 - a copy: the loop adds to the set
            anchors.update(c for c in a.children if c.dep_ == "xcomp")
        attender = _attending_verb(head)
        for ent in sent_ents(sent):
            if any(t._.in_quote for t in ent):
                continue
            # "will attend a summit of CELAC ... on Tuesday": the day of attending is the summit's
            dated_by_verb = ent.label_ == "DATE" and attender is not None and _attached(ent.root, {attender}, 2)
            if not _attached(ent.root, anchors) and not dated_by_verb:
                continue
            if ent.label_ in ("DATE",) and entry.dates is None:
                tense = "past" if attender is not None and attender.tag_ == "VBD" else "future"
                rng = dates_mod.resolve(ent.text, self.published, tense)
                if rng and (rng.hi - rng.lo).days <= 31:
                    entry.dates = rng
            elif entry.place is None:
                ref = place_of(ent, self.gz)
                if ref is not None:
                    entry.place = ref
        if entry.place is None and attender is not None and attender.dep_ == "relcl" \
                and any(c.lower_ == "where" for c in attender.children):
            # "... from Lima, where he attended the APEC summit": the place "where" refers to
            entry.place = next((place_of(e, self.gz) for e in sent_ents(sent)
                                if e.root.i == attender.head.i and place_of(e, self.gz) is not None), None)
        if entry.place is None:
            # "a summit ... in the Argentine capital": a capital named through its country
            entry.place = next((ref for span, ref in places_in(sent, self.gz, skip_before=self._skip)
                                if span.root.lower_ == "capital" and _attached(span.root, anchors)), None)

    def in_sentence(self, sent: Span) -> list[tuple[EventMention, EventEntry | None]]:
        return self.by_sentence.get(sent.start, [])

    def main_event(self) -> EventEntry | None:
        if not self.events:
            return None
        return max(self.events.values(), key=lambda e: (len(e.mentions), -e.mentions[0][1].i))

    def linked(self, sent: Span, trig: Token | None = None) -> EventEntry | None:
        """The event a meeting in this sentence (read from ``trig``) is held at, if the sentence says so."""
        for m, entry in self.in_sentence(sent):
            if entry is not None and not _not_at(m.head, trig) \
                    and not (trig is not None and in_other_clause(m.head, trig, sent.root)):
                return entry
        for m, entry in self.in_sentence(sent):
            if m.generic and (trig is None or m.head.i != trig.i) and not _not_at(m.head, trig) \
                    and _introduced_by(m.head) & _AT:
                return self.main_event()
        return None

    def unnamed_place(self, sent: Span) -> PlaceRef | None:
        """"will meet Biden on the sidelines of the summit", in a story that names no summit but
        once says where "the summit" is ("the alliance's summit in the Spanish capital")."""
        if self.events or not any(m.generic and not _not_at(m.head) and _introduced_by(m.head) & _AT
                                  for m, _ in self.in_sentence(sent)):
            return None
        found = {}
        # "The summit of A gathered ... On the sidelines of the summit ...": a summit told before is
        # the one meant, not "the alliance's summit in Vilnius" told after
        told = [m for rows in self.by_sentence.values() for m, _ in rows
                if m.generic and m.head.lemma_.lower() == "summit" and m.head.sent.end <= sent.start]
        for rows in self.by_sentence.values():
            for m, _ in rows:
                if not m.generic or m.head.lemma_.lower() != "summit" or told and m.head.i >= sent.end:
                    continue
                inside = {t.i for t in m.head.subtree}
                for span, ref in places_in(m.head.sent, self.gz, skip_before=self._skip, locative_only=False):
                    if span.root.i in inside and span.root.i > m.head.i:
                        found[ref.id] = ref
        if not found:
            # "will meet B on Monday in Vienna, ... calls to scrap the summit": the one city of
            # the sentences that speak of "the summit"
            for rows in self.by_sentence.values():
                for m, _ in rows:
                    if m.generic and m.head.lemma_.lower() == "summit" and not _not_at(m.head) \
                            and not (told and m.head.i >= sent.end):
                        for span, ref in places_in(m.head.sent, self.gz, skip_before=self._skip):
                            if not ref.is_venue:
                                found[ref.id] = ref
        return next(iter(found.values())) if len(found) == 1 else None


_AT = {"at", "during", "on", "in"}


def _not_at(head: Token, trig: Token | None = None) -> bool:
    """"ahead of the summit", "days before France hosts the summit": not the meeting's venue."""
    if _introduced_by(head) & _NOT_AT:
        return True
    cur = head
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ == "advcl":
            holds_trigger = trig is not None and cur.left_edge.i <= trig.i <= cur.right_edge.i
            return not holds_trigger and any(c.dep_ == "mark" and c.lower_ in _NOT_AT | {"until", "once"}
                                             for c in cur.children)
        cur = cur.head
    return False


_ATTEND_VERBS = {"attend", "host", "hold", "chair", "join", "skip", "miss", "open", "convene"}


def _attending_verb(head: Token) -> Token | None:
    """The verb an event noun is the object of ("attend a summit", "hosted the forum")."""
    if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in _ATTEND_VERBS:
        return head.head
    return None


def _attached(tok: Token, anchors: set[Token], max_up: int = 3) -> bool:
    for _ in range(max_up):
        if tok in anchors:
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return tok in anchors


def _introduced_by(tok: Token) -> set[str]:
    """Words of the prepositions above an event noun ("ahead of", "on the sidelines of")."""
    words = set()
    cur = tok
    for _ in range(4):
        if cur.head is cur:
            break
        cur = cur.head
        if cur.pos_ in ("ADP", "ADV", "SCONJ"):
            words.add(fold(cur.text))
        elif cur.pos_ in ("VERB", "AUX"):
            break
    return words
