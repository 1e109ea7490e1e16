"""One article's interaction candidates made into interactions: the same meeting mentioned twice
becomes one, and what later sentences say about "the summit" or "the meeting" (place, day)
completes it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ingest.extract import dates as dates_mod
from ingest.extract.candidates import Candidate
from ingest.extract.dates import DateRange
from ingest.extract.doc_index import Headline, doc_tokens, sent_ents, tokens, words
from ingest.extract.events import EventRegistry
from ingest.extract.gazetteer import Gazetteer, fold
from ingest.extract.meeting_time_place import bounds_a_span, hangs_on
from ingest.extract.places import (
    dateline_end,
    dateline_place,
    hung_on_dateline,
    may_hold_place,
    places_in,
)

_TRAVEL = {"trip", "visit", "travel", "tour"}
_LOOK_BACK = re.compile(r"\b(?:previously|last (?:met|held|spoke|talked))\b", re.IGNORECASE)
_TRIP_WORDS = {"arrive", "travel", "visit", "land", "fly", "touch", "trip", "tour", "reach", "head", "leave",
               "depart"}


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
        and _dates_compatible(c.date, other.date) and other is not c \
        and not (c.mode == "in_person" and c.place is not None and other.mode == "call")  # talks in X, a call during them


def _same_mode(a: Candidate, b: Candidate) -> bool:
    """The same mode, or a video meeting retold on the same day by a sentence that says "virtually"
    where the parse left the word off the trigger ("glad to meet with Xi, 'for the first time
    virtually'")."""
    if a.mode == b.mode:
        return True
    if {a.mode, b.mode} != {"virtual", "in_person"} or not (a.date or b.date) \
            or not _dates_compatible(a.date, b.date) or a.date and b.date and a.date != b.date:
        return False
    told = a if a.mode == "in_person" else b
    return bool({fold(t.text) for t in tokens(told.sent)} & _VIRTUAL_WORDS)


_VIRTUAL_WORDS = {"virtual", "virtually", "video", "videoconference", "video-link", "videolink", "online"}


def _called_off_plan(a: Candidate, b: Candidate) -> bool:
    """"called off a weekend meeting at Camp David ... were going to meet him Sunday": the plan the
    text tells of and its cancellation, on days one of which holds the other."""
    if {a.status, b.status} != {"planned", "cancelled"} or a.date is None or b.date is None or a.date == b.date:
        return False
    return a.date.contains(b.date) or b.date.contains(a.date)


def _looks_back(c: Candidate) -> bool:
    """"had previously met", "last met": an earlier meeting than the one the story reports."""
    return bool(_LOOK_BACK.search(c.sent.text)) or _first_met_clause(c.trigger)


def _first_met_clause(trig) -> bool:
    """"Lee and Ishiba, who first met in June": a clause on the people telling of their first meeting."""
    return trig.dep_ == "relcl" and trig.head.ent_type_ == "PERSON" and any(
        c.dep_ == "advmod" and c.lower_ in ("first", "previously", "last") for c in trig.children)


def _delegates(c: Candidate) -> frozenset:
    """Delegation members added to a meeting from a later sentence ("was attended by C and D")."""
    return getattr(c, "delegates", frozenset())


def _same_core(a: Candidate, b: Candidate) -> bool:
    """The same meeting told with and without the delegation members a later sentence names."""
    if not (_delegates(a) or _delegates(b)) or a.mode != b.mode:
        return False
    return set(a.participants) - _delegates(a) == set(b.participants) - _delegates(b)


def _older_meeting_told_later(a: Candidate, b: Candidate, published: date | None) -> bool:
    """"The two leaders held a four-eyes meeting ... Mr Wong made a visit in June last year, when he
    met Mr Anwar": an undated meeting told first is the story's, not the older one told after it."""
    first, later = (a, b) if a.sent.start <= b.sent.start else (b, a)
    return (published is not None and first.date is None and later.date is not None
            and first.sent.start < later.sent.start and (published - later.date.hi).days > 7)


def merge(cands: list[Candidate], published: date | None = None) -> list[Candidate]:
    kept = []
    for c in cands:
        told = next((o for o in cands if _restates(c, o) and not (o.plain and o.weak)), None)
        if told is None:
            kept.append(c)
        elif told.place is None:
            # "the daylong talks between the two leaders in Sochi": the restatement still says where
            told.place = c.place
    cands = kept
    out: list[Candidate] = []
    for c in cands:
        target = None
        for i in out:
            same_people = set(i.participants) == set(c.participants) or (
                i.mode != c.mode and set(c.participants) < set(i.participants)) or _same_core(i, c)
            if not same_people or not _same_mode(i, c):
                continue
            if not _dates_compatible(i.date, c.date) or _looks_back(i) != _looks_back(c) \
                    or _older_meeting_told_later(i, c, published):
                continue
            if i.place and c.place and i.place.id != c.place.id:
                continue
            same_day = i.date and c.date and i.date.is_day and i.date == c.date
            if i.status == c.status or i.weak or c.weak or same_day or _called_off_plan(i, c):
                target = i
                break
        if target is None:
            out.append(c)
            continue
        if target.weak and not c.weak:
            target.status, target.sent, target.trigger, target.weak = c.status, c.sent, c.trigger, False
        if _called_off_plan(target, c):
            target.status = "cancelled"
        target.date = _narrower(target.date, c.date) if _dates_compatible(target.date, c.date) else target.date
        if c.mode != target.mode:  # a video meeting retold: no one travelled
            target.mode, target.place, c.place = "virtual", None, None
        target.place = target.place or c.place
        target.event = target.event or c.event
        if _same_core(target, c):
            target.participants.extend(p for p in c.participants if p not in target.participants)
            target.delegates = _delegates(target) | _delegates(c)
        target.confidence = min(0.95, max(target.confidence, c.confidence) + 0.05)
        target.merged.append(c)
    return out


def complete(doc: Doc, title: Headline | None, gz: Gazetteer, cands: list[Candidate], events: EventRegistry,
             published: date | None, people) -> None:
    _call_anaphora(doc, cands)
    _anaphora(doc, gz, cands, published)
    _antecedent(doc, gz, cands, published)
    _after_meeting(cands, people)
    _around_the_meeting(cands, published)
    _accompanied(doc, cands, people)
    _relative_days(cands, gz)
    _cancelled_trips(doc, gz, cands, people, published)
    _conjoined(cands)
    _ended_by(gz, cands, published)
    _gathering_day(doc, gz, cands, published)
    _story_day(doc, gz, cands, people, published)
    _trip_dates(doc, cands, people, published)
    for c in cands:
        ev = c.event
        if ev is None and c.place is None:
            c.place = events.unnamed_place(c.sent)
        if ev is None and c.status == "planned" and c.place is None:
            upcoming = [e for e in events.events.values() if e.place is not None
                        and _dates_compatible(c.date, e.dates) and not _past_event(e, published)]
            if len(upcoming) == 1:
                ev = c.event = upcoming[0]
        if ev is not None:
            if c.place is None and ev.place is not None:
                c.place = ev.place
            if c.status != "held" and ev.dates is not None:
                if c.date is None or c.date.contains(ev.dates) or (
                        ev.dates.is_day and c.date.overlaps(ev.dates)):
                    c.date = ev.dates if ev.dates.is_day else (c.date or ev.dates)
                elif c.status == "cancelled" and not c.date.overlaps(ev.dates):
                    # "was to meet Lula at the summit, but called off his trip on Sunday": the
                    # day given is the calling off; the meeting was due at the event
                    c.date = ev.dates
            elif ev.dates is not None and c.date is not None and ev.year and c.date.lo.year != ev.year:
                c.event = None
        _upcoming_event_month(c, published)
    if title is not None:
        _title_places(title, gz, cands, people)
    _trip_places(doc, gz, cands, people, published)
    _named_place_nouns(doc, gz, cands)
    _dateline_places(doc, gz, cands, published)
    _same_place_day(doc, cands, published)
    for c in cands:
        if c.mode != "in_person":
            c.place = None  # a call or a video meeting is held in no one city ("chaired from Beijing")


def _same_place_day(doc: Doc, cands: list[Candidate], published: date | None) -> None:
    """"Aliyev pulled out of a meeting with Pashinyan in Granada on Thursday ... Pashinyan will still
    meet Michel in Granada": a meeting still to come with no day of its own, at the place of an
    earlier meeting still to come (or called off) that has one and shares its people, is due that
    day."""
    skip = dateline_end(doc)
    for c in cands:
        if (c.date is not None or c.status != "planned" or c.place is None
                or _own_dates(c.sent, skip, published, c.trigger)):
            continue
        days = {e.date for e in cands if e.sent.start < c.sent.start and e.status in ("planned", "cancelled")
                and e.date is not None and e.date.is_day and e.place is not None and e.place.id == c.place.id
                and len(set(e.participants) & set(c.participants)) >= 2}
        if len(days) == 1:
            c.date = days.pop()
            c.confidence = min(c.confidence, 0.6)


def _past_event(entry, published: date | None) -> bool:
    """A gathering the text dates before publication, or only ever tells of in the past tense ("a
    meeting on the sidelines of the G7 summit in June was called off")."""
    if entry.dates is not None:
        return published is not None and entry.dates.hi < published
    return all(_past_tense(head) for _, head in entry.mentions)


def _past_tense(tok) -> bool:
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in ("will", "would", "to", "shall", "'ll") for a in aux):
                return False
            return tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _lead_day(doc: Doc, published: date | None) -> tuple[Span, DateRange] | None:
    """The sentence the story opens with and the one day it gives ("... agreed Thursday"), when that
    is the day of publication or the day before: the news the article reports."""
    if published is None:
        return None
    skip = dateline_end(doc)
    for sent in [s for s in doc.sents if s.end > skip][:2]:
        days = {rng for rng in _sentence_dates(sent, skip, published, "past")
                if rng.is_day and 0 <= (published - rng.lo).days <= 1}
        if days:
            return (sent, days.pop()) if len(days) == 1 else None
    return None


