"""One article's interaction candidates made into interactions: the same meeting mentioned twice
becomes one, and what later sentences say about "the summit" or "the meeting" (place, day)
completes it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from ingest.extract import dates as dates_mod
from ingest.extract.candidates import Candidate
from ingest.extract.dates import DateRange
from ingest.extract.doc_index import sent_ents
from ingest.extract.events import EventRegistry
from ingest.extract.gazetteer import Gazetteer, fold
from ingest.extract.places import dateline_end, dateline_place, places_in

_TRAVEL = {"trip", "visit", "travel", "tour"}
_LOOK_BACK = re.compile(r"\b(?:previously|last (?:met|held|spoke|talked))\b", re.IGNORECASE)
_TRIP_WORDS = {"arrive", "travel", "visit", "land", "fly", "touch", "trip", "tour", "reach", "head"}


def _dates_compatible(a: DateRange | None, b: DateRange | None) -> bool:
    return a is None or b is None or a.overlaps(b)


def _narrower(a: DateRange | None, b: DateRange | None) -> DateRange | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if (a.hi - a.lo) <= (b.hi - b.lo) else b


def _restates(c: Candidate, other: Candidate) -> bool:
    """"X's meeting with Y was closely watched": a bare mention of a contact among people already
    said to have met, called or held a video call, on a compatible day."""
    return c.plain and c.weak and set(c.participants) <= set(other.participants) \
        and _dates_compatible(c.date, other.date) and other is not c


def _looks_back(c: Candidate) -> bool:
    """"had previously met", "last met": an earlier meeting than the one the story reports."""
    return bool(_LOOK_BACK.search(c.sent.text))


def merge(cands: list[Candidate]) -> list[Candidate]:
    cands = [c for c in cands if not any(_restates(c, o) and not (o.plain and o.weak) for o in cands)]
    out: list[Candidate] = []
    for c in cands:
        target = None
        for i in out:
            if set(i.participants) != set(c.participants) or i.mode != c.mode:
                continue
            if not _dates_compatible(i.date, c.date) or _looks_back(i) != _looks_back(c):
                continue
            if i.place and c.place and i.place.id != c.place.id:
                continue
            same_day = i.date and c.date and i.date.is_day and i.date == c.date
            if i.status == c.status or i.weak or c.weak or same_day:
                target = i
                break
        if target is None:
            out.append(c)
            continue
        if target.weak and not c.weak:
            target.status, target.sent, target.trigger, target.weak = c.status, c.sent, c.trigger, False
        target.date = _narrower(target.date, c.date) if _dates_compatible(target.date, c.date) else target.date
        target.place = target.place or c.place
        target.event = target.event or c.event
        target.confidence = min(0.95, max(target.confidence, c.confidence) + 0.05)
        target.merged.append(c)
    return out


def complete(doc: Doc, title_doc: Doc | None, gz: Gazetteer, cands: list[Candidate], events: EventRegistry,
             published: date | None, people) -> None:
    _anaphora(doc, gz, cands, published)
    _antecedent(doc, gz, cands, published)
    _after_meeting(cands, people)
    _accompanied(doc, cands, people)
    _relative_days(cands, gz)
    _cancelled_trips(doc, gz, cands, people, published)
    _trip_dates(doc, cands, people, published)
    for c in cands:
        ev = c.event
        if ev is None and c.status == "planned" and c.place is None:
            upcoming = [e for e in events.events.values() if e.place is not None]
            if len(upcoming) == 1:
                ev = c.event = upcoming[0]
        if ev is not None:
            if c.place is None and ev.place is not None:
                c.place = ev.place
            if c.status != "held" and ev.dates is not None:
                if c.date is None or c.date.contains(ev.dates) or (
                        ev.dates.is_day and c.date.overlaps(ev.dates)):
                    c.date = ev.dates if ev.dates.is_day else (c.date or ev.dates)
            elif ev.dates is not None and c.date is not None and ev.year and c.date.lo.year != ev.year:
                c.event = None
        _upcoming_event_month(c, published)
    if title_doc is not None:
        _title_places(title_doc, gz, cands, people)
    _trip_places(doc, gz, cands, people)
    _named_place_nouns(doc, gz, cands)
    _dateline_places(doc, gz, cands, published)


def _trip_dates(doc: Doc, cands: list[Candidate], people, published: date | None) -> None:
    """"Ramaphosa is on a state visit to the UK between today and tomorrow ... Ramaphosa will also
    hold talks with Sunak": a meeting with no date of its own falls within the dates the text gives
    for a participant's visit (a month when the visit does not cross one)."""
    todo = [c for c in cands if c.date is None and c.mode == "in_person" and c.status != "cancelled"]
    if not todo:
        return
    skip = dateline_end(doc)
    trips: dict[str, DateRange] = {}
    for sent in doc.sents:
        if not any(t.lemma_.lower() in _TRAVEL and t.pos_ == "NOUN" for t in sent):
            continue
        ranges = []
        for ent in sent_ents(sent):
            if ent.label_ in ("DATE", "TIME") and ent.start >= skip and not any(t._.in_quote for t in ent):
                rng = dates_mod.resolve(ent.text, published, None)
                if rng is not None:
                    ranges.append(rng)
        if not ranges:
            continue
        span = DateRange(min(r.lo for r in ranges), max(r.hi for r in ranges))
        if (span.hi - span.lo).days > 31:
            continue
        # a visit already over ("hosted Yoon for a state visit in April") dates no other meeting
        if published is not None and span.hi < published - timedelta(days=1):
            continue
        for m in people.mentions:
            if sent.start <= m.start < sent.end and m.is_subject:
                trips.setdefault(m.person_id, span)
    for c in todo:
        found = [trips[p] for p in c.participants if p in trips]
        if len(found) == 1 or found and all(f == found[0] for f in found):
            c.date = found[0]
            c.confidence = min(c.confidence, 0.6)


