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
from ingest.extract.doc_index import doc_ents, sent_ents, tokens, words
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.meeting_status import RELATIVE_TIME, cancels, chain
from ingest.extract.places import (
    PlaceRef,
    dateline_place,
    in_other_clause,
    places_in,
    purpose_misread,
)
from ingest.extract.triggers import SCHEDULING_VERBS, TRIP_NOUNS

_BOUND_PREPS = {"since", "until", "till", "before", "after", "by", "ahead", "prior"}


@dataclass
class _Dates:
    """The date expressions of a sentence, sorted by how they bear on one meeting."""
    attached: list[DateRange] = field(default_factory=list)  # on the trigger's clause
    own: list[DateRange] = field(default_factory=list)  # of those, in a meeting noun's own phrase
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
        # the most precise; of two months ("in Vilnius in July and again in New York in September"),
        # the first
        return [min(found.attached, key=_precision)]
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


def _precision(rng: DateRange) -> int:
    width = (rng.hi - rng.lo).days
    return 0 if width == 0 else 1 if width <= 7 else 2 if width <= 31 else 3 + width // 100


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
    # "cancelled on Thursday the meeting he was to hold with B next Tuesday": a day in a clause on
    # the meeting noun is the meeting's own
    clauses = [c for c in trig.children if c.dep_ == "relcl"] if trig.pos_ == "NOUN" else []

    def own_clause(ent: Span) -> bool:
        return not bounds_a_span(ent) and any(c.left_edge.i <= ent.start <= c.right_edge.i for c in clauses)

    for ent, text in date_phrases(sent) + _untagged_day_phrases(sent):
        if ent.start < skip or any(t._.in_quote for t in ent):
            continue
        outside = against and not top.left_edge.i <= ent.start <= top.right_edge.i
        if outside and not (close and _under(ent.root, top.head)):
            continue
        if "that year" in text.lower() or " ".join(t.lower_ for t in sent.doc[ent.end: ent.end + 2]) == "that year":
            text = _that_year(ent, text if "that year" in text.lower() else f"{text} that year")
        ahead = was_set and dates_mod.is_recent_day(text)
        rng = dates_mod.resolve(text, published, "future" if ahead else direction)
        if rng is None:
            rng = _shifted_day(ent, text, published, "future" if ahead else direction, skip) or \
                _counted_from_now(ent, text, trig, published)
        if rng is None:
            continue
        if rng.is_day and (_EVE.search(text) or _in_eve_phrase(ent.root)):
            # "on the eve of Friday's summit": the day before
            rng = DateRange(rng.lo - timedelta(days=1), rng.lo - timedelta(days=1))
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
        elif link == "attached" or (ent.root.dep_ == "poss" and ent.root.head.i == trig.i) or own_clause(ent):
            found.attached.append(rng)
            if trig.pos_ == "NOUN" and trig.left_edge.i <= ent.start <= trig.right_edge.i:
                found.own.append(rng)
        elif _of_an_event(ent, trig, lex):
            continue
        elif in_other_clause(ent.root, trig, sent.root):
            found.elsewhere.append((abs(ent.start - trig.i), rng))
        else:
            found.loose.append((abs(ent.start - trig.i), rng))
    if found.own and len(found.attached) > 1:
        # "will fly to Washington on Sunday for his first summit with Trump on Monday": a day in
        # the meeting noun's own phrase is the meeting's, the others are the journey's
        found.attached = found.own
    if not found.attached and not found.loose and "eve" in words(sent):
        noun = _eve_of(trig, sent)
        day = _day_of_gathering(noun, published, skip) if noun is not None else None
        if day is not None:
            found.attached.append(DateRange(day.lo - timedelta(days=1), day.lo - timedelta(days=1)))
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


_NUMBER = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+"
# "in the evening", "that morning": a part of the day last named
# ("later that day/evening" is left to the reader of days told against the meeting before)
_PART_OF_DAY = re.compile(r"^(?:early |late |earlier )?(?:in |on |during )?(?:the|that) "
                          r"(?:morning|afternoon|evening|night)$")
_SHIFTED_DAY = re.compile(
    rf"^(?:on )?(?:(?P<n>{_NUMBER}) (?P<unit>days?|weeks?) (?P<dir>later|earlier|after|before)"
    r"|(?:the )?(?P<rel>next|following|previous|preceding) (?:day|morning|afternoon|evening|night)"
    r"|the day (?P<dir2>after|before))$")
