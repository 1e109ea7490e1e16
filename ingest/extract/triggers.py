"""Words that report an interaction and the argument tokens the parse hangs on them.

A trigger is a verb ("met", "spoke to", "hosted", "called on") or an interaction noun ("talks",
"a phone conversation", "the bilateral meeting between A and B"). This module finds the subject and
object tokens of a trigger and its mode (in person, call, video); who those tokens stand for is
``participants``' business.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ingest.extract.doc_index import clause_verb
from ingest.extract.gazetteer import fold

SUBJ = ("nsubj", "nsubjpass")
OBJ_PREPS_MEET = {"with", "between", "among", "involving", "alongside"}
OBJ_PREPS_TALK = {"with", "to", "between"}
_TRAVEL_VERBS = {"visit", "travel", "arrive", "head", "fly", "go", "come", "land", "return", "leave"}
SCHEDULING_VERBS = {"schedule", "plan", "set", "arrange", "slate", "expect"}  # "a meeting (that was) planned for May"
_PHONING = {"phone", "telephone", "ring"}  # "telephoned B": the one called is the object
_PHASES = {"open", "begin", "start", "resume", "continue", "conclude", "wrap"}  # "they opened their summit"
# ("co-chaired" gets the lemma "co-chaire" from the rule lemmatizer)
_HOSTING = {"host", "chair", "mediate", "broker", "convene", "preside", "co-chair", "co-chaire", "co-host"}
_MEASURES = {"hour", "minute", "day", "round", "series", "week"}
TRIP_NOUNS = {"visit", "trip", "tour", "stop", "stopover", "journey", "mission"}
_INTENT_NOUNS = {"plan", "intention", "intent", "decision", "bid", "effort", "hope", "desire", "readiness", "wish"}
_CLAUSES = {"advcl", "ccomp", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj"}
_GATHERING_VERBS = {"bring", "gather", "unite", "assemble"}  # "the summit brought together A and B"
INCLUDING = {"include", "involve"}
_DELEGATION_WORDS = {"delegation", "delegations", "team", "teams", "side", "sides"}
_MAX_JOINT = 8  # a joint meeting names everyone; a larger gathering is a summit, not a meeting


@dataclass
class Trigger:
    token: Token
    noun: Token | None  # the interaction noun, for noun triggers
    subjects: list[Token]
    objects: list[Token]
    mode: str
    verb: Token | None = None  # the verb governing a noun trigger ("held talks", "in a call, X told")
    plain: bool = False  # a noun with no word of its own saying how the contact was made


def verb_triggers(lex: dict) -> set[str]:
    return lex["meet_verbs"] | lex["talk_verbs"] | {"call"}


def trigger_words(lex: dict) -> set[str]:
    """Every lowercased form or lemma ``is_verb_trigger`` or ``is_noun_trigger`` can accept: a
    token with none of them is no trigger. Keep it in step with those two."""
    return verb_triggers(lex) | lex["joining_verbs"] | lex["interaction_nouns"] \
        | {v for v, _ in lex["phrasal_meet_verbs"]} | DIALOGUE | {"discuss"}


def is_verb_trigger(tok: Token, lex: dict) -> bool:
    """"met", "spoke", "called"; "sat down with"; "joined X by video link"."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "pobj" and tok.lower_ in lex["interaction_nouns"]:
        return False  # ("held at the Kremlin talks with B": the noun, tagged as a verb)
    lemma = tok.lemma_.lower()
    if lemma in verb_triggers(lex):
        return True
    prts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod", "prep")}
    if any(lemma == v and p in prts for v, p in lex["phrasal_meet_verbs"]):
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
    if lemma in lex["joining_verbs"]:
        words = {fold(t.text) for t in own_words(tok)}
        return bool(words & (lex["virtual_words"] | {"phone", "telephone", "link"}))
    if lemma == "discuss":
        return _by_phone(tok)  # "A and B discussed X by telephone"
    return False


def _by_phone(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("by", "over") and any(
        p.dep_ == "pobj" and p.lower_ in ("phone", "telephone") for p in c.children) for c in verb.children)


DIALOGUE = {"dialogue", "dialogues", "consultations"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}


def _held_dialogue(tok: Token, lex: dict) -> bool:
    """"A and B will hold the dialogue with C and D", "travel to X for consultations with C": a
    dialogue or consultations with someone (not "called for dialogue between the two sides", "agreed
    to hold regular consultations")."""
    if any(c.lower_ in ("regular", "periodic", "annual") for c in tok.children) and not (
            any(c.dep_ == "amod" and c.tag_ == "JJ" and c.lower_ in _ORDINALS for c in tok.children)
            and tok.head.tag_ == "VBD"):
        return False  # (but "held the second annual dialogue with B on Monday": one of them, held)
    held = tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in lex["light_verbs"] and tok.head.tag_ == "VBD"
    if tok.lower_ == "consultations" and held:
        return True  # "A and B held consultations in Tokyo on Saturday"
    light = tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in lex["light_verbs"]
    # "held a dialogue on Thursday in X with C": the parser may hang "with" on the verb
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in (*tok.children, *(tok.head.children if light else ()))):
        return False
    if tok.lower_ == "consultations":
        return tok.dep_ == "pobj" and tok.head.lower_ == "for"
    return light


def is_noun_trigger(tok: Token, lex: dict) -> bool:
    if tok.lower_ in DIALOGUE:
        return _held_dialogue(tok, lex)
    if tok.lower_ == "visit" and tok.pos_ == "NOUN" and _courtesy_call(tok):
        return True  # "paid a courtesy visit to B": a call on B, not a trip
    if not (tok.pos_ in ("NOUN", "PROPN", "VERB") and tok.lower_ in lex["interaction_nouns"]
            and tok.dep_ not in ("compound",)
            and not (tok.pos_ == "VERB" and tok.lemma_.lower() != "call" and tok.dep_ != "pobj")):
        return False
    if tok.lower_ in lex["virtual_only_nouns"] and in_part_of(tok) is not None:
        return mode_of_noun(tok, lex) == "virtual"  # "took part in a virtual summit"
    if tok.lower_ == "conference":
        return mode_of_noun(tok, lex) == "virtual"
    return True