def _upcoming_event_month(c: Candidate, published: date | None) -> None:
    """A date is never guessed, with one exception the annotation conventions make: a planned
    meeting set at an event ("on the sidelines of the summit") in an article about that upcoming
    event, when neither the meeting nor the event has a date in the text, takes the month of
    publication (at confidence 0.5), since such articles are written in the days before the event.
    Any other meeting without a date in the text keeps a null date."""
    if c.date is not None or c.status != "planned" or published is None or c.event is None:
        return
    if c.event.dates is not None:
        return
    c.date = DateRange(published.replace(day=1), dates_mod.month_range(published.year, published.month).hi)
    c.confidence = min(c.confidence, 0.5)


def _anaphora(doc: Doc, gz: Gazetteer, cands: list[Candidate], published: date | None) -> None:
    """"The unprecedented summit was scheduled to take place on June 12 in Singapore": a sentence
    about "the summit"/"the meeting" with no people of its own completes the latest interaction."""
    if not cands:
        return
    nouns = {"summit", "meeting", "talks", "call", "visit"}
    skip = dateline_end(doc)
    used = {c.sent.start for c in cands}
    for sent in doc.sents:
        if sent.start in used:
            continue
        heads = [t for t in sent if fold(t.text) in nouns and not t._.in_quote
                 and any(c.lower_ in ("the", "this", "that") for c in t.children)
                 and not any(c.ent_type_ in ("ORG", "EVENT") for c in t.lefts)]
        if not heads:
            continue
        prior = [c for c in cands if c.sent.start < sent.start and sent.start - c.sent.end < 80]
        if not prior:
            continue
        target = prior[-1]
        places = places_in(sent, gz, skip_before=skip)
        if target.place is None and places:
            target.place = places[0][1]
        if target.date is None:
            for ent in sent_ents(sent):
                if ent.label_ == "DATE" and not any(t._.in_quote for t in ent):
                    rng = dates_mod.resolve(ent.text, published, "future" if target.status != "held" else "past")
                    if rng is not None:
                        target.date = rng
                        break