_BACK_SENTENCES = 5


def day_shift(text: str) -> int | None:
    """Days from the day last named: "a day earlier" -1, "the following day" +1, "in the evening" 0."""
    t = " ".join(text.lower().split())
    if _PART_OF_DAY.match(t):
        return 0
    m = _SHIFTED_DAY.match(t)
    if m is None:
        return None
    if m["rel"]:
        return 1 if m["rel"] in ("next", "following") else -1
    if m["dir2"]:
        return 1 if m["dir2"] == "after" else -1
    n = (int(m["n"]) if m["n"].isdigit() else dates_mod.NUMBER_WORDS.get(m["n"], 1)) * (
        7 if m["unit"].startswith("week") else 1)
    return n if m["dir"] in ("later", "after") else -n


_DAY_PARTS = {"morning", "afternoon", "evening", "night"}


def _untagged_day_phrases(sent: Span) -> list[tuple[Span, str]]:
    """"In the evening, ...", "The day before, ...": day phrases the model often leaves untagged."""
    if not (_DAY_PARTS | {"day"}) & words(sent):
        return []
    doc = sent.doc
    out = []
    toks = tokens(sent)
    for i, tok in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if tok.lower_ not in ("the", "that") or nxt.ent_type_ in ("DATE", "TIME") or tok.ent_type_:
            continue
        prev = doc[tok.i - 1].lower_ if tok.i > sent.start else ""
        if nxt.lower_ in _DAY_PARTS and (prev in ("in", "during") or tok.lower_ == "that"):
            out.append((doc[tok.i: nxt.i + 1], f"{tok.lower_} {nxt.lower_}"))
        elif nxt.lower_ == "day" and tok.lower_ == "the" and nxt.i + 1 < len(doc) \
                and doc[nxt.i + 1].lower_ in ("before", "after"):
            out.append((doc[tok.i: nxt.i + 1], "the day"))
    return out