def in_part_of(noun: Token) -> Token | None:
    """The verb of "took part in" / "participated in" / "joined" a meeting, if the noun is its object."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in":
        up = head.head
        if up.lower_ == "part" and up.head.lemma_.lower() == "take":
            return up.head
        if up.lemma_.lower() == "take" and any(c.lower_ == "part" for c in up.children):
            return up
        if up.lemma_.lower() in ("participate", "partake"):
            return up
    if noun.dep_ == "dobj" and head.lemma_.lower() in ("join", "attend"):
        return head
    return None


def subjects_of(verb: Token) -> list[Token]:
    """The subject of a verb, climbing through "expected to meet", "and met", relative clauses."""
    tok = verb
    # "PALIKIR, Oct. 15 - Speaking after ...": the parser takes the dateline for a subject; the
    # names may hang on it, or the real subject be further up
    dateline: list[Token] = []
    for _ in range(5):
        subs = [c for c in tok.children if c.dep_ in SUBJ]
        if subs and all(s.text.isupper() and len(s.text) > 3 for s in subs) and not dateline:
            dateline = subs
            subs = []
        if subs and all(s.tag_ in ("WP", "WDT") for s in subs) and tok.dep_ in ("relcl", "acl"):
            if _relative(tok) == "which":
                return []  # never a person
            return [tok.head]  # "A, who held talks with B, ...": "who" is A
        if subs:
            if any(s.lower_ in ("it", "there") for s in subs):
                subs = [s for s in subs if s.lower_ not in ("it", "there")]
                if not subs:
                    return []
            # "A and B took part in the call, as did C"
            subs += [s for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() == "do"
                     and any(m.lower_ == "as" for m in c.children) for s in c.children
                     if s.dep_ == "nsubj" and s.i > c.i and s.pos_ == "PROPN"]
            return dateline + subs
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in _INTENT_NOUNS and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "X has plans to meet Y": the planner meets
            continue
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [tok.head]
        if tok.dep_ in ("xcomp", "conj", "acomp", "advcl", "pcomp") and tok.head is not tok:
            tok = tok.head
            if tok.pos_ == "ADP":
                tok = tok.head
            if tok.dep_ == "npadvmod" and tok.pos_ == "NOUN":
                tok = tok.head  # "met A on Friday, a day after holding talks with B": the clause's subject
            continue
        break
    return dateline


def _relative(clause: Token) -> str | None:
    """The relative pronoun subject of a relative clause ("who", "which", "that")."""
    return next((c.lower_ for c in clause.children if c.dep_ in SUBJ and c.tag_ in ("WP", "WDT")), None)


def _takes_place(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in ("happen", "occur") or lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def agents_of(verb: Token) -> list[Token]:
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def more_agents(verb: Token) -> list[Token]:
    """The objects of a second "by" the parser hangs on another phrase of the verb: "joined by A on
    one side and by B on the other"."""
    return [p for c in verb.children if c.dep_ in ("prep", "agent") for b in c.children
            if b.dep_ == "conj" and b.lower_ == "by" for p in b.children if p.dep_ == "pobj"]