def _antecedent(doc: Doc, gz: Gazetteer, cands: list[Candidate], published: date | None) -> None:
    """"Kuleba said after the meeting with Lavrov, ...": "the meeting"/"the talks" with no day or
    place of its own is the one the sentence just before describes without naming both sides
    ("made no progress on Thursday in their first talks, held in Antalya"): it takes that
    sentence's day and place."""
    nouns = {"summit", "meeting", "talks", "negotiations"}
    skip = dateline_end(doc)
    sents = list(doc.sents)
    index = {s.start: i for i, s in enumerate(sents)}
    used = {c.sent.start for c in cands}
    for c in cands:
        trig = c.trigger
        if (c.date is not None and c.place is not None) or c.mode != "in_person" or c.status != "held" \
                or fold(trig.text) not in nouns or trig.pos_ != "NOUN" \
                or not any((d.lower_ in ("the", "that", "this") and d.dep_ == "det")
                           or (d.lower_ == "their" and d.dep_ == "poss") for d in trig.children):
            continue
        i = index.get(c.sent.start)
        if not i:
            continue
        prev = sents[i - 1]
        if prev.start in used or not any(fold(t.text) in nouns and t.pos_ == "NOUN" and not t._.in_quote
                                         for t in prev):
            continue
        if c.place is None:
            places = places_in(prev, gz, skip_before=skip)
            if len({ref.id for _, ref in places}) == 1:
                c.place = places[0][1]
        if c.date is None:
            found = []
            for ent in sent_ents(prev):
                if ent.label_ == "DATE" and ent.start >= skip and not any(t._.in_quote for t in ent):
                    rng = dates_mod.resolve(ent.text, published, "past")
                    if rng is not None:
                        found.append(rng)
            if len(found) == 1:
                c.date = found[0]


_PLACE_NOUNS = {"village", "town", "city", "resort", "island", "port", "capital"}


def _named_place_nouns(doc: Doc, gz: Gazetteer, cands: list[Candidate]) -> None:
    """"met at the truce village of Panmunjom ... walked to the southern side of the village,
    where Moon joined them": "the village" later in the text is the place an earlier "village of
    X" named."""
    todo = [c for c in cands if c.place is None and c.mode == "in_person"]
    if not todo:
        return
    skip = dateline_end(doc)
    named: list[tuple[int, str, object]] = []
    for sent in doc.sents:
        for span, ref in places_in(sent, gz, skip_before=skip, locative_only=False):
            root = span.root
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _PLACE_NOUNS:
                named.append((span.start, root.head.head.lemma_.lower(), ref))
    if not named:
        return
    for c in todo:
        for tok in c.sent:
            if tok.lemma_.lower() not in _PLACE_NOUNS or tok.pos_ != "NOUN" or tok._.in_quote \
                    or not any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children) \
                    or any(d.dep_ == "prep" and d.lower_ == "of" for d in tok.children):
                continue
            before = [(i, ref) for i, noun, ref in named if noun == tok.lemma_.lower() and i < tok.i]
            refs = {ref.id for _, ref in before}
            if len(refs) == 1:
                c.place = before[-1][1]
                break


def _after_meeting(cands: list[Candidate], people) -> None:
    """"After meeting Putin, Bennett spoke by phone with Zelenskiy": a contact with no day of its
    own that follows a meeting the story has dated to a day is dated to that day."""
    ordered = sorted(cands, key=lambda c: c.trigger.i)
    for c in ordered:
        if c.date is not None:
            continue
        after = next((t for t in c.sent[:3] if t.lower_ == "after" and t.dep_ == "prep"), None)
        if after is None:
            continue
        phrase = list(after.subtree)
        if not any(t.lemma_.lower() in ("meet", "meeting", "talk", "talks") for t in phrase):
            continue
        named = {people.at(t) for t in phrase if people.at(t)}
        if not named:
            continue
        # the one met before is no party to the contact that followed, unless named again
        inside = {t.i for t in phrase}
        elsewhere = {people.at(t) for t in c.sent if t.i not in inside and people.at(t)}
        rest = [p for p in c.participants if p not in named or p in elsewhere]
        if len(rest) >= 2 and len(rest) < len(c.participants):
            c.participants = rest
        earlier = [o for o in ordered if o.trigger.i < c.sent.start and o.date is not None and o.date.is_day
                   and named <= set(o.participants) and set(o.participants) & set(c.participants)]
        if earlier:
            c.date = earlier[-1].date