def _shifted_phrase(ent: Span, text: str) -> tuple[str, Token | None] | None:
    """The relative phrase an entity starts, and the noun it is counted from: "The day" followed by
    "before," reads as "the day before"; "the day after the summit" counts from the summit. None
    when it counts from a clause ("a day after Putin held talks with Xi"), which another reader
    dates against that meeting."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is None or nxt.lower_ not in ("before", "after", "earlier", "later") or \
            re.search(r"\b(?:before|after|earlier|later)$", text.lower()):
        return text, None
    if any(c.pos_ in ("VERB", "AUX") or c.dep_ in ("pcomp", "advcl") for c in nxt.children):
        return None
    if nxt.head.pos_ in ("VERB", "AUX") and nxt.dep_ == "mark":
        return None
    objs = [c for c in nxt.children if c.dep_ == "pobj"]
    return f"{text} {nxt.lower_}", (objs[0] if objs else None)


def bounds_a_span(ent: Span, preps: set[str] = _BOUND_PREPS) -> bool:
    """"since 2020", "until March": a date that bounds another event's span (the word may fall
    inside the entity or just before it)."""
    return ent[0].lower_ in preps or (ent.start > 0 and ent.doc[ent.start - 1].lower_ in preps)


def _last_day(ent: Span, published: date | None, direction: dates_mod.Direction, skip: int, depth: int = 0
              ) -> DateRange | None:
    """The last single day the text gave before ``ent``, in its sentence or the few before: a bare
    year or a "since ..." date is background, a month or a week means the story moved off any day."""
    doc = ent.doc
    start = ent.sent.start
    for _ in range(_BACK_SENTENCES):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for e in reversed([e for e in doc_ents(doc) if e.label_ in ("DATE", "TIME") and start <= e.start < ent.start]):
        if e.start < skip or any(t._.in_quote for t in e) or bounds_a_span(e):
            continue
        rng = dates_mod.resolve(e.text, published, direction)
        if rng is None and depth < 3:
            rng = _shifted_day(e, e.text, published, direction, skip, depth + 1)
        if rng is None or _whole_year(rng):
            continue
        return rng if rng.is_day else None
    return None


def _dated_otherwise(ent: Span, published: date | None) -> bool:
    """"met in the evening in March 2019": the sentence gives the day its own way."""
    for e in sent_ents(ent.sent):
        if e.label_ == "DATE" and e.start > ent.start and not bounds_a_span(e) and not any(t._.in_quote for t in e):
            rng = dates_mod.resolve(e.text, published)
            if rng is not None and not _whole_year(rng):
                return True
    return False


def _shifted_day(ent: Span, text: str, published: date | None, direction: dates_mod.Direction, skip: int,
                 depth: int = 0) -> DateRange | None:
    """"A day earlier, ...", "The day before, ...", "In the evening, ...", "two days later": counted
    from the last day the text gave, or from the day of the gathering named ("the day after the
    summit")."""
    phrase = _shifted_phrase(ent, text)
    if phrase is None:
        return None
    text, noun = phrase
    shift = day_shift(text)
    if shift is None:
        return None
    if noun is None and _dated_otherwise(ent, published):
        return None
    anchor = _day_of_gathering(noun, published, skip) if noun is not None else \
        _last_day(ent, published, direction, skip, depth)
    if anchor is None:
        return None
    day = anchor.lo + timedelta(days=shift)
    return DateRange(day, day)


def _day_of_gathering(noun: Token, published: date | None, skip: int) -> DateRange | None:
    """"on the eve of the summit": the one day another sentence gives for the summit, the nearest
    before first."""
    if noun.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    doc = noun.doc
    here = noun.sent
    sents = [s for s in doc.sents if s.start != here.start]
    before = [s for s in sents if s.start < here.start][::-1]
    after = [s for s in sents if s.start > here.start]
    for sent in before + after:
        if lemma not in words(sent):
            continue
        days = set()
        for e in sent_ents(sent):
            if e.label_ != "DATE" or e.start < skip or any(t._.in_quote for t in e) or bounds_a_span(e):
                continue
            rng = dates_mod.resolve(e.text, published, None)
            if rng is not None and rng.is_day:
                days.add(rng)
        if len(days) == 1:
            return days.pop()
    return None


_EVE = re.compile(r"(?i)\beve\b")


def _in_eve_phrase(tok: Token) -> bool:
    """Within "the eve of ..." ("the eve of the summit on Friday"): the gathering's day."""
    return any(anc.lower_ == "of" and anc.head.lower_ == "eve" for anc in islice(tok.ancestors, 4))


def _eve_of(trig: Token, sent: Span) -> Token | None:
    """The gathering of "on the eve of the summit" said of the trigger's clause."""
    for tok in tokens(sent):
        if tok.lower_ != "eve" or tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "at"):
            continue
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        noun = next((c for o in of for c in o.children if c.dep_ == "pobj"), None)
        if noun is not None and not in_other_clause(tok, trig, sent.root):
            return noun
    return None


_COUNT = re.compile(rf"^(?P<n>{_NUMBER}) (?P<unit>days?|weeks?|months?)$")