def _sentence_dates(sent, skip: int, published: date | None, direction) -> list[DateRange]:
    out = []
    for ent in sent_ents(sent):
        if ent.label_ in ("DATE", "TIME") and ent.end > skip and not any(t._.in_quote for t in ent):
            rng = dates_mod.resolve(ent.text, published, direction)
            if rng is not None:
                out.append(rng)
    return out


_SINCE = {"since", "until", "till"}
_SINCE_BY = _SINCE | {"by"}
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def _side_date(ent, trigger=None) -> bool:
    """A date that cannot be the day of a meeting told in its sentence: one bounding a span
    ("since October 2016"), a bare year, or one in a clause about a person ("Rutte, who took office
    in December")."""
    return (bounds_a_span(ent, _SINCE_BY) or bool(_YEAR.match(ent.text.strip()))
            or _on_person(ent, trigger))


def _on_person(ent, trigger=None) -> bool:
    """The date sits in a relative clause on a person, one that does not itself tell of the meeting
    ("Scholz, who hosted Meloni in Berlin in February")."""
    tok = ent.root
    for _ in range(6):
        if tok.dep_ == "relcl" or (tok.pos_ in ("VERB", "AUX") and _who_clause(tok)):
            if trigger is not None and tok.left_edge.i <= trigger.i <= tok.right_edge.i:
                return False
            if tok.dep_ != "relcl":
                return True
            return tok.head.ent_type_ == "PERSON" or tok.head.pos_ == "PROPN"
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _own_dates(sent, skip: int, published: date | None, trigger=None) -> bool:
    return any(ent.label_ in ("DATE", "TIME") and ent.end > skip and not any(t._.in_quote for t in ent)
               and not _side_date(ent, trigger) and dates_mod.resolve(ent.text, published, "past") is not None
               for ent in sent_ents(sent))


