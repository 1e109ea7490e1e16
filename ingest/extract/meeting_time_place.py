"""When and where a meeting read from one sentence happens: the date expressions and place names
that hang on the trigger's clause, else the nearest ones in the sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice

from spacy.tokens import Span, Token

from ingest.extract import dates as dates_mod
from ingest.extract.dates import DateRange
from ingest.extract.doc_index import doc_ents, sent_ents, tokens
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.meeting_status import RELATIVE_TIME, cancels, chain
from ingest.extract.places import PlaceRef, in_other_clause, places_in

_BOUND_PREPS = {"since", "until", "till", "before", "after", "by", "ahead", "prior"}


@dataclass
class _Dates:
    """The date expressions of a sentence, sorted by how they bear on one meeting."""
    attached: list[DateRange] = field(default_factory=list)  # on the trigger's clause
    loose: list[tuple[int, DateRange]] = field(default_factory=list)  # elsewhere in it, by distance
    said: list[DateRange] = field(default_factory=list)  # the day of the statement
    elsewhere: list[tuple[int, DateRange]] = field(default_factory=list)  # in another clause
    moved: list[DateRange] = field(default_factory=list)  # the new date of a rescheduled meeting


def meeting_dates(trig: Token, sent: Span, status: str, published: date | None, lex: dict, skip: int
                  ) -> tuple[list[DateRange | None], str]:
    """The dates of the meeting (one per day for "met on Monday and again on Tuesday") and its
    status, a present tense being settled by the date against ``published``."""
    governors = chain(trig, lex)
    # a called-off meeting may have been due before or after publication: the nearest reading (so
    # may one that "was to" take place), unless it had been planned for a day: one still ahead
    direction = None if _future_in_past(governors) else {"held": "past", "planned": "future"}.get(status)
    found = _read_dates(trig, sent, governors, status, published, lex, skip, direction)
    if found.moved:
        # "originally planned for March 23, the talks have been moved to Sunday"
        return [found.moved[-1]], status
    if status == "present":
        loose = found.loose or found.elsewhere
        rng = found.attached[0] if found.attached else (min(loose, key=lambda x: x[0])[1] if loose else None)
        if rng is not None and published is not None:
            status = "planned" if rng.lo > published else "held"
        elif rng is None and published is None and any(
                e.label_ == "DATE" and dates_mod.WEEKDAYS.keys() & set(e.text.lower().split()) for e in sent_ents(sent)):
            status = "planned"
        else:
            status = "held"
        if rng is not None and status == "held":
            return meeting_dates(trig, sent, status, published, lex, skip)
        return [rng] if rng else [None], status
    picked = _pick(found, status)
    if status == "cancelled" and picked == [None] and not any(
            e.label_ == "DATE" for e in sent_ents(sent)):
        picked = [_earlier_calling_off(sent, published, lex, skip)]
    return picked, status


def _earlier_calling_off(sent: Span, published: date | None, lex: dict, skip: int) -> DateRange | None:
    """"A summit ... was called off on Sunday. ... had been due to host A and B for the tripartite
    meeting": a called-off meeting told with no date takes the day the story's opening sentences
    give its calling off."""
    doc = sent.doc
    for prev in islice(doc.sents, 3):
        if prev.start >= sent.start:
            break
        for ent in sent_ents(prev):
            if ent.label_ != "DATE" or ent.start < skip or any(t._.in_quote for t in ent):
                continue
            verb = ent.root.head.head if ent.root.head.dep_ == "prep" else ent.root.head
            if verb.pos_ == "VERB" and cancels(verb, lex):
                return dates_mod.resolve(ent.text, published, "past")
    return None


def _pick(found: _Dates, status: str) -> list[DateRange | None]:
    if found.attached:
        days = [r for r in found.attached if r.is_day]
        if len(days) >= 2 and status == "held" and len({d.lo for d in days}) == len(days):
            return list(days)
        return [min(found.attached, key=lambda r: (r.hi - r.lo).days)]
    # a bare year away from the trigger ("the Astana format, launched in 2017") dates something else:
    # the annotation never gives a meeting a year alone
    loose = [x for x in found.loose if not _whole_year(x[1])]
    elsewhere = [x for x in found.elsewhere if not _whole_year(x[1])]
    if loose:
        return [min(loose, key=lambda x: x[0])[1]]
    if found.said and status == "held":
        return [found.said[0]]
    if elsewhere:
        # a date of another clause ("..., since Russia invaded Ukraine 14 months ago"): the last resort
        return [min(elsewhere, key=lambda x: x[0])[1]]
    return [None]


def _whole_year(rng: DateRange) -> bool:
    return rng.lo.month == 1 and rng.lo.day == 1 and rng.hi.month == 12 and rng.hi.day == 31 \
        and rng.lo.year == rng.hi.year


def _read_dates(trig: Token, sent: Span, governors: list[Token], status: str, published: date | None, lex: dict,
                skip: int, direction: dates_mod.Direction) -> _Dates:
    objects = {c for c in trig.children if c.dep_ in ("dobj", "obj")}
    links = set(governors) | objects | _noun_clauses(governors + list(objects), lex)
    top = governors[-1]
    reporter = _reporting_verb(top, lex)
    against = _set_against_another(top)
    close = against and _shortly(top)
    was_set = status == "cancelled" and _was_set(sent)
    found = _Dates()
    for ent, text in date_phrases(sent):
        if ent.start < skip or any(t._.in_quote for t in ent):
            continue
        outside = against and not top.left_edge.i <= ent.start <= top.right_edge.i
        if outside and not (close and _under(ent.root, top.head)):
            continue
        if "that year" in text.lower() or " ".join(t.lower_ for t in sent.doc[ent.end: ent.end + 2]) == "that year":
            text = _that_year(ent, text if "that year" in text.lower() else f"{text} that year")
        ahead = was_set and dates_mod.is_recent_day(text)
        rng = dates_mod.resolve(text, published, "future" if ahead else direction)
        if rng is None and _NEXT_DAY.match(text.lower()):
            rng = _day_after_the_last(ent, published, "future" if ahead else direction)
        if rng is None:
            continue
        if outside:
            # "announced on Monday evening, shortly after A spoke by phone with B": the same day
            if rng.is_day:
                found.loose.append((abs(ent.start - trig.i), rng))
            continue
        if _moved_to(ent.root, lex):
            found.moved.append(dates_mod.resolve(text, published, "future") or rng)
            continue
        link = _date_link(ent.root, links)
        if link == "bound" or _in_time_clause(ent.root, trig) or (_whole_year(rng) and _in_clause_of_noun(ent.root, trig)):
            continue
        if link != "attached" and _in_whose_clause(ent.root, trig):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "since" and trig.i < c.i < ent.start for c in trig.children):
            # "their first meeting since Russia's invasion began in February": the parser may hang
            # the end of the "since" phrase on a verb of the meeting
            continue
        if (reporter is not None and hangs_on(ent.root, reporter)) or _after_report_verb(ent, lex):
            # "X said on Tuesday he would meet Y on Thursday": the day of the statement
            found.said.append(rng)
        elif link == "attached" or (ent.root.dep_ == "poss" and ent.root.head.i == trig.i):
            found.attached.append(rng)
        elif _of_an_event(ent, trig, lex):
            continue
        elif in_other_clause(ent.root, trig, sent.root):
            found.elsewhere.append((abs(ent.start - trig.i), rng))
        else:
            found.loose.append((abs(ent.start - trig.i), rng))
    return found


_TIME_MARKS = {"after", "before", "since", "until", "till", "once"}


def _in_time_clause(tok: Token, trig: Token) -> bool:
    """"the talks will be their first encounter, after they met in Bali last November": a date in a
    clause of time that does not hold the trigger is the date of that clause's own event."""
    cur = tok
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("advcl", "pcomp") and any(
                c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in cur.children) \
                and not cur.left_edge.i <= trig.i <= cur.right_edge.i:
            return True
        if cur.left_edge.i <= trig.i <= cur.right_edge.i:
            return False
        cur = head
    return False


