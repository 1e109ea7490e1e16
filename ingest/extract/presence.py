"""People said to be present at a meeting without being its main parties: "in the presence of A",
"with the participation of B", "along with B", "accompanied by C", "D was also in attendance", "also taking part
were E and F", "with G sitting in"; and, in a sentence of their own after the meeting, companions of its
parties ("B was joined by C", "D made the trip with E", "F and G were also at the table").

Each phrase gives its people and the token it hangs on (``anchor``); the interaction reader adds
them to the meeting read from that clause, or, for a sentence of its own, to the meeting just told.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ingest.extract.doc_index import tokens, words
from ingest.extract.gazetteer import fold
from ingest.extract.participants import Participants
from ingest.extract.triggers import more_agents, stray_by

CUES = {"presence", "participation", "along", "accompanied", "attended", "attendance", "taking", "sitting", "attending",
        "present", "joining", "were"}
_OF_NOUNS = {"presence", "participation"}
_BY_VERBS = {"accompany", "attend"}
_ONGOING = {"sit", "attend", "participate", "take", "join"}  # "with G sitting in", "also taking part were E"


@dataclass
class Presence:
    people: list[str]
    anchor: Token | None  # None: the sentence itself says who was there ("D was also in attendance")


def presences(sent: Span, who: Participants) -> list[Presence]:
    if not words(sent) & CUES:
        return []
    out: list[Presence] = []
    for tok in tokens(sent):
        if tok._.in_quote or tok.lower_ not in CUES and tok.lemma_.lower() not in _BY_VERBS:
            continue
        found = _of_phrase(tok, who, sent) or _by_phrase(tok, who, sent) or _in_attendance(tok, who, sent) \
            or _ongoing(tok, who, sent) or _along_with(tok, who, sent)
        if found is not None and found.people:
            out.append(found)
    return out


def _of_phrase(tok: Token, who: Participants, sent: Span) -> Presence | None:
    """"in the presence of A and B", "with the participation of C": hangs on what the "in"/"with"
    phrase hangs on."""
    if tok.lower_ not in _OF_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "with"):
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    objs = [p for p in of.children if p.dep_ == "pobj"]
    if not objs:
        first = who.first_person_after(of)
        objs = [first] if first is not None else []
    people = who.people_of_all(objs, sent)
    if objs and objs[0].tag_ == "NNS" and not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[of.i: sent.end]):
        # "with the participation of his counterparts from Brazil, A; Russia, B; and C": everyone the
        # list names, however the parser hung it
        people += [m.person_id for m in who.people.mentions
                   if of.i < m.start < sent.end and m.person_id not in people]
    return Presence(people, tok.head.head)


def _along_with(tok: Token, who: Participants, sent: Span) -> Presence | None:
    """"A met B, along with C": C joins the meeting of that clause."""
    if tok.lower_ != "along" or tok.dep_ != "prep":
        return None
    objs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    return Presence(who.people_of_all(objs, sent), tok.head) if objs else None


def _by_phrase(tok: Token, who: Participants, sent: Span) -> Presence | None:
    """"..., accompanied by Foreign Minister C", "talks, which were attended by D": a participle or
    relative clause on the meeting's clause; "A was accompanied in the talks by C": at those talks."""
    if tok.lemma_.lower() not in _BY_VERBS or tok.tag_ != "VBN":
        return None
    if tok.dep_ in ("ROOT", "conj", "ccomp") and any(c.dep_ in ("nsubjpass", "auxpass", "nsubj") for c in tok.children):
        talks = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "during")
                      for p in c.children if p.dep_ == "pobj" and fold(p.text) in who.lex["interaction_nouns"]), None)
        # "The meeting, also attended by C, lasted two hours", parsed with "attended" as the main verb
        talks = talks or next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                               and fold(c.text) in who.lex["interaction_nouns"]
                               and any(d.lower_ == "the" for d in c.children)), None)
        if talks is None:
            return None
        agent = next((c for x in (tok, talks) for c in x.children
                      if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"), None)
        if agent is None:
            return None
        return Presence(who.people_of_all([p for p in agent.children if p.dep_ == "pobj"], sent), talks)
    if tok.dep_ not in ("acl", "advcl", "conj", "relcl"):
        return None
    if tok.dep_ in ("relcl", "conj") and not any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in tok.children):
        return None  # "talks, which were attended by C"; a main clause of its own is read elsewhere
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    objs = [p for p in agent.children if p.dep_ == "pobj"] + more_agents(tok)
    return Presence(who.people_of_all(objs, sent), tok.head)


def _in_attendance(tok: Token, who: Participants, sent: Span) -> Presence | None:
    """"D was also in attendance": the subject of "be in attendance", a sentence of its own."""
    if tok.lower_ != "attendance" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    if _elsewhere([tok, verb], who):
        return None
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return Presence(who.people_of_all(subj, sent), None) if subj else None


def _ongoing(tok: Token, who: Participants, sent: Span) -> Presence | None:
    """"with G sitting in" / "with G also attending" on the meeting's clause; "Also taking part
    were E and F" as a sentence of its own."""
    if tok.lower_ == "present" or tok.lower_ == "were" and tok.dep_ == "ROOT":
        return _inverted(tok, sent, who)  # "Present at the talks were", "Also in the meeting were"
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in _ONGOING:
        return None
    kids = list(tok.children)
    if tok.lemma_.lower() == "join":
        # "Joining them were E and F"
        if not any(c.dep_ in ("dobj", "obj") and c.lower_ in ("them", "him", "her") for c in kids):
            return None
        return _inverted(tok, sent, who, joining=True)
    if tok.lemma_.lower() == "take":
        if not any(c.dep_ == "dobj" and c.lower_ == "part" for c in kids):
            return None
    elif tok.lemma_.lower() == "sit" and not any(c.dep_ == "prt" and c.lower_ == "in" for c in kids):
        return None
    subj = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and tok.head.lower_ == "with" and tok.dep_ in ("pcomp", "pobj"):
        # "with G sitting in": the "with" phrase hangs on the meeting's clause
        return Presence(who.people_of_all(subj, sent), tok.head.head)
    if tok.head.lower_ == "with" and tok.dep_ == "acl":
        return None
    inverted = _inverted(tok, sent, who)
    if inverted is not None:
        return inverted
    if tok.dep_ == "acl" and tok.head.head.lower_ == "with":
        # "with G sitting in", parsed with G as the object of "with"
        return Presence(who.people_of_all([tok.head], sent), tok.head.head.head)
    return None


def _inverted(tok: Token, sent: Span, who: Participants, joining: bool = False) -> Presence | None:
    """"Also taking part were E and F", "Also present were G and H", "Present at the talks were",
    "Also in the meeting were", "Joining them were": the names after "were", in a sentence of its own."""
    be = tok
    if tok.dep_ in ("csubj", "acomp") and tok.head.lemma_.lower() == "be":
        be = tok.head
    elif tok.dep_ == "amod" and tok.head.lower_ == "those" and tok.head.head.lower_ == "among" \
            and tok.head.head.head.lemma_.lower() == "be":
        be = tok.head.head.head  # "Among those present were E and F"
        joining = True
    elif tok.lemma_.lower() != "be" and (
            not any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in tok.children) or tok.dep_ != "ROOT"):
        return None
    said_where = _at_the_meeting([tok, be], who)
    if be.dep_ != "ROOT" or not (joining or said_where or any(t.lower_ == "also" and t.i < tok.i for t in sent)) \
            or any(c.dep_ == "neg" for c in [*tok.children, *be.children]):
        return None
    if tok.lemma_.lower() == "be" and not said_where:
        return None  # a bare "were" needs "in the meeting"
    if _elsewhere([tok, be], who) or any(
            c.dep_ in ("dobj", "obj") and c.lower_ not in ("part", "them", "him", "her")
            and (fold(c.text) not in who.lex["interaction_nouns"]
                                                               or fold(c.text) in who.lex["generic_event_nouns"])
            for c in tok.children):
        return None  # "Also attending the summit were ...": at the summit, not at the talks
    heads = {tok, be} | {c for c in tok.children if c.dep_ == "aux" and c.lemma_.lower() == "be"}
    names = [c for x in heads for c in x.children
             if c.i > tok.i and c.dep_ in ("dobj", "nsubj", "attr") and c.lower_ not in ("part", "them", "him", "her")]
    return Presence(who.people_of_all(names, sent), None) if names else None