def _who_clause(verb) -> bool:
    """", whose government last week announced ...", which the parser may hang on the main verb:
    a clause opening with who/whose right after a name and a comma."""
    first = verb.left_edge
    i = first.i
    return (first.lower_ in ("who", "whose") and i >= 2 and verb.doc[i - 1].text == ","
            and verb.doc[i - 2].pos_ == "PROPN")


def _dated_on_person(sent, skip: int, trigger) -> bool:
    """Every date of the sentence is told of a person ("Stoere, whose government last week ..."), so
    a date the meeting took from it is not the meeting's own."""
    ents = [e for e in sent_ents(sent) if e.label_ in ("DATE", "TIME") and e.end > skip]
    return bool(ents) and all(_on_person(e, trigger) for e in ents)


def _story_day(doc: Doc, gz: Gazetteer, cands: list[Candidate], people, published: date | None) -> None:
    """"KYIV - The leaders made a visit to Kyiv on Thursday ... They held talks with Zelensky at the
    palace": a meeting held in person whose sentence gives no date at all, and that the text does
    not set in the past ("had met", "last met"), is part of the day's news the story opens with when
    that opening names one of its people, their country or its place."""
    skip = dateline_end(doc)
    todo = [c for c in cands if c.status == "held" and c.mode == "in_person"
            and not _looks_back(c) and not _pluperfect(c.trigger) and not _future(c.trigger)
            and not _own_dates(c.sent, skip, published, c.trigger)
            and (c.date is None or (not c.date.is_day and _dated_on_person(c.sent, skip, c.trigger)))]
    lead = _lead_day(doc, published) if todo else None
    if lead is None:
        return
    sent, day = lead
    for c in todo:
        if _same_story(sent, c, gz, people, skip):
            c.date = day
            c.confidence = min(c.confidence, 0.6)