_NEXT_DAY = re.compile(r"^(?:the )?(?:next|following) day$")


def _day_after_the_last(ent: Span, published: date | None, direction: dates_mod.Direction) -> DateRange | None:
    """"Putin and Macron met in Moscow on February 7. Macron then travelled to Kiev, where he met
    Zelensky the next day": the day after the last single day the text gave, in this sentence or
    the one before."""
    doc = ent.doc
    start = ent.sent.start
    prev = doc[start - 1].sent.start if start > 0 else start
    for e in reversed([e for e in doc_ents(doc) if e.label_ == "DATE" and prev <= e.start < ent.start]):
        if any(t._.in_quote for t in e) or _NEXT_DAY.match(e.text.lower()):
            continue
        rng = dates_mod.resolve(e.text, published, direction)
        if rng is not None and rng.is_day:
            nxt = rng.lo + timedelta(days=1)
            return DateRange(nxt, nxt)
        if rng is not None:
            return None
    return None


def _that_year(ent: Span, text: str) -> str:
    """"September that year": the year the text last gave, in this sentence or the one before."""
    doc = ent.doc
    start = ent.sent.start
    prev = doc[start - 1].sent.start if start > 0 else start
    years = [m.group(0) for e in doc_ents(doc) if e.label_ == "DATE" and prev <= e.start < ent.start
             for m in [dates_mod.YEAR_RE.search(e.text)] if m]
    if not years:
        return text
    return re.sub(r"(?i)\bthat year\b", years[-1], text)