def from_verb(verb: Token, lex: dict) -> Trigger | None:
    lemma = verb.lemma_.lower()
    prts = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    mode = "in_person"
    if lemma == "call":
        if prts & {"off", "for"} or "for" in preps:
            return None
        if _names_as(verb):
            return None  # "called him a liar", "called the deal historic": naming, not phoning
        if _appeal(verb):
            return None  # "called on Russia to agree to a ceasefire", "called on them to meet"
        if _calls_on(verb):
            mode = "in_person"
        else:
            mode = "call"
    if lemma in lex["talk_verbs"] or lemma == "discuss":
        mode = "call"
    objects: list[Token] = []
    obj_preps = OBJ_PREPS_TALK if lemma in lex["talk_verbs"] else OBJ_PREPS_MEET | {"on"}
    # "was received by A at X before heading to Y, the prime minister's office, ...": a passive
    # verb has no direct object; the parser's is a stray phrase
    passive = any(c.dep_ == "agent" for c in verb.children) and any(c.dep_ == "nsubjpass" for c in verb.children)
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "attr", "oprd") and (lemma not in lex["talk_verbs"] or lemma in _PHONING) \
                and not passive:
            objects.append(c)
        elif (c.dep_ == "prep" and c.lower_ in obj_preps) or c.dep_ == "agent":
            # "on May 16, after which ... with C", "on his way back": a day or a journey is no one
            objects.extend(o for o in prep_objects(c) if c.lower_ != "on" or o.ent_type_ != "DATE"
                           and not any(d.dep_ == "poss" and d.pos_ == "PRON" for d in o.children))
        elif c.dep_ == "prt" and c.lower_ in ("on", "with"):
            objects.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ in ("by", "via", "over"):
            objects.extend(_through_medium(c, obj_preps, lex))
        elif c.dep_ == "npadvmod" and any(g.dep_ == "compound" and g.ent_type_ == "PERSON" for g in c.children):
            objects.append(c)  # "called President B Sunday": the parser makes B part of the day
    if lemma in ("host", "welcome", "receive", "greet") and not objects:
        objects = _object_after_place(verb)
    if lemma in ("host", "welcome", "receive") and not objects and any(c.dep_ == "auxpass" for c in verb.children):
        # "after being hosted at a state banquet by King B": the parser hangs "by" on the banquet
        objects = [p for b in stray_by(verb) if b.head.dep_ == "pobj" and b.head.head.head.i == verb.i
                   and b.head.lemma_.lower() in ("banquet", "dinner", "lunch", "luncheon", "breakfast", "reception")
                   for p in b.children if p.dep_ == "pobj"][:1]
    on_host = verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ == "PROPN" \
        and not any(c.dep_ == "agent" for c in verb.children)
    if lemma in ("host", "welcome", "receive") and not objects and (verb.tag_ == "VBD" or on_host):
        # "received at the palace in Riyadh today President B", misparsed (also as a clause on the
        # host's name: "Prince A, Crown Prince, received at the palace here today B")
        objects = _person_after(verb)
    if lemma in ("visit", "host", "welcome", "receive", "greet") and not objects:
        return None
    if lemma in lex["talk_verbs"] and not objects and verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "pcomp"):
        return None  # "agreed to keep talking": no contact of its own
    meeting_nouns = lex["event_nouns"] | lex["interaction_nouns"]
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if lemma in ("host", "welcome", "receive") and (any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in meeting_nouns for c in verb.children)
            or clause.dep_ == "relcl" and _relative(clause) == "which" and clause.head.lemma_.lower() in meeting_nouns):
        # "the conclave was hosted by X", "the meeting, which was to have been hosted by X": the
        # meeting is read from its noun
        return None
    if lemma == "greet" and {fold(t.text) for t in verb.sent} & lex["arrival_words"]:
        return None  # greeting an arrival is not a meeting
    if lemma in ("meet", "receive") and any(c.dep_ == "agent" for c in verb.children) \
            and {fold(t.text) for t in own_words(verb)} & (
                lex["arrival_words"] if lemma == "meet" else {"airport", "tarmac", "airbase", "runway"}):
        # "were met at the airport by X", "was received at the airport by X": an arrival greeting (not
        # "received by the king at the palace, shortly after arriving")
        return None
    if verb.dep_ == "amod":  # "the hosted dinner"
        return None
    if lemma in ("host", "welcome", "receive") and verb.dep_ == "acl" and verb.tag_ == "VBN" \
            and verb.head.pos_ in ("NOUN", "PROPN") and not _has_guests(verb) and not (on_host and objects):
        return None  # "a luncheon hosted by A and B": the hosts do not meet each other
    subjects = subjects_of(verb)
    if lemma == "join":
        # "The video conference, chaired by A, was joined by B": the chair is at it too
        objects = objects + [a for t in subjects if fold(t.text) in lex["interaction_nouns"] for a in hosts_of(t)]
    return Trigger(verb, None, subjects, objects, mode)


def _person_after(verb: Token) -> list[Token]:
    """The first name after a verb, past places and days, before any comma or other verb."""
    for t in verb.doc[verb.i + 1: min(verb.sent.end, verb.i + 18)]:
        if t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX"):
            return []
        if t.ent_type_ == "PERSON":
            while t.i + 1 < verb.sent.end and t.doc[t.i + 1].ent_type_ == "PERSON" and t.doc[t.i + 1].ent_iob_ == "I":
                t = t.doc[t.i + 1]
            return [t]
    return []


def _has_guests(verb: Token) -> bool:
    """A participle "hosted by A" with guests of its own ("hosted by A for B and C")."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "with") for c in verb.children)


def _object_after_place(verb: Token) -> list[Token]:
    """"received on Monday at the palace the Prime Minister of X, B": the parser hangs the object
    on the place as an apposition."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("at", "in"):
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            for a in p.children:
                if a.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ == "the" for d in a.children):
                    return [a]
        # "received, on Tuesday at the Royal Palace in Rabat, Senior Advisor A and B": the name
        # hung on the city deeper in the phrase
        named = [a for t in c.subtree for a in t.children
                 if a.dep_ == "appos" and a.ent_type_ == "PERSON" and t.ent_type_ != "PERSON"]
        if named:
            return named
    return []


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition and of those coordinated with it: "with A and with B"."""
    out = [p for p in prep.children if p.dep_ == "pobj"]
    for c in prep.children:
        if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == prep.lower_:
            out.extend(prep_objects(c))
    return out


def _names_as(verb: Token) -> bool:
    """"called him a liar", "called the accord historic": an object and what it is called."""
    second = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")
              and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    has_object = any(c.dep_ in ("dobj", "obj") for c in verb.children)
    return any(c.pos_ == "ADJ" or has_object for c in second)


def _through_medium(prep: Token, obj_preps: set[str], lex: dict) -> list[Token]:
    """"spoke by phone with B": the parser hangs "with B" on the medium."""
    media = lex["virtual_words"] | {"phone", "telephone", "link"}
    out = []
    for medium in prep.children:
        if medium.dep_ == "pobj" and medium.lower_ in media:
            for p in medium.children:
                if p.dep_ == "prep" and p.lower_ in obj_preps:
                    out.extend(q for q in p.children if q.dep_ == "pobj")
    return out


def _mistagged_held(tok: Token) -> bool:
    """"The President of X, A, held official talks": "held" tagged as an adjective, with a subject
    and an object of its own."""
    return tok.pos_ == "ADJ" and tok.lower_ == "held" and any(c.dep_ == "nsubj" for c in tok.children) \
        and any(c.dep_ in ("dobj", "obj") for c in tok.children)


def _appeal(verb: Token) -> bool:
    """"called on B to do something": an appeal, not a visit or a phone call."""
    on = [c for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ == "on"
          and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)]
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False  # "called B on Tuesday to congratulate him": a phone call
    return bool(on) and any(c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                           for a in c.children)
                            for x in (verb, *on, *(p for o in on for p in o.children)) for c in x.children)


def _calls_on(verb: Token) -> bool:
    """"called on Sharif" is a visit; "called Kindiki on Tuesday" is a phone call."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ in ("prt", "prep") and c.lower_ == "on":
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if not objs or any(p.ent_type_ not in ("DATE", "TIME") for p in objs):
                return True
    return False