def _same_story(lead: Span, c: Candidate, gz: Gazetteer, people, skip: int) -> bool:
    if {people.at(t) for t in lead} & set(c.participants):
        return True
    if len(c.participants) >= 3 and any(t.dep_ == "nsubj" and t.lemma_.lower() == "leader" and t.tag_ == "NNS"
                                        for t in lead):
        return True  # "Leaders of the Group of Seven said on Monday ..." then the seven named meeting
    countries = {e.ent_id_.partition(":")[2] for e in sent_ents(lead) if e.ent_id_.startswith("country:")}
    if countries & {people.people[p].country() for p in c.participants if p in people.people}:
        return True
    return c.place is not None and any(
        ref.id == c.place.id for _, ref in places_in(lead, gz, skip_before=skip, locative_only=False))


def _ended_by(gz: Gazetteer, cands: list[Candidate], published: date | None) -> None:
    """"The declaration was signed on Saturday after talks with Albanese", "an agreement announced on
    March 10 after four days of talks": talks that end in a dated act are held that day, or over the
    days the text counts back from it."""
    for c in cands:
        if c.date is not None or c.status != "held":
            continue
        after, days = _after_phrase(c.trigger)
        if after is None:
            # the parser may hang a later word of the sentence ("..., hosted by Wang") elsewhere
            found = {_after_phrase(t) for t in tokens(c.sent) if fold(t.text) in gz.lex("interaction_nouns")}
            found.discard((None, 1))
            after, days = found.pop() if len(found) == 1 else (None, 1)
        if after is None or after.head.pos_ != "VERB":
            continue
        verb = after.head
        found = [dates_mod.resolve(e.text, published, "past") for e in sent_ents(c.sent) if e.label_ == "DATE"
                 and hangs_on(e.root, verb)]
        found = [d for d in found if d is not None and d.is_day]
        if len(found) == 1:
            end = found[0].lo
            c.date = DateRange(end - timedelta(days=days - 1), end) if days > 1 else found[0]


def _after_phrase(trig) -> tuple:
    """The "after" a meeting noun hangs under, and the days counted in "after four days of talks"."""
    days = 1
    tok = trig
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return None, 1
        if head.lemma_.lower() == "day" and head.pos_ == "NOUN":
            num = next((c.lower_ for c in head.children if c.dep_ == "nummod"), "")
            days = int(num) if num.isdigit() else dates_mod.NUMBER_WORDS.get(num, 1)
        if head.lower_ in ("after", "following") and head.dep_ == "prep":
            return head, days
        tok = head
    return None, 1


def _gathering_day(doc: Doc, gz: Gazetteer, cands: list[Candidate], published: date | None) -> None:
    """"On Saturday, Biden will attend a summit of the Gulf states. He will meet Sisi on the sidelines
    of that summit": a meeting not yet held, set at "that summit", takes the day an earlier sentence
    gives for attending or holding it."""
    nouns = gz.lex("generic_event_nouns")
    sents: list[Span] | None = None
    for c in cands:
        if c.date is not None:
            continue
        noun = next((t for t in tokens(c.sent) if t.lemma_.lower() in nouns and t.pos_ == "NOUN" and not t._.in_quote
                     and any(d.dep_ == "det" and d.lower_ in ("that", "the", "this") for d in t.children)), None)
        # a meeting held "on the sidelines of the summit" the lead dated ("The summit gathered on
        # Thursday leaders of ...")
        if noun is None or c.status == "held" and not (noun.dep_ == "pobj" and noun.head.lower_ == "of"
                                                       and noun.head.head.lower_ in ("sidelines", "margins")):
            continue
        lemma = noun.lemma_.lower()
        # the nearest earlier sentence naming such a gathering is the one "that summit" points to
        sents = sents if sents is not None else list(doc.sents)
        told = next((s for s in reversed(sents) if s.end <= c.sent.start
                     and lemma in words(s) and any(t.lemma_.lower() == lemma for t in tokens(s))), None)
        day = _day_of_gathering(told, lemma, published, c.status, dateline_end(doc)) if told is not None else None
        if day is not None:
            c.date = day