def _in_whose_clause(tok: Token, trig: Token) -> bool:
    """"talks with Stoere, whose government last week announced new aid": a date in a relative
    clause (who, whose) on another word, that does not hold the trigger, dates that clause."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i or cur.i == trig.i:
            return False
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("relcl", "ccomp", "advcl") and cur.head.i != trig.i \
                and not cur.left_edge.i <= trig.i <= cur.right_edge.i and cur.head.dep_ not in ("nsubj", "nsubjpass"):
            # (a clause on the subject, "X, who arrived on Thursday, held talks with Y", sets the scene)
            # (the parser reads some relative clauses as complements of the main verb)
            subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
            # ("that"/"which" may stand for the meeting itself: "a meeting with B, that was due on Tuesday")
            return any(s.tag_ == "WP" or any(p.tag_ == "WP$" for p in s.children) for s in subj)
        cur = cur.head
    return False


def _in_clause_of_noun(tok: Token, trig: Token) -> bool:
    """"the summit of the IBSA forum, launched by the three countries in 2003": a participle or
    relative clause on a noun tells of another event (the founding), whatever the noun."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i or cur.i == trig.i:
            return False
        if cur.dep_ in ("acl", "relcl") and cur.pos_ in ("VERB", "AUX") and cur.i != trig.i:
            return True
        cur = cur.head
    return False


def _of_an_event(ent: Span, trig: Token, lex: dict) -> bool:
    """"the G20 summit in May": the date of a gathering the meeting is not said to be held at."""
    hops = [ent.root.head, ent.root.head.head]
    return any(h.lemma_.lower() in lex["event_nouns"] and h.pos_ in ("NOUN", "PROPN") and not _meeting_venue(h, trig)
               for h in hops)


def _set_against_another(top: Token) -> bool:
    """"..., days after Kishida hosted Biden": a meeting told only as before or after the sentence's
    main event, whose day is not that event's."""
    if any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until") for c in top.children):
        return True
    return top.dep_ == "pcomp" and top.head.lower_ in ("after", "before", "since", "following")


_SHORTLY = {"shortly", "just", "soon", "moments", "minutes", "hours", "immediately", "right"}


def _shortly(top: Token) -> bool:
    """"shortly after", "hours before", "just after": within the day of the main clause."""
    marks = [c for c in top.children if c.dep_ == "mark"]
    if top.dep_ == "pcomp":
        marks.append(top.head)
    return any(m.lower_ in ("after", "before") and any(
        a.lower_ in _SHORTLY for a in m.children if a.dep_ in ("advmod", "npadvmod")) for m in marks)


def _noun_clauses(nouns: list[Token], lex: dict) -> set[Token]:
    """"a meeting with Lavrov that was scheduled for Thursday": a clause on the meeting noun dates
    it, and so does a scheduling clause anywhere in its phrase (the parser often hangs it on the
    counterpart's name)."""
    out = set()
    for noun in nouns:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        out |= {c for c in noun.children if c.dep_ in ("relcl", "acl")}
        out |= {t for t in noun.subtree if t.dep_ in ("relcl", "acl") and t.lemma_.lower() in lex["planned_cues"]}
    return out