def _at_the_meeting(heads: list[Token], who: Participants) -> bool:
    """"in the meeting", "at the talks" on the clause: a meeting told before (not "the summit")."""
    lex = who.lex
    return any(c.dep_ == "prep" and c.lower_ in ("at", "in", "during") and any(
        p.dep_ == "pobj" and fold(p.text) in lex["interaction_nouns"] and fold(p.text) not in lex["generic_event_nouns"]
        and any(d.lower_ in ("the", "that", "this") for d in p.children) for p in c.children)
        for h in heads for c in h.children)


def _elsewhere(heads: list[Token], who: Participants) -> bool:
    """"present at the press conference", "in attendance at the summit": somewhere other than a
    meeting's talks."""
    lex = who.lex
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "in", "during", "for"):
                for p in c.children:
                    if p.dep_ == "pobj" and p not in heads and (fold(p.text) not in lex["interaction_nouns"]
                                             or fold(p.text) in lex["generic_event_nouns"]) \
                            and not (c.lower_ == "in" and fold(p.text) in _ROOMS):
                        return True
    return False


# "accompanied in the Oval Office by C": the room the talks were held in
_ROOMS = {"office", "room", "chamber", "study"}


_COMPANION_VERBS = {"accompany", "join", "flank", "escort"}
_TRAVEL_WITH = {"travel", "come", "fly", "arrive", "make", "take"}  # "made the trip with C"
# words of a journey: a companion "on the trip" is not said to be at the meeting
TRIP_WORDS = {"trip", "visit", "tour", "journey", "flight", "plane"}
_JOURNEY = TRIP_WORDS | {"arrived", "arrives", "arrival", "travelled", "traveled", "travelling", "traveling"}
_PARTY_NOUNS = {"delegation", "team", "entourage"}
_AT_THE_MEETING = {"table", "room", "talks", "meeting", "dinner", "lunch", "luncheon", "breakfast", "session"}