def _day_of_gathering(sent: Span, lemma: str, published: date | None, status: str, skip: int) -> DateRange | None:
    roles = ("dobj", "obj") if status != "held" else ("dobj", "obj", "nsubj", "nsubjpass")
    for tok in tokens(sent):
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
            continue
        verb = tok.head if tok.dep_ in roles else None
        if status == "held" and hung_on_dateline(tok, skip):
            # "GRANADA, 5 October - The summit of ... brought together on Thursday leaders": the
            # subject hung on the dateline city, its verb on it
            verb = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
        if verb is None:
            continue
        days = [dates_mod.resolve(e.text, published, "future" if status != "held" else "past") for e in sent_ents(sent)
                if e.label_ == "DATE" and e.start >= skip and (e.root.head.i == verb.i or e.root.head.head.i == verb.i
                                           or status == "held" and e.root.head.head.head.i == verb.i)]
        days = [d for d in days if d is not None and d.is_day]
        if len(days) == 1:
            return days[0]
    return None


def _conjoined(cands: list[Candidate]) -> None:
    """"met Netanyahu in the Oval Office, and then held separate talks with A and B": a meeting
    coordinated with an earlier one of the sentence shares its place and day unless it gives its own."""
    for c in cands:
        if c.place is not None and c.date is not None:
            continue
        verb = _verb_of(c.trigger)
        if verb.dep_ != "conj":
            continue
        first = next((o for o in cands if o is not c and o.sent.start == c.sent.start
                      and _verb_of(o.trigger).i == verb.head.i), None)
        if first is None:
            continue
        c.place = c.place or first.place
        c.date = c.date or first.date


def _verb_of(tok):
    """The verb of "held talks", or the trigger verb itself."""
    return tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj") else tok


def _future(tok) -> bool:
    """"will travel to Ujjain", "is to call on the president": not today's news, whatever the status."""
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "to") for c in tok.children):
            return True
        if tok.head.i == tok.i or tok.dep_ not in ("dobj", "obj", "xcomp", "conj", "pobj", "prep"):
            return False
        tok = tok.head
    return False


def _pluperfect(tok) -> bool:
    """"had met", "had held talks": an event before the story's time."""
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children):
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


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
        if not any(t.lemma_.lower() in _TRAVEL and t.pos_ == "NOUN" for t in tokens(sent)):
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
    c.date = dates_mod.month_range(published.year, published.month)
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
        heads = [t for t in tokens(sent) if fold(t.text) in nouns and not t._.in_quote
                 and any(c.lower_ in ("the", "this", "that") for c in t.children)
                 and not any(c.ent_type_ in ("ORG", "EVENT") or c.dep_ == "compound" for c in t.lefts)]
        if not heads or _other_contact(sent, heads, gz):
            continue
        prior = [c for c in cands if c.sent.start < sent.start and sent.start - c.sent.end < 80]
        if not prior:
            continue
        target = prior[-1]
        places = places_in(sent, gz, skip_before=skip)
        if target.place is None and places and target.mode == "in_person":
            target.place = places[0][1]
        if target.date is None:
            for ent in sent_ents(sent):
                if ent.label_ == "DATE" and not any(t._.in_quote for t in ent) and not bounds_a_span(ent, _SINCE):
                    rng = dates_mod.resolve(ent.text, published, "future" if target.status != "held" else "past")
                    if rng is not None:
                        target.date = rng
                        break


def _other_contact(sent, heads, gz: Gazetteer) -> bool:
    """"... weeks after the two prime ministers had a brief conversation at the summit": the sentence
    tells of a contact of its own, not more about the one before."""
    verbs = gz.lex("meet_verbs") | gz.lex("talk_verbs")
    taken = {t.i for t in heads}
    return any(t.i not in taken and not t._.in_quote and (
        (t.pos_ == "NOUN" and fold(t.text) in gz.lex("interaction_nouns"))
        or (t.pos_ == "VERB" and t.lemma_.lower() in verbs)) for t in tokens(sent))


_UNSAID_MODE = {"conversation", "contact", "talk", "talks", "discussion", "exchange"}