def _after_report_verb(ent: Span, lex: dict) -> bool:
    """"said on Monday", "told reporters on Monday", "announced Monday": written right after the verb
    of saying, whatever the parser hung it on."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    if i >= 0 and doc[i].lower_ == "reporters":
        i -= 1
    return i >= 0 and doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in lex["report_verbs"]


def _moved_to(tok: Token, lex: dict) -> bool:
    """"moved to Sunday", "postponed until March 3", "pushed back to next week": the new date."""
    prep = tok.head
    return prep.lower_ in ("to", "until", "till") and prep.head.lemma_.lower() in lex["reschedule_verbs"]


_SET_WORDS = {"plan", "planned", "schedule", "scheduled", "set", "due", "slate", "slated"}


def _was_set(sent: Span) -> bool:
    """"a meeting planned for Tuesday", "a planned summit", "talks scheduled for Thursday": a
    called-off meeting that had been set for a day of the week, which the cancellation leaves ahead
    of the story (unlike talks a participant walked out of)."""
    return any((t.lemma_.lower() in _SET_WORDS or t.lower_ in _SET_WORDS) and t.tag_ in ("VBN", "VBD", "JJ")
               and not t._.in_quote for t in tokens(sent))


def _reporting_verb(top: Token, lex: dict) -> Token | None:
    head = top.head
    if head.i != top.i and top.dep_ in ("ccomp", "xcomp", "dobj") and head.lemma_.lower() in lex["report_verbs"]:
        return head
    return None


def _under(tok: Token, verb: Token) -> bool:
    """The word hangs on ``verb`` through nouns and prepositions only ("on Monday evening")."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == verb.i:
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return False
    return False


def hangs_on(tok: Token, verb: Token) -> bool:
    """The word hangs on ``verb`` directly or through one preposition ("said on Tuesday")."""
    return tok.head.i == verb.i or (tok.head.dep_ == "prep" and tok.head.head.i == verb.i)


def _future_in_past(governors: list[Token]) -> bool:
    """"he was to hold talks", "they were to meet": planned then, on either side of publication now."""
    return any(t.dep_ == "xcomp" and t.head.lemma_ == "be" and t.head.tag_ == "VBD"
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) for t in governors)


def meeting_place(trig: Token, sent: Span, top: Token, gz: Gazetteer, skip: int) -> PlaceRef | None:
    """The place in the clause of the trigger (``top`` is the highest word governing it)."""
    doc = sent.doc
    lo, hi = top.left_edge.i, top.right_edge.i
    everywhere = places_in(sent, gz, skip_before=skip)
    dest = _destination(trig, sent, gz, skip)
    if dest is not None:
        return dest
    # a meeting noun's own phrase ("the meeting ..., scheduled for May in Majuro") is all about it; a
    # verb's reaches into clauses of other events
    own = [(span, ref) for span, ref in everywhere if trig.left_edge.i <= span.start <= trig.right_edge.i
           and (trig.pos_ in ("NOUN", "PROPN") or not in_other_clause(span.root, trig, top))]
    if not own and trig.pos_ == "NOUN":
        own = _scheduling_clause_places(trig, everywhere)
    found = own or _antecedent_place(trig, top, everywhere,
                                     places_in(sent, gz, skip_before=skip, locative_only=False))
    if not found:
        found = [(span, ref) for span, ref in everywhere
                 if lo <= span.start <= hi and not in_other_clause(span.root, trig, top)
                 and not _in_time_phrase(span.root, trig)]
    if not found:
        found = _host_place(trig, everywhere)
    if not found:
        found = _journey_goal(top, trig, sent, gz, skip)
    if not found and top.dep_ == "relcl":
        found = _visit_of_the_antecedent(top, sent, gz, skip)
    if not found:
        found = _outcome_place(trig, everywhere)
    if not found and trig.pos_ == "NOUN":
        # "Zelensky's Oval Office meeting with Trump", "the White House talks": a named venue
        # modifying the meeting noun
        found = [(span, ref) for span, ref in places_in(sent, gz, skip_before=skip, locative_only=False)
                 if span.root.dep_ == "compound" and span.root.head.i == trig.i and span.label_ in ("FAC", "ORG", "GPE")
                 and gz.place(span.text) is not None and gz.place(span.text).kind == "venue"]
    if not found:
        # the parser often hangs "at the White House" on the wrong word: take a place right
        # after the trigger's own words
        found = [(span, ref) for span, ref in everywhere
                 if trig.i < span.start <= trig.right_edge.i + 6 and not in_other_clause(span.root, trig, top)
                 and not _in_other_subject(span.root, trig)
                 and not any(t.pos_ in ("VERB", "AUX") for t in doc[trig.right_edge.i + 1: span.start])]
    if not found:
        return None
    found = [(span, _apposed_city(span, gz) or ref if ref.country_id is None else ref) for span, ref in found]
    venues = [ref for _, ref in found if ref.is_venue]
    if venues:
        return venues[0]
    near = [ref for span, ref in found if trig.left_edge.i <= span.start <= trig.right_edge.i]
    return near[0] if near else found[0][1]


