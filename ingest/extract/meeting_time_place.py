"""When and where a meeting read from one sentence happens: the date expressions and place names
that hang on the trigger's clause, else the nearest ones in the sentence."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from ingest.extract import dates as dates_mod
from ingest.extract.dates import DateRange
from ingest.extract.doc_index import sent_ents
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.meeting_status import chain
from ingest.extract.places import PlaceRef, places_in

_BOUND_PREPS = {"since", "until", "till", "before", "after", "by", "ahead", "prior"}


def meeting_dates(trig: Token, sent: Span, status: str, published: date | None, lex: dict, skip: int
                  ) -> tuple[list[DateRange | None], str]:
    """The dates of the meeting (one per day for "met on Monday and again on Tuesday") and its
    status, a present tense being settled by the date against ``published``."""
    links = set(chain(trig, lex)) | {c for c in trig.children if c.dep_ in ("dobj", "obj")}
    # a called-off meeting may have been due before or after publication: the nearest reading
    direction = {"held": "past", "planned": "future"}.get(status)
    attached: list[DateRange] = []
    loose: list[tuple[int, DateRange]] = []
    event_nouns = lex["event_nouns"]
    for ent, text in date_phrases(sent):
        if ent.start < skip or any(t._.in_quote for t in ent):
            continue
        link = _date_link(ent.root, links)
        if link == "bound":
            continue
        rng = dates_mod.resolve(text, published, direction)
        if rng is None:
            continue
        if link == "attached" or (ent.root.dep_ == "poss" and ent.root.head is trig):
            attached.append(rng)
            continue
        hops = [ent.root.head, ent.root.head.head]
        if any(h.lemma_.lower() in event_nouns and h.pos_ in ("NOUN", "PROPN") and not _meeting_venue(h, trig)
               for h in hops):
            continue
        loose.append((abs(ent.start - trig.i), rng))
    if status == "present":
        rng = attached[0] if attached else (min(loose, key=lambda x: x[0])[1] if loose else None)
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
    if attached:
        days = [r for r in attached if r.is_day]
        if len(days) >= 2 and status == "held" and len({d.lo for d in days}) == len(days):
            return list(days), status
        return [min(attached, key=lambda r: (r.hi - r.lo).days)], status
    if loose:
        return [min(loose, key=lambda x: x[0])[1]], status
    return [None], status


def meeting_place(trig: Token, sent: Span, top: Token, gz: Gazetteer, skip: int) -> PlaceRef | None:
    """The place in the clause of the trigger (``top`` is the highest word governing it)."""
    doc = sent.doc
    lo, hi = top.left_edge.i, top.right_edge.i
    everywhere = places_in(sent, gz, skip_before=skip)
    dest = _destination(trig, sent, gz, skip)
    if dest is not None:
        return dest
    found = [(span, ref) for span, ref in everywhere if lo <= span.start <= hi]
    if not found:
        # the parser often hangs "at the White House" on the wrong word: take a place right
        # after the trigger's own words
        found = [(span, ref) for span, ref in everywhere
                 if trig.i < span.start <= trig.right_edge.i + 6
                 and not any(t.pos_ in ("VERB", "AUX") for t in doc[trig.right_edge.i + 1: span.start])]
    if not found:
        # "... will travel to Beijing, where he will meet Xi"
        for tok in (trig, top):
            if tok.dep_ in ("relcl", "advcl") and any(c.lower_ == "where" for c in tok.children):
                where = next(c for c in tok.children if c.lower_ == "where")
                found = [(span, ref) for span, ref in everywhere if span.end <= where.i][-1:]
                if found:
                    break
    if not found:
        return None
    found = [(span, _apposed_city(span, gz) or ref if ref.country_id is None else ref) for span, ref in found]
    venues = [ref for _, ref in found if ref.is_venue]
    if venues:
        return venues[0]
    near = [ref for span, ref in found if trig.left_edge.i <= span.start <= trig.right_edge.i]
    return near[0] if near else found[0][1]


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
        out.append((ent, ent.text))
        i += 1
    return out


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
            for ent in doc.ents:
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
    place at, whose date is the meeting's."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and noun.head.head.i == trig.i


_MOTION_VERBS = {"fly", "travel", "head", "go", "continue", "move", "leave", "depart", "arrive", "come"}


def _destination(trig: Token, sent: Span, gz: Gazetteer, skip: int) -> PlaceRef | None:
    """"... before flying on to Berlin for talks with Scholz": the talks a journey is for happen
    where it goes, not where the sentence's main meeting was."""
    if trig.dep_ != "pobj" or trig.head.lower_ != "for":
        return None
    verb = trig.head.head
    if verb.lemma_.lower() not in _MOTION_VERBS:
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