def _call_anaphora(doc: Doc, cands: list[Candidate]) -> None:
    """"Zelenskiy said he had held a long conversation with Xi ... The call came two months after":
    a contact the text first gives no mode is a phone call when it is later called "the call"."""
    for c in cands:
        if c.mode != "in_person" or fold(c.trigger.text) not in _UNSAID_MODE or c.status != "held" \
                or any(fold(t.text) in ("person", "face-to-face", "in-person", "visit") for t in tokens(c.sent)):
            continue
        later = [o.sent.start for o in cands if o.sent.start > c.sent.start]
        stop = min([min(later)] + [c.sent.end + 120]) if later else c.sent.end + 120
        for tok in doc[c.sent.end: min(stop, len(doc))]:
            if fold(tok.text) == "call" and tok.pos_ == "NOUN" and not tok._.in_quote and tok.dep_ in ("nsubj", "nsubjpass") \
                    and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in tok.children) \
                    and not any(d.dep_ in ("prep", "poss", "compound", "amod") for d in tok.children):
                c.mode = "call"
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
        for tok in tokens(c.sent):
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
        elsewhere = {people.at(t) for t in tokens(c.sent) if t.i not in inside and people.at(t)}
        rest = [p for p in c.participants if p not in named or p in elsewhere]
        if len(rest) >= 2 and len(rest) < len(c.participants):
            c.participants = rest
        earlier = [o for o in ordered if o.trigger.i < c.sent.start and o.date is not None and o.date.is_day
                   and named <= set(o.participants) and set(o.participants) & set(c.participants)]
        if earlier:
            c.date = earlier[-1].date


_AROUND = {"after": 0, "following": 0, "ahead": 1, "before": 1}
_MEETING_NOUNS = {"meeting", "talks", "summit", "meetings"}


def _around_the_meeting(cands: list[Candidate], published: date | None) -> None:
    """"Ahead of the meeting, Biden held a phone call with Erdogan": a contact with no day of its
    own, set just before or after "the meeting" the story has dated, is dated to that day. "Ahead
    of" is only read so of a meeting of the day of publication or the day before: a call before a
    meeting further back may have come days earlier."""
    ordered = sorted(cands, key=lambda c: c.trigger.i)
    for c in ordered:
        if c.date is not None or c.status != "held":
            continue
        opener = next((t for t in c.sent[:3] if t.lower_ in _AROUND), None)
        noun = next((t for t in c.sent[:6] if t.lower_ in _MEETING_NOUNS and t.i > (opener.i if opener else 0)
                     and any(d.lower_ == "the" for d in t.children)), None) if opener else None
        if noun is None:
            continue
        before = [o for o in ordered if o.trigger.i < c.sent.start and o.status == "held" and o.mode == "in_person"
                  and o.date is not None and o.date.is_day]
        if not before:
            continue
        day = before[-1].date
        if _AROUND[opener.lower_] and (published is None or not 0 <= (published - day.lo).days <= 1):
            continue
        c.date = day
        c.confidence = min(c.confidence, 0.6)


def _accompanied(doc: Doc, cands: list[Candidate], people) -> None:
    """"He was accompanied by Housing Minister Zeev Elkin, who acted as interpreter during the
    talks": a delegation member said to be present at the talks just reported joins them."""
    for sent in doc.sents:
        verb = next((t for t in tokens(sent) if t.lemma_.lower() == "accompany" and t.tag_ == "VBN"
                     and any(c.dep_ == "auxpass" for c in t.children) and not t._.in_quote), None)
        if verb is None or not any(t.lower_ in ("talks", "meeting", "meetings") for t in tokens(sent) if t.i > verb.i):
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if agent is None or subj is None:
            continue
        # (not the people of a clause on them: "C and D, who held talks with their counterparts E
        # and F" had talks of their own)
        clauses = [r for r in agent.subtree if r.dep_ == "relcl"]
        if any(r.lemma_.lower() in ("hold", "meet", "talk") and any(
                w.dep_ == "prep" and w.lower_ == "with" for x in (r, *r.children) for w in x.children) for r in clauses):
            continue
        below = {w.i for r in clauses for w in r.subtree}
        members = []
        for t in agent.subtree:
            pid = people.at(t)
            if pid and pid not in members and t.i not in below:
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
    if not any(c.status == "planned" for c in cands):
        return
    cancelled: dict[str, DateRange | None] = {}
    cancel_verbs = gz.lex("cancel_verbs")
    for tok in doc_tokens(doc):
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
        if not any(fold(t.text) in _TRAVEL for t in tokens(c.sent)):
            continue
        hit = [p for p in c.participants if p in cancelled]
        if hit:
            c.status = "cancelled"
            if cancelled[hit[0]] is not None and (c.date is None or c.date.contains(cancelled[hit[0]])):
                c.date = cancelled[hit[0]]