def trip_owner(trip: Token, person_at) -> list[Token]:
    """Who makes a visit: "Scholz's visit", "a visit by Scholz", "the visit of Scholz"; for a visit
    with no owner of its own ("Scholz's stop in Paris and a visit to Rome"), the owner of an
    earlier visit in the sentence."""
    for c in trip.children:
        if c.dep_ == "poss":
            return [c]
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of"):
            named = [p for p in c.children if p.dep_ == "pobj" and (person_at(p) or p.pos_ == "PRON")]
            if named:
                return named
    for t in reversed(trip.sent[: trip.i - trip.sent.start]):
        if t.lemma_.lower() in TRIP_NOUNS and t.pos_ == "NOUN":
            return trip_owner(t, person_at)
    return []


_ADVOCATING = {"push", "press", "call", "lobby", "appeal", "argue", "campaign", "plead", "ask", "urge"}


def _advocated(noun: Token) -> bool:
    """"to push for (a resumption of) talks", "called for a meeting": talks urged, not held."""
    t = noun
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head
    return t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_.lower() in _ADVOCATING


def _counted_group(tok: Token) -> bool:
    """"the four leaders", "the two presidents": a plural noun with its number."""
    return tok.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in ("the", "their") for c in tok.children) \
        and any(c.dep_ == "nummod" for c in tok.children)