@dataclass
class Companions:
    base: list[str]  # people of the meeting the companions were with (empty: the meeting just told)
    people: list[str]
    noun: str | None = None  # the meeting noun they were at ("present during the talks"), as a lemma


def companions(sent: Span, who: Participants) -> list[Companions]:
    """People said to be with a meeting's parties in a sentence of their own, after the meeting:
    "B was joined by C, while D was accompanied by E", "F accompanied B", "B made the trip with G",
    "H and I were also at the table", "J was present on the Russian side"."""
    if any(t.dep_ == "neg" or t.lower_ == "no" for t in tokens(sent)):
        return []  # "C was also present at the meeting, but there was no interaction between them"
    out: list[Companions] = []
    for tok in tokens(sent):
        if tok._.in_quote or tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        if lemma in _COMPANION_VERBS:
            found = _accompanying(tok, sent, who)
        elif lemma in _TRAVEL_WITH:
            found = _travelling_with(tok, sent, who)
        elif lemma == "be":
            found = _there(tok, sent, who)
        else:
            found = None
        if found is not None and found.people:
            out.append(found)
    return out


def _accompanying(verb: Token, sent: Span, who: Participants) -> Companions | None:
    """"B was joined by C", "D accompanied B" (not "accompanied B to the inauguration", nor a
    companion on the trip: "A, who arrived on Wednesday, is accompanied by C")."""
    if _elsewhere([verb], who) or _to_elsewhere(verb, who) or words(sent) & _JOURNEY:
        return None
    kids = list(verb.children)
    agent = next((c for c in kids if c.dep_ == "agent"), None)
    if agent is None and any(c.dep_ == "nsubjpass" for c in kids):
        # "was accompanied in the Oval Office by C": the parser hangs "by" on the room
        agent = next((b for b in stray_by(verb) if b.head.head.dep_ == "prep" and b.head.head.lower_ == "in"
                      and b.head.head.head.i == verb.i), None)
    if agent is not None:
        base = [c for c in kids if c.dep_ == "nsubjpass"]
        people = [p for p in agent.children if p.dep_ == "pobj"]
    else:
        base = [c for c in kids if c.dep_ in ("dobj", "obj")]
        people = [c for c in kids if c.dep_ == "nsubj"]
    if not base or not people:
        return None
    return Companions(who.people_of_all(base, sent), who.people_of_all(people, sent))