_SCHEDULING = {"plan", "schedule", "set", "slate", "due", "arrange", "expect"}


def _scheduling_clause_places(trig: Token, everywhere: list[tuple[Span, PlaceRef]]
                              ) -> list[tuple[Span, PlaceRef]]:
    """"called off a meeting with Ramos planned for Friday in Lisbon": a scheduling participle
    right after the meeting's phrase describes the meeting, wherever the parser hung it."""
    doc = trig.doc
    nxt = trig.right_edge.i + 1
    if nxt >= len(doc):
        return []
    verb = doc[nxt]
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in _SCHEDULING or verb.dep_ not in (
            "acl", "advcl", "relcl", "conj"):
        return []
    return [(span, ref) for span, ref in everywhere if verb.left_edge.i <= span.start <= verb.right_edge.i
            and not in_other_clause(span.root, verb, verb)]




def _in_time_phrase(tok: Token, trig: Token) -> bool:
    """"held talks with B on Thursday, a day after returning from the meeting in Tokyo": a place in
    a phrase of time that does not hold the trigger is the place of that phrase's event."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i or cur.left_edge.i <= trig.i <= cur.right_edge.i:
            return False
        if cur.lower_ in RELATIVE_TIME and cur.pos_ in ("ADP", "SCONJ", "ADV"):
            return True
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in RELATIVE_TIME for c in cur.children):
            return True
        cur = cur.head
    return False


def _in_other_subject(tok: Token, trig: Token) -> bool:
    """"X met Y in September, a spokesperson in Berlin said": the place of a speaker, not of the meeting."""
    return any(a.dep_ in ("nsubj", "nsubjpass") and not (a.left_edge.i <= trig.i <= a.right_edge.i)
               for a in [tok, *tok.ancestors])


def _antecedent_place(trig: Token, top: Token, everywhere: list[tuple[Span, PlaceRef]],
                      anywhere: list[tuple[Span, PlaceRef]] = ()) -> list[tuple[Span, PlaceRef]]:
    """"... trip to Moscow last Friday, where he held talks with Putin", "Yoon's visit to Tokyo in
    March, when he and Kishida held a summit": the place the clause's "where" (or the "when" of a
    visit) refers back to."""
    for tok in (trig, top):
        if tok.dep_ not in ("relcl", "advcl"):
            continue
        word = next((c for c in tok.children if c.lower_ in ("where", "when") and c.i < trig.i), None)
        if word is None or _coordinated_below(trig, tok):
            continue
        # "before flying to Montevideo, where he is to hold talks": the place the clause hangs on
        named = [(span, ref) for span, ref in anywhere if word.lower_ == "where" and tok.dep_ == "relcl"
                 and span.start <= tok.head.i < span.end]
        if named:
            return named
        before = [(span, ref) for span, ref in everywhere if span.end <= word.i]
        if word.lower_ == "when":
            before = [(span, ref) for span, ref in before if word.i - span.end <= 6 and _visit_goal(span.root)]
        return before[-1:]
    return []


def _outcome_place(trig: Token, everywhere: list[tuple[Span, PlaceRef]]) -> list[tuple[Span, PlaceRef]]:
    """"The accord was reached in Doha on March 10 after talks between A and B": talks that end in an
    act are held where the act is done (not where one travels after them)."""
    if trig.dep_ != "pobj" or trig.head.lower_ not in ("after", "following") or trig.head.dep_ != "prep":
        return []
    verb = trig.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _MOTION_VERBS | _JOURNEY_VERBS:
        return []
    return [(span, ref) for span, ref in everywhere
            if span.root.dep_ == "pobj" and span.root.head.lower_ in ("in", "at") and span.root.head.head.i == verb.i]


def _visit_of_the_antecedent(top: Token, sent: Span, gz: Gazetteer, skip: int) -> list[tuple[Span, PlaceRef]]:
    """"scrapped a planned visit to Washington by his aides, A and B, who were due to hold talks with
    C": the talks of the travellers a relative clause describes happen where their visit goes."""
    cur = top.head
    verb = None
    for _ in range(6):
        if cur.head.i == cur.i:
            return []
        if cur.head.pos_ in ("VERB", "AUX"):
            verb = cur.head
            break
        cur = cur.head
    if verb is None:
        return []
    return [(span, ref) for span, ref in places_in(sent, gz, skip_before=skip, locative_only=False)
            if _visit_goal(span.root) and span.root.head.head.head.i == verb.i
            and span.root.head.head.dep_ in ("dobj", "obj", "nsubj", "nsubjpass")]