def _accompanied(doc: Doc, cands: list[Candidate], people) -> None:
    """"He was accompanied by Housing Minister Zeev Elkin, who acted as interpreter during the
    talks": a delegation member said to be present at the talks just reported joins them."""
    for sent in doc.sents:
        verb = next((t for t in sent if t.lemma_.lower() == "accompany" and t.tag_ == "VBN"
                     and any(c.dep_ == "auxpass" for c in t.children) and not t._.in_quote), None)
        if verb is None or not any(t.lower_ in ("talks", "meeting", "meetings") for t in sent if t.i > verb.i):
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if agent is None or subj is None:
            continue
        members = []
        for t in agent.subtree:
            pid = people.at(t)
            if pid and pid not in members:
                members.append(pid)
        prior = [c for c in cands if c.sent.end <= sent.start and sent.start - c.sent.end < 120
                 and c.mode == "in_person" and c.status == "held"]
        if not members or not prior:
            continue
        # the sentence's main meeting, not one it mentions in passing ("..., before flying on to
        # Berlin for talks with Scholz")
        last = max(c.sent.start for c in prior)
        target = min((c for c in prior if c.sent.start == last), key=lambda c: c.trigger.i)
        lead = people.at(subj) or (target.participants[0] if subj.lower_ in ("he", "she") else None)
        if lead not in target.participants:
            continue
        for m in members:
            if m not in target.participants:
                target.participants.append(m)


def _cancelled_trips(doc: Doc, gz: Gazetteer, cands: list[Candidate], people, published: date | None) -> None:
    """A planned meeting "during his trip" is cancelled when the text says the trip was postponed
    or called off."""
    cancelled: dict[str, DateRange | None] = {}
    cancel_verbs = gz.lex("cancel_verbs")
    for tok in doc:
        if tok.lemma_.lower() not in _TRAVEL or tok.pos_ != "NOUN":
            continue
        head = tok.head
        phr = {c.lower_ for c in head.children if c.dep_ == "prt"}
        if not (head.lemma_.lower() in cancel_verbs or any(
                head.lemma_.lower() == v and p in phr for v, p in gz.lexicon["cancel_phrasal"])):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        pid = people.at(owner) or next((people.at(t) for t in owner.subtree if people.at(t)), None)
        if pid is None and fold(owner.text) in ("his", "her"):
            # "Erdogan postponed his planned visit": the owner is the one who postponed it
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            pid = people.at(subj) if subj is not None else None
        if pid is None:
            continue
        rng = None
        for ent in sent_ents(tok.sent):
            if ent.label_ == "DATE":
                rng = dates_mod.resolve(ent.text, published, "future")
                if rng:
                    break
        cancelled[pid] = rng
    if not cancelled:
        return
    for c in cands:
        if c.status != "planned":
            continue
        if not any(fold(t.text) in _TRAVEL for t in c.sent):
            continue
        hit = [p for p in c.participants if p in cancelled]
        if hit:
            c.status = "cancelled"
            if cancelled[hit[0]] is not None and (c.date is None or c.date.contains(cancelled[hit[0]])):
                c.date = cancelled[hit[0]]


def _trip_places(doc: Doc, gz: Gazetteer, cands: list[Candidate], people) -> None:
    """"Albanese arrived in Vientiane on Thursday. ... He will also meet Li Qiang": an in-person
    meeting with no place of its own takes the one city a participant is said to travel to or be
    visiting in the article."""
    todo = [c for c in cands if c.place is None and c.mode == "in_person"]
    if not todo:
        return
    skip = dateline_end(doc)
    trips: dict[str, set] = {}
    refs = {}
    for sent in doc.sents:
        if not any(t.lemma_.lower() in _TRIP_WORDS for t in sent):
            continue
        places = {ref.id: ref for _, ref in places_in(sent, gz, skip_before=skip)}
        if len(places) != 1:
            continue
        ref = next(iter(places.values()))
        for m in people.mentions:
            if sent.start <= m.start < sent.end and (m.is_subject or sent.doc[m.end - 1].dep_ == "poss"):
                trips.setdefault(m.person_id, set()).add(ref.id)
                refs[ref.id] = ref
    for c in todo:
        cities = set().union(*(trips.get(p, set()) for p in c.participants))
        if len(cities) == 1:
            c.place = refs[cities.pop()]