def _travelling_with(verb: Token, sent: Span, who: Participants) -> Companions | None:
    """"B made the trip with C", "B travelled with C"."""
    kids = list(verb.children)
    if verb.lemma_.lower() in ("make", "take") and not any(c.dep_ in ("dobj", "obj") and c.lower_ == "trip"
                                                          for c in kids):
        return None
    subj = [c for c in kids if c.dep_ == "nsubj"]
    withs = [p for x in (verb, *(c for c in kids if c.dep_ in ("dobj", "obj"))) for c in x.children
             if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    if not subj or not withs:
        return None
    return Companions(who.people_of_all(subj, sent), who.people_of_all(withs, sent))


def _there(be: Token, sent: Span, who: Participants) -> Companions | None:
    """"C and D were present (on the Russian side)", "were also at the table", "were part of the
    Indian delegation at the talks", "was present at the Leader's meeting with the premier"."""
    if not (be.dep_ == "ROOT" or be.dep_ == "ccomp" and be.head.dep_ == "ROOT"
            and be.head.lemma_.lower() in who.lex["report_verbs"]):
        return None
    kids = list(be.children)
    subj = [c for c in kids if c.dep_ == "nsubj" and c.i < be.i]
    present = any(c.dep_ == "acomp" and c.lower_ == "present" for c in kids)
    party = [p for c in kids if c.dep_ == "attr" and c.lower_ == "part" for o in c.children
             if o.dep_ == "prep" and o.lower_ == "of" for p in o.children
             if p.dep_ == "pobj" and p.lower_ in _PARTY_NOUNS]
    present = present or bool(party)
    at = [p for x in (be, *(c for c in kids if c.dep_ == "acomp"), *party) for c in x.children
          if c.dep_ == "prep" and c.lower_ in ("at", "in", "on", "during", "for") for p in c.children
          if p.dep_ == "pobj"]
    at_meeting = any(fold(p.text) in _AT_THE_MEETING and ([d.lower_ for d in p.lefts] in (["the"], ["that"])
                                                          or any(d.dep_ == "poss" for d in p.children))
                     or p.lower_ == "side" for p in at)
    if not subj or not (present and not at or at_meeting):
        return None
    noun = next((p for p in at if fold(p.text) in who.lex["interaction_nouns"]), None)
    # "present at the Leader's meeting with the Japanese premier": that meeting's people
    base = [] if noun is None else who.people_of_all(
        [d for d in noun.children if d.dep_ == "poss"]
        + [o for d in noun.children if d.dep_ == "prep" and d.lower_ == "with" for o in d.children
           if o.dep_ == "pobj"], sent)
    people = [p for p in who.people_of_all(subj, sent) if p not in base]
    # "B's pick for commerce secretary, C, his nominee for interior, D, and adviser E were at the
    # table": every name of the subject, which the parse may not chain
    lo = min(s.left_edge.i for s in subj)
    people += [m.person_id for m in who.people.mentions if lo <= m.start and m.end <= be.i
               and m.person_id not in people and m.person_id not in base
               and not any(t.dep_ == "poss" for t in sent.doc[m.start:m.end])]
    return Companions(base, people, noun.lemma_.lower() if noun is not None and not base else None)


def _to_elsewhere(verb: Token, who: Participants) -> bool:
    """"accompanied B to the inauguration": somewhere other than the meeting."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "on") and any(
        p.dep_ == "pobj" and fold(p.text) not in who.lex["interaction_nouns"] for p in c.children)
        for c in verb.children)