def _trip_places(doc: Doc, gz: Gazetteer, cands: list[Candidate], people, published: date | None = None
                 ) -> None:
    """"Albanese arrived in Vientiane on Thursday. ... He will also meet Li Qiang": an in-person
    meeting with no place of its own takes the one city a participant is said to travel to or be
    visiting in the article."""
    todo = [c for c in cands if c.place is None and c.mode == "in_person"]
    if not todo:
        return
    dateline = dateline_place(doc, gz)
    skip = dateline_end(doc)
    trips: dict[str, list] = {}
    for sent in doc.sents:
        if not any(t.lemma_.lower() in _TRIP_WORDS for t in tokens(sent)):
            continue
        goals = [(span, ref) for span, ref in places_in(sent, gz, skip_before=skip, locative_only=False)
                 if _trip_goal(span.root)]
        if len({ref.id for _, ref in goals}) != 1:
            continue
        span, ref = goals[0]
        found = _sentence_dates(sent, skip, published, None)
        when = DateRange(min(r.lo for r in found), max(r.hi for r in found)) if found else None
        # "is scheduled to leave Hanoi for Manila later on Sunday": no stop of a meeting held today
        ahead = _future(_trip_verb(span.root))
        for m in people.mentions:
            if sent.start <= m.start < sent.end and (m.is_subject or sent.doc[m.end - 1].dep_ == "poss"
                                                      or hung_on_dateline(sent.doc[m.end - 1], skip)):
                trips.setdefault(m.person_id, []).append((ref, when, ahead))
    for c in todo:
        cities = {ref.id: ref for p in c.participants for ref, when, ahead in trips.get(p, [])
                  if _trip_covers(when, c.date, published, dateline, c.status)
                  and not (ahead and c.status == "held")}
        if len(cities) == 1:
            c.place = next(iter(cities.values()))


def _trip_covers(when: DateRange | None, day: DateRange | None, published: date | None, dateline,
                 status: str = "held") -> bool:
    """A journey dated in the text places a meeting of the same days, or of the two days after it
    ("left for Tokyo on Monday ... talks on Wednesday") unless the meeting is the day's news and the
    dateline says where the reporter saw it ("arrived in Shanghai on Wednesday" does not place
    Friday's talks in a story datelined Beijing on Friday). A journey still ahead places no meeting
    already held ("A travels on to Brussels on Wednesday")."""
    if day is None and when is not None and published is not None and status == "held" and when.lo > published:
        return False
    if when is None or day is None:
        return True
    if when.overlaps(day):
        return True
    if not when.hi < day.lo <= when.hi + timedelta(days=2):
        return False
    return dateline is None or published is None or not 0 <= (published - day.lo).days <= 1


def _trip_goal(tok) -> bool:
    """"arrived in Vientiane", "his visit to Tokyo": a place the journey itself leads to, not where
    the traveller came from ("arrived from the summit in Hangzhou") or a place of another phrase."""
    return _trip_verb(tok) is not None


def _trip_verb(tok):
    """The word of the journey that leads to the place ``tok`` ("arrived", "visit"), else None."""
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() == "visit":  # "will not visit Tokyo"
        return tok.head
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ not in ("pobj", "prep", "compound", "appos"):
            return None
        tok = tok.head
        if tok.lower_ == "from":
            return None
        if tok.lemma_.lower() in _TRIP_WORDS and (tok.pos_ == "VERB" or tok.lemma_.lower() in _TRAVEL):
            return tok  # not "head of the government in Tripoli"
    return None


def _title_places(title: Headline, gz: Gazetteer, cands: list[Candidate], people) -> None:
    """"Erdogan and Biden meet in Vilnius ...": a headline city for a meeting of the same people.
    The headline is parsed only when a meeting without a place has all its people named in it."""
    if not may_hold_place(title.text):
        return
    names = set(fold(title.text).split())
    todo = []
    for c in cands:
        if c.place is not None or c.mode != "in_person":
            continue
        ok = True
        for pid in c.participants:
            entry = people.people[pid]
            forms = {w for m in entry.mentions for w in fold(m).split()} | set(fold(entry.name).split())
            if not forms & names:
                ok = False
        if ok:
            todo.append(c)
    if not todo:
        return
    places = places_in(title.doc()[:], gz)
    for c in todo:
        if places:
            c.place = places[0][1]