def _title_places(title_doc: Doc, gz: Gazetteer, cands: list[Candidate], people) -> None:
    """"Erdogan and Biden meet in Vilnius ...": a headline city for a meeting of the same people."""
    places = places_in(title_doc[:], gz)
    if not places:
        return
    names = {fold(t.text) for t in title_doc}
    for c in cands:
        if c.place is not None:
            continue
        ok = True
        for pid in c.participants:
            entry = people.people[pid]
            forms = {w for m in entry.mentions for w in fold(m).split()} | set(fold(entry.name).split())
            if not forms & names:
                ok = False
        if ok:
            c.place = places[0][1]


def _dateline_places(doc: Doc, gz: Gazetteer, cands: list[Candidate], published: date | None) -> None:
    """"HANOI (AP) — ... On Thursday morning they resumed their talks": an in-person meeting with no
    place of its own, on the day of publication or the day before, happens where the dateline
    puts the reporter. Older or undated meetings are not placed: the story may look back elsewhere."""
    if published is None:
        return
    todo = [c for c in cands if c.place is None and c.mode == "in_person" and c.date is not None
            and c.date.lo == c.date.hi and 0 <= (published - c.date.lo).days <= 1]
    if not todo:
        return
    ref = dateline_place(doc, gz)
    if ref is None:
        return
    for c in todo:
        c.place = ref


def _meeting_before(c: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The nearest interaction with a day, read before ``c``."""
    for o in reversed(cands):
        if o is c or o.trigger.i >= c.trigger.i:
            continue
        if o.date is not None and o.date.is_day:
            return o
    return None


def _day_before(c: Candidate, cands: list[Candidate]) -> DateRange | None:
    o = _meeting_before(c, cands)
    return o.date if o else None


def _relative_days(cands: list[Candidate], gz: Gazetteer) -> None:
    """Days given against another meeting of the story: "held talks with Li that day" / "later in
    the day" (the day of the meeting before), "the meeting came a day after Putin held talks with
    Xi" (one day before the meeting the sentence is about)."""
    same_day = re.compile(gz.lexicon["same_day_pattern"], re.IGNORECASE)
    offset = re.compile(gz.lexicon["day_offset_pattern"], re.IGNORECASE)
    numbers = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}
    ordered = sorted(cands, key=lambda c: c.trigger.i)
    for c in ordered:
        text = c.sent.text
        if same_day.search(text) and (c.date is None or not c.date.is_day):
            before = _meeting_before(c, ordered)
            if before is not None and (c.date is None or c.date.contains(before.date)):
                c.date = before.date
                c.place = c.place or before.place  # same day, same stop of the trip
            continue
        m = offset.search(text)
        if m is None:
            continue
        at = c.sent.start_char + m.start(3)
        word = next((t for t in c.sent if t.idx == at), None)
        if word is None:
            continue
        clause = word.head.subtree if word.dep_ == "mark" else word.subtree
        if c.trigger.i not in {t.i for t in clause}:
            continue
        outer = [o for o in ordered if o is not c and o.sent.start == c.sent.start and o.trigger.i < word.i
                 and o.date is not None and o.date.is_day]
        anchor = outer[-1].date if outer else _day_before(c, [o for o in ordered if o.sent.start < c.sent.start])
        if anchor is None:
            continue
        days = numbers.get(m.group(1).lower(), 1) * (-1 if m.group(3).lower() == "after" else 1)
        c.date = DateRange(anchor.lo + timedelta(days=days), anchor.lo + timedelta(days=days))