def _coordinated_below(trig: Token, clause: Token) -> bool:
    """"..., where he held talks with A, and a visit to B for talks with C": the second talks hang on
    a coordinated phrase, outside what "where" refers to."""
    cur = trig
    while cur.i != clause.i and cur.head.i != cur.i:
        if cur.dep_ == "conj":
            return True
        cur = cur.head
    return False


def _visit_goal(tok: Token) -> bool:
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ in ("to", "in") and head.head.lemma_.lower() in (
        "visit", "trip", "tour", "travel", "stop", "stopover")


def _host_place(trig: Token, everywhere: list[tuple[Span, PlaceRef]]) -> list[tuple[Span, PlaceRef]]:
    """"was due to stop in Port Moresby next Monday to meet Marape": a meeting that is the purpose of
    a stay or a journey happens where that takes the traveller."""
    if trig.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        return []
    host = trig.head
    return [(span, ref) for span, ref in everywhere
            if host.left_edge.i <= span.start <= host.right_edge.i and not in_other_clause(span.root, trig, host)]


_JOURNEY_VERBS = {"visit", "leave", "fly", "travel", "arrive", "head", "depart", "go", "come", "return"}


def _journey_goal(top: Token, trig: Token, sent: Span, gz: Gazetteer, skip: int) -> list[tuple[Span, PlaceRef]]:
    """"visited Addis Ababa last month and was received by Abiy", "left for Tokyo on Monday and will
    hold talks with Mori": a meeting coordinated after a journey happens where the journey went."""
    verb = top.head
    if top.dep_ != "conj" or verb.i > trig.i or verb.lemma_.lower() not in _JOURNEY_VERBS:
        return []
    return [(span, ref) for span, ref in places_in(sent, gz, skip_before=skip, locative_only=False)
            if _goal_of(span.root, verb)]


def _goal_of(tok: Token, verb: Token) -> bool:
    if tok.head.i == verb.i:
        return tok.dep_ in ("dobj", "obj") and verb.lemma_.lower() == "visit"
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("to", "for", "in") and prep.head.i == verb.i


def date_phrases(sent: Span) -> list[tuple[Span, str]]:
    """DATE/TIME entities, with a parenthesised gloss joined to what it glosses: "Yesterday
    (Monday)" is read as one expression."""
    ents = [e for e in sent_ents(sent) if e.label_ in ("DATE", "TIME")]
    out: list[tuple[Span, str]] = []
    i = 0
    doc = sent.doc
    while i < len(ents):
        ent = ents[i]
        if i + 1 < len(ents):
            nxt = ents[i + 1]
            between = doc[ent.end: nxt.start]
            if len(between) <= 2 and all(t.text in ("(", ",", ")") for t in between):
                out.append((ent, doc[ent.start: nxt.end].text))
                i += 2
                continue
        out.append((ent, _with_preposition(ent)))
        i += 1
    return out