def _dateline_places(doc: Doc, gz: Gazetteer, cands: list[Candidate], published: date | None) -> None:
    """"HANOI (AP) — ... On Thursday morning they resumed their talks": an in-person meeting with no
    place of its own, on the day of publication or the day before, happens where the dateline
    puts the reporter; so does one planned for the next two days that no journey in its sentence
    leads up to. Older or undated meetings are not placed: the story may look back elsewhere.
    Without a publication date, a meeting the lead sentence dates by a weekday alone ("PANAMA CITY
    (AP) — Obama and Castro sat down together on Saturday") is the story's news, and placed too."""
    if published is None:
        todo = _lead_news_undated(doc, cands)
    else:
        todo = [c for c in cands if c.place is None and c.mode == "in_person" and c.date is not None
                and c.date.lo == c.date.hi and (0 <= (published - c.date.lo).days <= 1 or (
                    c.status in ("planned", "cancelled") and 0 < (c.date.lo - published).days <= 2
                    and not _journey_before(c, gz, dateline_end(doc))))]
    if not todo:
        return
    ref = _lead_arrival(doc, gz, published) or dateline_place(doc, gz)
    if ref is None:
        return
    for c in todo:
        c.place = ref


def _lead_arrival(doc: Doc, gz: Gazetteer, published: date | None):
    """"DUBAI (Reuters) - Saudi Arabia's foreign minister arrived in Tehran on Saturday": the day's
    meetings are where the lead says the visitor arrived, not where the reporter files from."""
    skip = dateline_end(doc)
    lead = next((s for s in doc.sents if s.end > skip), None)
    if lead is None or published is None:
        return None
    arrivals = [t for t in tokens(lead) if t.lemma_.lower() in ("arrive", "land") and t.pos_ == "VERB"
                and t.tag_ in ("VBD", "VBZ", "VBN") and not _future(t)]
    if not arrivals:
        return None
    goals = {ref.id: ref for span, ref in places_in(lead, gz, skip_before=skip)
             if _trip_verb(span.root) in arrivals and not ref.is_venue}
    found = _sentence_dates(lead, skip, published, None)
    if len(goals) != 1 or any(0 < (published - r.lo).days or r.lo > published for r in found):
        return None
    return next(iter(goals.values()))


def _lead_news_undated(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    skip = dateline_end(doc)
    if not skip:
        return []
    lead = doc[skip].sent
    return [c for c in cands if c.sent.start == lead.start and c.place is None and c.mode == "in_person"
            and c.status == "held" and any(e.label_ == "DATE" and dates_mod.is_recent_day(e.text)
                                           for e in sent_ents(lead))]


def _journey_before(c: Candidate, gz: Gazetteer, skip: int) -> bool:
    """"... will fly to Jakarta on Tuesday and meet Widodo": a trip in the sentence leads to the meeting."""
    return any(span.start < c.trigger.i and _trip_goal(span.root)
               for span, _ in places_in(c.sent, gz, skip_before=skip, locative_only=False))


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


_HOURS = re.compile(r"\b(?:(?:just|only|a few|several|two|three) )?hours (after|before)\b", re.IGNORECASE)


def _clause_word(c: Candidate, offset: int) -> Token | None:
    """The word at ``offset`` in the candidate's sentence when the clause it opens ("after",
    "hours before") holds the candidate's trigger."""
    at = c.sent.start_char + offset
    word = next((t for t in tokens(c.sent) if t.idx == at), None)
    if word is None:
        return None
    clause = word.head.subtree if word.dep_ == "mark" else word.subtree
    return word if c.trigger.i in {t.i for t in clause} else None


def _hours_apart(c: Candidate, m, ordered: list[Candidate]) -> None:
    """"The call came hours after the delegations held talks in Istanbul": a meeting told in a
    clause hours from another meeting is held the day of the nearest meeting before it with one."""
    if _clause_word(c, m.start(1)) is None:
        return
    day = _day_before(c, ordered)
    if day is not None:
        c.date = day
        c.confidence = min(c.confidence, 0.6)


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
            m = _HOURS.search(text) if c.date is None else None
            if m is not None:
                _hours_apart(c, m, ordered)
            continue
        word = _clause_word(c, m.start(3))
        if word is None:
            continue
        outer = [o for o in ordered if o is not c and o.sent.start == c.sent.start and o.trigger.i < word.i
                 and o.date is not None and o.date.is_day]
        anchor = outer[-1].date if outer else _day_before(c, [o for o in ordered if o.sent.start < c.sent.start])
        if anchor is None:
            continue
        days = numbers.get(m.group(1).lower(), 1) * (-1 if m.group(3).lower() == "after" else 1)
        c.date = DateRange(anchor.lo + timedelta(days=days), anchor.lo + timedelta(days=days))