def _counted_from_now(ent: Span, text: str, trig: Token, published: date | None) -> DateRange | None:
    """"The visit comes two months after Erdogan travelled to Jeddah, where he was received by the
    king": a meeting in a clause set some time before (or after) a main clause told in the present
    is counted from the publication date."""
    m = _COUNT.match(" ".join(text.lower().split()))
    if m is None or published is None or ent.root.dep_ != "npadvmod":
        return None
    clause = ent.root.head
    if clause.lower_ in ("after", "before"):
        mark, main = clause, clause.head
    else:
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        main = clause.head if clause.dep_ == "advcl" else None
    if mark is None or main is None or not clause.left_edge.i <= trig.i <= clause.right_edge.i:
        return None
    if main.tag_ not in ("VBZ", "VBP") and not any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in main.children):
        return None
    n = int(m["n"]) if m["n"].isdigit() else dates_mod.NUMBER_WORDS.get(m["n"], 1)
    sign = -1 if mark.lower_ == "after" else 1
    if m["unit"].startswith("month"):
        months = published.year * 12 + published.month - 1 + sign * n
        return dates_mod.month_range(months // 12, months % 12 + 1)
    day = published + timedelta(days=sign * n * (7 if m["unit"].startswith("week") else 1))
    return DateRange(day, day)


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


_SCENE_VERBS = {"arrive", "land", "welcome", "greet", "fly", "travel", "come", "visit", "reach", "be", "stay",
                "stop", "head", "go", "return", "begin", "start", "open", "hold", "host", "meet"}


def _in_whose_clause(tok: Token, trig: Token) -> bool:
    """"talks with Stoere, whose government last week announced new aid": a date in a relative
    clause (who, whose) on another word, that does not hold the trigger, dates that clause."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i or cur.i == trig.i:
            return False
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("relcl", "ccomp", "advcl") and cur.head.i != trig.i \
                and not cur.left_edge.i <= trig.i <= cur.right_edge.i and (
                    cur.head.dep_ not in ("nsubj", "nsubjpass") or cur.lemma_.lower() not in _SCENE_VERBS):
            # (a clause on the subject, "X, who arrived on Thursday, held talks with Y", sets the
            # scene; one of another act, "X, who took office in December" or "who led the Feb. 1
            # coup", does not)
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


def occasions(trig: Token, sent: Span, published: date | None, gz: Gazetteer, skip: int
              ) -> list[tuple[DateRange, PlaceRef]]:
    """"met in Vilnius in July and again in New York in September": each place with its own date, one
    meeting each (empty when the sentence does not pair them so, after the trigger)."""
    dates = [(ent, text) for ent, text in date_phrases(sent) if ent.start > trig.i]
    if len(dates) < 2:
        return []
    places = [(span, ref) for span, ref in places_in(sent, gz, skip_before=skip)
              if span.start > trig.i and span.root.head.lower_ == "in"]
    if len(places) != len(dates) or not trig.left_edge.i <= places[0][0].start <= trig.right_edge.i:
        return []  # (not the places of another phrase: "the third meeting, following talks in A and in B")
    marks = sorted([(span.start, "p") for span, _ in places] + [(ent.start, "d") for ent, _ in dates])
    if [k for _, k in marks] != ["p", "d"] * len(places):
        return []
    for (ent, _), (span, _) in zip(dates, places[1:]):
        gap = sent.doc[ent.end: span.start]
        # the next place opens a coordinated phrase of the same verb ("..., and in Prague"), no clause of its own
        if not any(t.lower_ == "and" for t in gap) or any(t.pos_ in ("VERB", "AUX") for t in gap):
            return []
    out = [(dates_mod.resolve(text, published, "past"), ref) for (_, text), (_, ref) in zip(dates, places)]
    return out if all(r is not None for r, _ in out) and len({r for r, _ in out}) == len(out) else []


def _opens_following(tok: Token) -> bool:
    """"..., following their talks in Bangkok in May": the phrase tells an earlier meeting."""
    return tok.lower_ == "following" and tok.dep_ in ("prep", "advcl")


def _following_another(tok: Token, trig: Token) -> bool:
    """A place in a "following" phrase after the trigger (not one the trigger sits in)."""
    return any(_opens_following(a) and a.i > trig.i and not any(x.i == a.i for x in trig.ancestors)
               for a in tok.ancestors)


def meeting_place(trig: Token, sent: Span, top: Token, gz: Gazetteer, skip: int) -> PlaceRef | None:
    """The place in the clause of the trigger (``top`` is the highest word governing it)."""
    doc = sent.doc
    lo, hi = top.left_edge.i, top.right_edge.i
    everywhere = [(span, ref) for span, ref in places_in(sent, gz, skip_before=skip)
                  if not _in_person_clause(span.root, trig) and not _following_another(span.root, trig)]
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
    if not found and _said_here(trig, top, sent, skip) and (here := dateline_place(doc, gz)) is not None:
        return here
    if not found and {"sidelines", "margins"} & words(sent):
        sidelines = _sidelines_place(trig, top, sent, gz, skip)
        if sidelines is not None:
            return sidelines
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


def _in_person_clause(tok: Token, trig: Token) -> bool:
    """"the second meeting between Lee and Ishiba, who first met in Kananaskis": a relative clause on
    one of the people tells of them, not of the meeting; so does an apposition ("met B, head of the
    government in Tripoli, before the conference")."""
    cur = tok
    while cur.i != trig.i and cur.head.i != cur.i:
        if cur.dep_ == "relcl" and cur.head.ent_type_ == "PERSON" and any(
                w.lower_ in ("who", "whom", "whose") for w in cur.subtree if w.i < cur.i):
            return True
        if cur.dep_ == "appos" and cur.head.ent_type_ == "PERSON" and cur.ent_type_ != "PERSON" \
                and cur.pos_ == "NOUN":
            return True
        cur = cur.head
    return False


def _said_here(trig: Token, top: Token, sent: Span, skip: int) -> bool:
    """"held talks with Shoukry here on Sunday", "met in this city": the place the dateline names."""
    if not {"here", "city"} & words(sent):
        return False
    for tok in tokens(sent):
        if tok.i < skip or tok._.in_quote or not top.left_edge.i <= tok.i <= top.right_edge.i:
            continue
        here = tok.lower_ == "here" and tok.dep_ == "advmod"
        city = tok.lower_ == "city" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and [
            c.lower_ for c in tok.children] == ["this"]
        if (here or city) and not in_other_clause(tok, trig, top) and not _in_other_subject(tok, trig):
            return True
    return False


def _sidelines_place(trig: Token, top: Token, sent: Span, gz: Gazetteer, skip: int) -> PlaceRef | None:
    """"The Nordic summit in Reykjavik brought together ... On the sidelines, he held talks with B":
    bare sidelines are those of the gathering the text last placed, in the few sentences before."""
    side = next((t for t in tokens(sent) if t.lower_ in ("sidelines", "margins") and t.dep_ == "pobj"
                 and top.left_edge.i <= t.i <= top.right_edge.i
                 and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)), None)
    if side is None or in_other_clause(side, trig, top):
        return None
    doc = sent.doc
    events = gz.lex("event_nouns")
    start = sent.start
    for _ in range(_BACK_SENTENCES):
        if start == 0:
            return None
        prev = doc[start - 1].sent
        start = prev.start
        for tok in reversed(tokens(prev)):
            if tok.lemma_.lower() not in events or tok.pos_ != "NOUN" or tok._.in_quote:
                continue
            own = [ref for span, ref in places_in(prev, gz, skip_before=skip)
                   if tok.i < span.start <= tok.right_edge.i]
            if own:
                return own[0]
    return None


def _scheduling_clause_places(trig: Token, everywhere: list[tuple[Span, PlaceRef]]
                              ) -> list[tuple[Span, PlaceRef]]:
    """"called off a meeting with Ramos planned for Friday in Lisbon": a scheduling participle
    right after the meeting's phrase describes the meeting, wherever the parser hung it."""
    doc = trig.doc
    nxt = trig.right_edge.i + 1
    if nxt >= len(doc):
        return []
    verb = doc[nxt]
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in SCHEDULING_VERBS or verb.dep_ not in (
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
               and not (a.head.head.i == trig.i and purpose_misread(a.head))
               for a in [tok, *tok.ancestors])


def _antecedent_place(trig: Token, top: Token, everywhere: list[tuple[Span, PlaceRef]],
                      anywhere: list[tuple[Span, PlaceRef]] = ()) -> list[tuple[Span, PlaceRef]]:
    """"... trip to Moscow last Friday, where he held talks with Putin", "Yoon's visit to Tokyo in
    March, when he and Kishida held a summit": the place the clause's "where" (or the "when" of a
    visit) refers back to."""
    path = [trig]
    while path[-1].i != top.i and path[-1].head.i != path[-1].i and len(path) < 6:
        path.append(path[-1].head)  # "fly to Singapore for a state visit, where he is set to meet B"
    for tok in path:
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
        if word.lower_ == "where" and tok.dep_ == "relcl" and tok.head.lemma_.lower() in TRIP_NOUNS:
            # "will fly to Singapore for a state visit, where ...": where the journey goes
            goal = [(span, ref) for span, ref in anywhere if span.end <= word.i and span.root.head.lower_ == "to"
                    and span.root.dep_ == "pobj" and span.root.head.head.lemma_.lower() in _JOURNEY_VERBS]
            if goal:
                return goal[-1:]
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
                days = [set(e.text.lower().split()) & dates_mod.WEEKDAYS.keys() for e in (ent, nxt)]
                # "on Monday (Tuesday in Manila)": the day where it happened, then local time
                out.append((ent, ent.text if all(days) and days[0] != days[1] else doc[ent.start: nxt.end].text))
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
            for step in range(6):
                if nxt.lower_ in _BOUND_PREPS and step < 4 or _opens_following(nxt):
                    # (or "the third meeting, following their talks in November 2022")
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
    # ("will hold talks with B at the summit on Wednesday": the parser hangs "at" on the verb)
    holders = {trig.i} | ({trig.head.i} if trig.dep_ in ("dobj", "obj") and trig.pos_ == "NOUN" else set())
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in (
            "sideline", "sidelines", "margin", "margins"):
        noun = noun.head.head  # "met on the sidelines of the summits in Phnom Penh last November"
        return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "at", "during") and noun.head.head.i in holders
    return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during", "for") and noun.head.head.i in holders


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