def from_noun(noun: Token, lex: dict, person_at) -> Trigger | None:
    """``person_at(token)`` tells whether a token is part of a person's name."""
    head = noun.head
    if _advocated(noun):
        return None
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "part" \
            and any(d.lower_ in ("the", "that", "this") for d in noun.children):
        return None  # "joined for part of the session by C": the session told, not one of its own
    if noun.dep_ == "pobj" and head.lower_ in ("in", "at", "during") and head.head.lemma_.lower() == "accompany":
        return None  # "A was accompanied in the talks by C": the talks told before, C present at them
    subjects: list[Token] = []
    objects: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and (c.lower_ in OBJ_PREPS_MEET or c.lower_ == "by"):
            objects.extend(prep_objects(c))
            if c.lower_ == "between" and any(p.lower_ in _DELEGATION_WORDS for p in prep_objects(c)):
                # "a meeting between a US delegation led by A and B, and a Ukrainian delegation headed by
                # C and including D": everyone named in the two delegations
                sides = [c] + [d for d in noun.sent if d.i > c.i and d.lower_ in _DELEGATION_WORDS and d.dep_ == "conj"]
                objects.extend(t for side in sides for t in side.subtree if person_at(t) and not person_at(t.head)
                               and t.dep_ in ("pobj", "dobj", "conj", "appos"))
        elif c.dep_ == "prep" and c.lower_ in ("on", "about", "over", "at", "in") and any(
                w.dep_ == "prep" and w.lower_ == "with" and any(person_at(q) for q in prep_objects(w))
                for p in c.children if p.dep_ == "pobj" for w in p.children):
            # "a meeting on the war in X with A, B and C", "talks at the palace with A": the parser
            # hangs "with" on the topic or the venue
            objects.extend(q for p in c.children if p.dep_ == "pobj" for w in p.children
                           if w.dep_ == "prep" and w.lower_ == "with" for q in prep_objects(w))
        elif c.dep_ == "prep" and c.lower_ == "as":
            # "his first meeting as president with B": the parser hangs "with" on "president"
            objects.extend(q for p in c.children if p.dep_ == "pobj" for w in p.children
                           if w.dep_ == "prep" and w.lower_ in OBJ_PREPS_MEET for q in prep_objects(w))
        elif c.dep_ == "poss":
            subjects.append(c)
        elif c.dep_ == "acl" and c.lemma_.lower() in ("involve", "include", "bring"):
            objects.extend(p for p in c.children if p.dep_ == "dobj")
        elif c.dep_ == "relcl" and c.lemma_.lower() in _GATHERING_VERBS:
            objects.extend(_gathered(c, person_at))  # "the summit, which brought together A and B"
        elif c.dep_ == "prep" and c.lower_ in ("in", "at"):
            # "the talks in Doha, which brought together A, B and C": the parser hangs the clause on the place
            objects.extend(q for p in c.children if p.dep_ == "pobj" for r in p.children
                           if r.dep_ == "relcl" and r.lemma_.lower() in _GATHERING_VERBS and _relative(r) == "which"
                           for q in _gathered(r, person_at))
        elif c.dep_ == "prep" and c.lower_ == "of":
            # "a summit of the X framework with A, B and C", "a call of the coalition of the willing
            # with A": the parser hangs "with" on the body
            objects.extend(q for p in _of_bodies(c, person_at) for w in p.children
                           if w.dep_ == "prep" and w.lower_ == "with" for q in prep_objects(w))
            # "a meeting of more than five hours mediated by C and D": the parser hangs the clause on the hours
            objects.extend(a for p in c.children if p.dep_ == "pobj" and p.ent_type_ in ("TIME", "DATE", "QUANTITY")
                           for r in p.children if r.dep_ == "acl" and r.lemma_.lower() in _HOSTING
                           for a in agents_of(r))
            listed = prep_objects(c)
            if listed and all(person_at(q) for q in listed) and any(
                    x.dep_ == "conj" and person_at(x) for q in listed for x in q.children):
                objects.extend(listed)  # "a summit of A, B, C and D"
            # "the previous summit of the four leaders": the people counted, found as for a subject
            objects.extend(q for q in listed if _counted_group(q))
        elif c.dep_ in ("acl", "relcl") and (c.lemma_.lower() in _HOSTING or c.lemma_.lower() == "join"
                                             or c.lemma_.lower() == "attend" and mode_of_noun(noun, lex) == "virtual"):
            # "the meeting, which was hosted by C", "which was also joined by C", "the virtual meeting,
            # attended by C" (at a remote meeting, attending is taking part)
            objects.extend(agents_of(c))
            if c.lemma_.lower() == "attend":
                # "attended by leaders of several countries, as well as B": the parser hangs B anywhere
                objects.extend(t for t in named_after_agent(c, person_at) if t not in objects)
        elif c.dep_ == "relcl" and (held := [x for x in c.subtree if x.lemma_.lower() in lex["light_verbs"]
                                             and x.pos_ == "VERB" and x.i > noun.i]):
            # "the meeting he was to hold with B": the other side is in the clause, and so is a named
            # holder ("the Kremlin postponed the talks that A was to hold with B")
            objects.extend(p for w in held[-1].children if w.dep_ == "prep" and w.lower_ == "with"
                           for p in prep_objects(w))
            subjects.extend(s for s in subjects_of(held[-1]) if person_at(s))
        elif c.dep_ == "acl" and (held := _held_with(c)):
            objects.extend(held)  # "the first summit of the group, held virtually with A, B and C"
        elif c.dep_ in ("acl", "relcl") and c.lemma_.lower() in SCHEDULING_VERBS:
            # "the summit that had been scheduled for Wednesday in Amman between A, B, C and D": the
            # parser hangs "between" on the participle
            objects.extend(p for w in c.children if w.dep_ == "prep" and w.lower_ in ("between", "with", "among")
                           for p in prep_objects(w))
        elif c.dep_ == "compound" and person_at(c):
            subjects.append(c)
    for c in noun.lefts:
        if c.dep_ in ("compound", "nmod", "amod") and person_at(c) and c not in subjects:
            subjects.append(c)
    for p in list(objects):
        # "the meeting with B, which was hosted by C": the parser hangs the clause on B
        objects.extend(a for r in p.children if r.dep_ == "relcl" and r.lemma_.lower() in _HOSTING
                       and _relative(r) == "which" for a in agents_of(r))
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "between" or c.dep_ == "prep" and c.lower_ == "in":
            # "talks (in Beijing) between A and B, hosted by C": the host is at the talks too
            objects.extend(a for r in c.subtree if r.dep_ == "acl" and r.tag_ == "VBN"
                           and r.lemma_.lower() in _HOSTING and r.i > c.i for a in agents_of(r)
                           if a not in objects)
    verb = None
    if noun.dep_ == "conj" and not subjects:
        # "held a private meeting and then an expanded meeting with their delegations": the same holders
        first = noun.head
        if first.lower_ in lex["interaction_nouns"] and first.dep_ in ("dobj", "obj"):
            first = first.head
        if first.pos_ == "VERB" and first.lemma_.lower() in lex["light_verbs"]:
            subjects = subjects_of(first)
    part_of = in_part_of(noun)
    if part_of is not None:
        verb = part_of
        subjects = subjects or subjects_of(verb)
        # "A took part in the summit, held virtually with B and C": the parser hangs the participle
        # on the verb
        objects.extend(p for c in _held_after(noun, part_of) for p in _held_with(c))
    elif noun.dep_ in ("dobj", "obj", "attr", "nsubjpass") and (head.pos_ in ("VERB", "AUX") or _mistagged_held(head)):
        verb = head
    elif not any(a.pos_ in ("VERB", "AUX") for a in noun.ancestors) and (held := [
            c for c in noun.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i < noun.i
            and c.lemma_.lower() in lex["light_verbs"]]) and (holders := [
            c for c in noun.children if c.dep_ == "nsubj" and person_at(c)]
            or ([noun.sent.root] if person_at(noun.sent.root) else [])):
        # "A, on a tour of the region, earlier held talks with B": the parser makes "held" an adjective
        # of the talks, and A the root of the sentence or the subject of the talks
        verb = held[0]
        subjects = subjects or holders
    elif noun.dep_ == "nsubj" and head.lemma_.lower() in _GATHERING_VERBS | INCLUDING \
            and (gathered := _gathered(head, person_at)):
        # "The summit in X brought together A and the prime ministers of B, C; D, E", "the call
        # included A, B and C"
        verb = head
        objects.extend(gathered)
    elif noun.dep_ == "nsubj" and _takes_place(head):
        verb = head  # "a phone conversation took place on Friday between A and B"
        objects.extend(p for c in head.children if c.dep_ == "prep" and c.lower_ in OBJ_PREPS_MEET
                       for p in c.children if p.dep_ == "pobj")
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") \
            and (head.lower_ in ("for", "in", "into", "during")
                 # "held on Thursday at the Kremlin talks with B": the parser takes the venue for a modifier
                 or head.lower_ == "at" and head.head.lemma_.lower() in lex["light_verbs"]
                 or head.lower_ == "with" and head.head.lemma_.lower() in _PHASES  # "continued with talks"
                 or head.lower_ == "over" and head.head.lemma_.lower() == "preside"):  # "presided over the talks"
        verb = head.head
        if head.lower_ == "for" and not subjects and any(c.dep_ == "agent" for c in verb.children):
            # "A was received by C ... for talks with B": the talks are A's
            subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if head.lower_ in ("in", "during") and not subjects:
            # "In a phone call on Monday, X told Y that ...", "During talks with Y, X said ..."
            if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex["telling_verbs"] and head.i > verb.head.i:
                verb = verb.head  # "invited B to visit during a phone conversation": the parser hangs it on "visit"
            subjects = subjects_of(verb)
            if verb.lemma_.lower() in lex["telling_verbs"] or verb.lemma_.lower() in lex["talk_verbs"]:
                objects.extend(c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj"))
                for c in verb.children:
                    if c.dep_ == "prep" and c.lower_ in OBJ_PREPS_TALK:
                        objects.extend(p for p in c.children if p.dep_ == "pobj")
    elif noun.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() == "follow" and not subjects \
            and (head.head.dep_ == "acl" and head.head.head.dep_ in ("dobj", "obj")
                 and head.head.head.head.lemma_.lower() in lex["light_verbs"]
                 or head.head.dep_ == "advcl" and head.head.head.lemma_.lower() in lex["meet_verbs"]):
        # "held a private meeting followed by an expanded session with ministers", "A and B met in
        # the office, followed by a broader session with aides": the same people, and more
        verb = head.head.head.head if head.head.dep_ == "acl" else head.head.head
        subjects = subjects_of(verb)
        objects.extend(c for c in verb.children if c.dep_ in ("dobj", "obj") and person_at(c))
    elif noun.dep_ == "conj" and head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.pos_ == "VERB" \
            and not subjects:
        verb = head.head.head  # "will travel to Brasilia for a state visit and bilateral talks with B"
    elif noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in ("participation", "attendance") \
            and not subjects and noun.lower_ not in lex["generic_event_nouns"] \
            and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.head.children):
        # "A's participation in the meeting with B has been called off"
        subjects = [c for c in head.head.children if c.dep_ == "poss"]
        verb = head.head.head if head.head.head.pos_ in ("VERB", "AUX") else None
    elif noun.dep_ == "pobj" and head.lower_ in ("in", "during") and head.head.pos_ == "NOUN" \
            and head.head.dep_ == "pobj" and head.head.head.head.pos_ == "VERB" and not subjects \
            and noun.lower_ in ("call", "conversation", "phone", "telephone", "talks", "meeting"):
        # "A pushed for the talks in a phone call with B": the parser hangs the call on the talks
        verb = head.head.head.head
        subjects = subjects_of(verb)
    elif noun.dep_ == "pobj" and head.lower_ == "over" and noun.lower_ in ("lunch", "dinner", "breakfast") \
            and head.head.pos_ == "VERB":
        # "A discussed X with B over lunch"
        verb = head.head
        subjects = subjects or subjects_of(verb)
        for x in [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]:
            objects.extend(p for c in x.children if c.dep_ == "prep" and c.lower_ == "with"
                           for p in c.children if p.dep_ == "pobj")
    elif noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in TRIP_NOUNS and not subjects:
        subjects = trip_owner(head.head, person_at)  # "Scholz's visit to Rome for talks with Meloni"
    elif noun.dep_ == "pobj" and head.lower_ in ("after", "following") and head.head.pos_ in ("VERB", "AUX") \
            and not subjects:
        # "Speaking after a meeting with X, Y said ...": the meeting is Y's; "the deal was signed
        # by Y after talks with X": the agent's
        subjects = agents_of(head.head) or subjects_of(head.head)
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _MEASURES \
            and head.head.dep_ in ("dobj", "obj") and head.head.head.pos_ in ("VERB", "AUX"):
        verb = head.head.head  # "held two hours of talks", "held a second round of talks"
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "out" \
            and head.head.head.pos_ == "VERB":
        verb = head.head.head  # "walked out of talks with"
        subjects = subjects or subjects_of(verb)
    if verb is None and part_of is None and noun.dep_ == "pobj" and head.lower_ == "for" and not subjects:
        # "before heading to the X Mansion, the prime minister's office, for talks with B": the
        # parser hangs "for" on the destination
        up = clause_verb(head)
        if up is not None and up.lemma_.lower() in _TRAVEL_VERBS:
            verb = up
    if verb is not None and part_of is None:
        vlemma = "hold" if _mistagged_held(verb) else verb.lemma_.lower()
        light = vlemma in lex["light_verbs"]
        # "flew to Rome for talks with", "had been in Paris for talks with"
        travel = (vlemma in _TRAVEL_VERBS or vlemma == "be" or verb.dep_ == "conj"
                  and verb.head.lemma_.lower() in _TRAVEL_VERBS) and (noun.dep_ == "pobj" or noun.dep_ == "conj"
                                                                     and head.dep_ == "pobj")
        if light or travel or vlemma in lex["cancel_verbs"] or vlemma in _HOSTING or vlemma in _PHASES or vlemma in (
                "agree", "plan", "seek", "propose", "call", "push", "put", "arrange"):
            if not subjects or light or vlemma in _HOSTING and not any(person_at(t) for t in subjects):
                # ("King A chaired the G20 Leaders' Summit": the chair, not the leaders of the name)
                subjects = subjects + [t for t in subjects_of(verb) if t.i != noun.i]
            for c in verb.children:
                if (c.dep_ == "prep" and c.lower_ in OBJ_PREPS_MEET) or c.dep_ == "agent":
                    objects.extend(p for p in c.children if p.dep_ == "pobj")
            if vlemma in _HOSTING:
                # "A hosted a working lunch for B" (not "a dinner for the summit's leaders": see below)
                objects.extend(p for x in (verb, noun) for c in x.children if c.dep_ == "prep" and c.lower_ == "for"
                               for p in c.children if p.dep_ == "pobj" and person_at(p))
            if light and not objects and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head.pos_ == "VERB":
                # "A spent Friday with B, holding talks at X": the "with" of the clause above
                objects.extend(p for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "with"
                               for p in c.children if p.dep_ == "pobj")
    if noun.lemma_.lower() in ("call", "conversation") and verb is not None \
            and verb.lemma_.lower() in ("receive", "get", "take", "make", "place", "return"):
        # "A received a phone call from B", "A made a call to B"
        subjects = subjects or subjects_of(verb)
        objects.extend(p for x in (verb, noun) for c in x.children if c.dep_ == "prep"
                       and c.lower_ in ("from", "to", "with") for p in c.children if p.dep_ == "pobj")
    if _courtesy_call(noun) and verb is not None:
        # "A paid a courtesy call on B": a visit, not a phone call
        subjects = subjects or subjects_of(verb)
        # ("paid a courtesy visit to the President of X, General B": the parser may make B an object)
        named = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i != noun.i and person_at(c)]
        objects.extend(named or [p for x in (verb, noun) for c in x.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
                                 for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")])
    if noun.lower_ == "hands" and (verb is None or verb.lemma_.lower() != "shake"):
        return None
    if noun.lower_ in ("welcome",) and (verb is None or verb.lemma_.lower() not in ("accord", "give", "receive", "extend")):
        return None
    if noun.lower_ in ("dinner", "lunch", "breakfast") and not objects and len(subjects) < 2 and not any(
            c.dep_ == "conj" for s in subjects for c in s.children):
        return None
    if noun.lower_ in ("dinner", "lunch", "breakfast", "banquet", "reception") and _for_all_guests(noun, lex):
        return None  # "a dinner hosted by the king for the summit's leaders": a collective event
    if noun.dep_ == "pobj" and head.lower_ == "at" and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _GREETINGS for c in head.head.children):
        return None  # "A and B exchanged greetings at a gala dinner": a brush, no meeting
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("before", "after") \
            and not any(person_at(s) for s in subjects) and noun.sent.root.pos_ == "VERB":
        # "A met B in an audience that lasted an hour, before holding talks with C": the parser hangs
        # "before" on the relative clause; the one holding the talks is the sentence's subject
        subjects = [s for s in subjects_of(noun.sent.root) if person_at(s)] or subjects
    mode = mode_of_noun(noun, lex)
    light = verb is not None and verb.lemma_.lower() in lex["light_verbs"]
    plain = mode == "in_person" and not light and not {fold(t.text) for t in noun.subtree} & {
        "person", "face", "face-to-face", "in-person", "summit", "visit", "dinner", "lunch", "breakfast"}
    return Trigger(noun, noun, subjects, objects, mode, verb, plain)


def stray_by(verb: Token) -> list[Token]:
    """The "by" of a passive verb the parser hung on a phrase of it ("joined for part of the session
    by C", "accompanied in the Oval Office by C", "hosted at a state banquet by C"), in text order."""
    return [b for b in verb.subtree if b.i > verb.i and b.lower_ == "by" and b.dep_ in ("prep", "agent")]


def hosts_of(noun: Token, deps: tuple[str, ...] = ("acl", "relcl")) -> list[Token]:
    """"the conference, chaired by A": who hosts the meeting a noun names (with ``("advcl",)`` on a
    verb: "held their summit by video, chaired by A")."""
    return [a for c in noun.children if c.dep_ in deps and c.lemma_.lower() in _HOSTING
            for a in agents_of(c)]


def hosted(noun: Token) -> bool:
    """"A chaired the summit", "A hosted the meeting": the noun is the object of a hosting verb."""
    return noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in _HOSTING


def _courtesy_call(noun: Token) -> bool:
    """"paid a courtesy call on B", "paid a courtesy visit to B"."""
    return noun.lemma_.lower() in ("call", "visit") and any(c.lower_ == "courtesy" for c in noun.children)


def _held_after(noun: Token, verb: Token | None) -> list[Token]:
    """"held" right after a meeting noun's phrase, on the noun or (misparsed) on the verb it is
    part of (``in_part_of``)."""
    return [c for c in [*noun.children, *(verb.children if verb is not None else ())]
            if c.dep_ in ("acl", "advcl") and c.i > noun.i and c.lemma_.lower() in ("hold", "conduct")
            and c.tag_ == "VBN" and c.left_edge.i <= noun.right_edge.i + 2]


def _held_with(participle: Token) -> list[Token]:
    """The people of "held (virtually) with A, B and C"."""
    if participle.lemma_.lower() not in ("hold", "conduct") or participle.tag_ != "VBN":
        return []
    return [p for w in participle.children if w.dep_ == "prep" and w.lower_ in OBJ_PREPS_MEET for p in prep_objects(w)]


def _of_bodies(of: Token, person_at, depth: int = 2) -> list[Token]:
    """The nouns of an "of" phrase, through nested ones ("of the coalition of the willing")."""
    out = []
    for p in of.children:
        if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not person_at(p):
            out.append(p)
            if depth > 1:
                out.extend(b for w in p.children if w.dep_ == "prep" and w.lower_ == "of"
                           for b in _of_bodies(w, person_at, depth - 1))
    return out


def _gathered(verb: Token, person_at) -> list[Token]:
    """The object of "brought together / gathered / united" when it names every participant (people,
    or "the prime ministers of B, C; D, E" naming them) and no more than _MAX_JOINT of them; else none:
    a summit drawing "leaders from 30 countries" is not a meeting of the few named."""
    if verb.lemma_.lower() == "bring" and not any(c.lower_ == "together" for c in verb.children):
        return []
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    rest = verb.doc[verb.i + 1: verb.sent.end]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if objs and person_at(objs[0]) and not any(t.pos_ in ("VERB", "AUX") for t in rest) \
            and subj is not None and subj.lemma_.lower() in ("meeting", "talk", "call", "videoconference"):
        # "the virtual meeting brought together A, German Chancellor B, ..., as well as C and D":
        # every name of the list to the end of the sentence, however the parser hung it (a summit
        # bringing leaders together is read below, item by item)
        listed = _name_ends(rest, person_at)
        if 2 <= len(listed) <= 2 * _MAX_JOINT:  # (a meeting, not a summit, may bring together a dozen)
            return listed
    conjuncts, stack = [], list(objs)
    while stack:
        t = stack.pop()
        conjuncts.append(t)
        stack.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
    out: list[Token] = []
    for t in conjuncts:
        if person_at(t):
            out.append(t)
            continue
        if t.pos_ == "PUNCT" or t.pos_ == "PROPN" and any(c.dep_ == "conj" and person_at(c) for c in t.children):
            continue  # (a title the parser splits off its name: "Minister of X and Y Sheikh A")
        named_in_appos = [c for c in t.children if c.dep_ == "appos" and person_at(c)]
        if t.pos_ == "PROPN" and named_in_appos:
            out.extend(named_in_appos)  # "...; and Tajikistan, B": a "Country, Name" item the parser split off
            continue
        named = [n for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for n in _listed_names(c, person_at)]
        if t.pos_ == "NOUN" and t.tag_ == "NNS" and named:
            out.extend(named)  # "the prime ministers of Iceland, A; Denmark, B"
            continue
        return []
    return out if 2 <= len({t.i for t in out}) <= _MAX_JOINT else []


def named_after_agent(verb: Token, person_at) -> list[Token]:
    """"attended by A and (MIT) chief B": the parser may hang the names anywhere; the last word of
    each name after "by", up to "according to" or a verb of saying."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return []
    stop = next((t.i for t in verb.doc[agent.i + 1: verb.sent.end]
                 if t.lower_ in ("according", "said", "says", "told") or t.text == ";"), verb.sent.end)
    return _name_ends(verb.doc[agent.i + 1: stop], person_at)


def _name_ends(toks, person_at) -> list[Token]:
    """The last word of each name among ``toks``."""
    return [t for t in toks if person_at(t) and (t.i + 1 >= len(t.doc) or person_at(t.doc[t.i + 1]) != person_at(t))]


def _listed_names(of: Token, person_at) -> list[Token]:
    """The people of "of Iceland, A; Denmark, B; and Sweden, C" (the last word of each name), or of
    "of A and B"; none when an item names no one."""
    toks = list(of.subtree)[1:]
    if not any(t.text == ";" for t in toks):
        return _name_ends(toks, person_at)
    out, seg = [], []
    for t in toks + [None]:
        if t is not None and t.text != ";":
            seg.append(t)
            continue
        commas = [k for k, x in enumerate(seg) if x.text == ","]
        name = seg[commas[-1] + 1:] if commas else []
        if not name or not all(x.pos_ == "PROPN" for x in name):
            return []
        out.append(name[-1])
        seg = []
    return out


_GREETINGS = {"greeting", "greetings", "pleasantry", "pleasantries"}


def _for_all_guests(noun: Token, lex: dict) -> bool:
    """"... for the summit's leaders", "... for G20 leaders", "... for all the delegations"."""
    for t in noun.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "for" and t.tag_ in ("NNS", "NNPS"):
            mods = [c for c in t.children if c.dep_ in ("poss", "compound", "det", "predet", "amod")]
            if any(fold(c.text) in lex["event_nouns"] or c.ent_type_ == "ORG" or c.lower_ == "all" for c in mods):
                return True
    return False


def means(tok: Token) -> list[Token]:
    """What ``tok`` is done by: "by phone", "via video link", "held by videoconference" (the object
    of a "by"/"via"/"over" phrase on it)."""
    return [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "via", "over")
            for p in c.children if p.dep_ == "pobj"]


def mode_of_noun(noun: Token, lex: dict) -> str:
    if _courtesy_call(noun):
        return "in_person"
    words = {fold(t.text) for t in noun.subtree if t.i <= noun.i} | {fold(noun.text)}
    words |= {fold(t.text) for t in noun.children}
    part_of = in_part_of(noun)
    held = _held_after(noun, part_of)
    words |= {fold(t.text) for c in held for t in c.subtree if t.pos_ == "ADV"}  # "held virtually"
    words |= {fold(p.text) for c in held for p in means(c)}  # "held by videoconference"
    if part_of is not None:  # "took part via video link in a meeting"
        words |= {fold(t.text) for c in part_of.children if c.dep_ in ("prep", "advmod")
                  and c.lower_ in ("via", "by", "over", "virtually", "remotely", "online") for t in c.subtree}
    if words & lex["virtual_words"]:
        return "virtual"
    if noun.lower_ in ("call", "calls", "phone", "teleconference") or words & {"phone", "telephone", "telephonic"}:
        return "call"
    if noun.lower_ == "conversation" and words & {"phone", "telephone", "telephonic"}:
        return "call"
    return "in_person"


def mode_from_sentence(trig: Token, mode: str, lex: dict) -> str:
    """The mode the trigger's own words give ("by video link", "in person", "by phone")."""
    scope = {t.lower_ for t in own_words(trig)} | {c.lower_ for c in trig.head.children}
    scope |= {trig.head.lower_}
    # "held talks by videoconference": the parser hangs the means on the verb
    # ("chaired the summit via video link": the medium's own modifier says it)
    scope |= {w.lower_ for p in means(trig.head) for w in (p, *p.children) if w is p or w.dep_ in ("compound", "amod")}
    if scope & lex["virtual_words"]:
        return "virtual"
    text = " ".join(t.lower_ for t in own_words(trig))
    if any(w in text for w in lex["in_person_words"]):
        return "in_person"
    if mode == "in_person" and scope & {"phone", "telephone", "telephonic", "phoned"}:
        return "call"
    return mode


def own_words(trig: Token, clauses: frozenset[str] | set[str] = _CLAUSES) -> list[Token]:
    """The trigger's phrase without the clauses (dependencies in `clauses`) hanging on it."""
    out = [trig]
    stack = [c for c in trig.children if c.dep_ not in clauses]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in clauses)
    return out