def _with_preposition(ent: Span) -> str:
    """"in less than 10 days": the model leaves out the "in" that makes a span of days a deadline."""
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and before.lower_ in ("in", "within") and ent.text[:1].islower():
        return f"{before.lower_} {ent.text}"
    return ent.text


def _date_link(tok: Token, links: set[Token]) -> str:
    """"attached" when a date hangs on the trigger's clause (through prepositions and
    coordination), "bound" when it sits in a "since ..."/"ahead of ..." phrase, else "loose"."""
    cur = tok
    for _ in range(5):
        if cur in links:
            return "attached"
        if cur.lower_ in _BOUND_PREPS:
            return "bound"
        if cur.head is cur:
            return "loose"
        if cur is not tok and cur.pos_ in ("NOUN", "PROPN", "VERB") and cur.ent_type_ not in ("DATE", "TIME"):
            # a date of another noun or clause ("the conflict on February 24")
            nxt = cur
            for _ in range(4):
                if nxt.lower_ in _BOUND_PREPS:
                    return "bound"
                if nxt.head is nxt:
                    break
                nxt = nxt.head
            return "loose"
        cur = cur.head
    return "loose"


_APPOSED_HEADS = {"office", "residence", "palace", "compound", "headquarters", "house", "building", "hall",
                  "center", "centre", "hotel", "mansion", "complex", "seat"}


def _apposed_city(span: Span, gz: Gazetteer) -> PlaceRef | None:
    """"at Cheong Wa Dae, the presidential office in Seoul": a venue the gazetteer does not know,
    glossed by an apposition that names the known city it stands in."""
    doc = span.doc
    i = span.end
    limit = min(len(doc), span.end + 4)
    while i < limit and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN":
        i += 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "the":
        return None
    j = i + 2
    head_seen = False
    while j < min(len(doc), i + 8):
        tok = doc[j]
        if tok.lower_ in _APPOSED_HEADS:
            head_seen = True
        elif tok.lower_ == "in" and head_seen and j + 1 < len(doc):
            for ent in doc_ents(doc):
                if ent.start == j + 1 and ent.label_ in ("GPE", "LOC", "FAC"):
                    known = gz.place(ent.text)
                    if known is not None and known.kind != "venue":
                        return PlaceRef(known.id, known.name, known.country, False)
            return None
        elif tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return None
        j += 1
    return None


def _meeting_venue(noun: Token, trig: Token) -> bool:
    """"met ... at the Group of Seven summit in Hiroshima in May": the gathering the meeting took
    place at, whose date is the meeting's; "joined by Sherman for a trilateral meeting on Wednesday":
    the meeting the trigger is for."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in (
            "sideline", "sidelines", "margin", "margins"):
        noun = noun.head.head  # "met on the sidelines of the summits in Phnom Penh last November"
        return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "at", "during") and noun.head.head.i == trig.i
    return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during", "for") and noun.head.head.i == trig.i


_TRAVEL_NOUNS = {"visit", "trip", "journey", "tour", "stopover"}
_MOTION_VERBS = {"fly", "travel", "head", "go", "continue", "move", "leave", "depart", "arrive", "come"}


def _destination(trig: Token, sent: Span, gz: Gazetteer, skip: int) -> PlaceRef | None:
    """"... before flying on to Berlin for talks with Scholz", "a visit to Kyiv for talks with
    Zelenskiy": the talks a journey is for happen where it goes, not where the sentence's main
    meeting was."""
    if trig.dep_ != "pobj" or trig.head.lower_ != "for":
        return None
    verb = trig.head.head
    if verb.lemma_.lower() not in _MOTION_VERBS | _TRAVEL_NOUNS:
        return None
    goals = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for") and c.i < trig.head.i
             for t in c.subtree}
    for t in verb.children:  # "flying on to Berlin": "to" may hang on the particle
        if t.dep_ in ("prt", "advmod"):
            goals |= {x.i for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for x in c.subtree}
    if not goals:
        return None
    for span, ref in places_in(sent, gz, skip_before=skip, locative_only=False):
        if span.root.i in goals:
            return ref
    return None
