"""Words that report an interaction and the argument tokens the parse hangs on them.

A trigger is a verb ("met", "spoke to", "hosted", "called on") or an interaction noun ("talks",
"a phone conversation", "the bilateral meeting between A and B"). This module finds the subject and
object tokens of a trigger and its mode (in person, call, video); who those tokens stand for is
``participants``' business.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ingest.extract.gazetteer import fold

SUBJ = ("nsubj", "nsubjpass")
OBJ_PREPS_MEET = {"with", "between", "among", "involving", "alongside"}
OBJ_PREPS_TALK = {"with", "to", "between"}
_TRAVEL_VERBS = {"visit", "travel", "arrive", "head", "fly", "go", "come", "land", "return", "leave"}
_CLAUSES = {"advcl", "ccomp", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj"}


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


def is_verb_trigger(tok: Token, lex: dict) -> bool:
    """"met", "spoke", "called"; "sat down with"; "joined X by video link"."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    if lemma in verb_triggers(lex):
        return True
    prts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod", "prep")}
    if any(lemma == v and p in prts for v, p in lex["phrasal_meet_verbs"]):
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
    if lemma in lex["joining_verbs"]:
        words = {fold(t.text) for t in own_words(tok)}
        return bool(words & (lex["virtual_words"] | {"phone", "telephone", "link"}))
    return False


def is_noun_trigger(tok: Token, lex: dict) -> bool:
    if not (tok.pos_ in ("NOUN", "PROPN", "VERB") and tok.lower_ in lex["interaction_nouns"]
            and tok.dep_ not in ("compound",) and not (tok.pos_ == "VERB" and tok.lemma_.lower() != "call")):
        return False
    if tok.lower_ in lex["virtual_only_nouns"] and _in_part_of(tok) is not None:
        return mode_of_noun(tok, lex) == "virtual"  # "took part in a virtual summit"
    if tok.lower_ == "conference":
        return mode_of_noun(tok, lex) == "virtual"
    return True


def _in_part_of(noun: Token) -> Token | None:
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
    for _ in range(5):
        subs = [c for c in tok.children if c.dep_ in SUBJ]
        if subs:
            if any(s.lower_ in ("it", "there") for s in subs):
                subs = [s for s in subs if s.lower_ not in ("it", "there")]
                if not subs:
                    return []
            return subs
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [tok.head]
        if tok.dep_ in ("xcomp", "conj", "acomp", "advcl", "pcomp") and tok.head is not tok:
            tok = tok.head
            if tok.pos_ == "ADP":
                tok = tok.head
            continue
        break
    return []


def from_verb(verb: Token, lex: dict) -> Trigger | None:
    lemma = verb.lemma_.lower()
    prts = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    mode = "in_person"
    if lemma == "call":
        if prts & {"off", "for"} or "for" in preps:
            return None
        if "on" in prts or "on" in preps:
            mode = "in_person"
        else:
            mode = "call"
    if lemma in lex["talk_verbs"]:
        mode = "call"
    objects: list[Token] = []
    obj_preps = OBJ_PREPS_TALK if lemma in lex["talk_verbs"] else OBJ_PREPS_MEET | {"on"}
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "attr", "oprd") and lemma not in lex["talk_verbs"]:
            objects.append(c)
        elif (c.dep_ == "prep" and c.lower_ in obj_preps) or c.dep_ == "agent":
            objects.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prt" and c.lower_ in ("on", "with"):
            objects.extend(p for p in c.children if p.dep_ == "pobj")
    if lemma in ("visit", "host", "welcome", "receive", "greet") and not objects:
        return None
    if lemma == "greet" and {fold(t.text) for t in verb.sent} & lex["arrival_words"]:
        return None  # greeting an arrival is not a meeting
    if verb.dep_ == "amod":  # "the hosted dinner"
        return None
    return Trigger(verb, None, subjects_of(verb), objects, mode)


def from_noun(noun: Token, lex: dict, person_at) -> Trigger | None:
    """``person_at(token)`` tells whether a token is part of a person's name."""
    head = noun.head
    subjects: list[Token] = []
    objects: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and (c.lower_ in OBJ_PREPS_MEET or c.lower_ == "by"):
            objects.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "poss":
            subjects.append(c)
        elif c.dep_ == "acl" and c.lemma_.lower() in ("involve", "include", "bring"):
            objects.extend(p for p in c.children if p.dep_ == "dobj")
        elif c.dep_ == "compound" and person_at(c):
            subjects.append(c)
    for c in noun.lefts:
        if c.dep_ in ("compound", "nmod", "amod") and person_at(c) and c not in subjects:
            subjects.append(c)
    verb = None
    part_of = _in_part_of(noun)
    if part_of is not None:
        verb = part_of
        subjects = subjects or subjects_of(verb)
    elif noun.dep_ in ("dobj", "obj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        verb = head
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") \
            and head.lower_ in ("for", "in", "into", "during"):
        verb = head.head
        if head.lower_ in ("in", "during") and not subjects:
            # "In a phone call on Monday, X told Y that ...", "During talks with Y, X said ..."
            subjects = subjects_of(verb)
            if verb.lemma_.lower() in lex["telling_verbs"] or verb.lemma_.lower() in lex["talk_verbs"]:
                objects.extend(c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj"))
                for c in verb.children:
                    if c.dep_ == "prep" and c.lower_ in OBJ_PREPS_TALK:
                        objects.extend(p for p in c.children if p.dep_ == "pobj")
    elif noun.dep_ == "pobj" and head.lower_ in ("after", "following") and head.head.pos_ in ("VERB", "AUX") \
            and not subjects:
        # "Speaking after a meeting with X, Y said ...": the meeting is Y's
        subjects = subjects_of(head.head)
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "out" \
            and head.head.head.pos_ == "VERB":
        verb = head.head.head  # "walked out of talks with"
        subjects = subjects or subjects_of(verb)
    if verb is not None and part_of is None:
        vlemma = verb.lemma_.lower()
        light = vlemma in lex["light_verbs"]
        travel = vlemma in _TRAVEL_VERBS and noun.dep_ == "pobj"
        if light or travel or vlemma in lex["cancel_verbs"] or vlemma in (
                "agree", "plan", "seek", "propose", "call", "push", "put", "arrange"):
            if not subjects or light:
                subjects = subjects + subjects_of(verb)
            for c in verb.children:
                if (c.dep_ == "prep" and c.lower_ in OBJ_PREPS_MEET) or c.dep_ == "agent":
                    objects.extend(p for p in c.children if p.dep_ == "pobj")
    if noun.lower_ == "hands" and (verb is None or verb.lemma_.lower() != "shake"):
        return None
    if noun.lower_ in ("welcome",) and (verb is None or verb.lemma_.lower() not in ("accord", "give", "receive", "extend")):
        return None
    if noun.lower_ in ("dinner", "lunch", "breakfast") and not objects and len(subjects) < 2 and not any(
            c.dep_ == "conj" for s in subjects for c in s.children):
        return None
    mode = mode_of_noun(noun, lex)
    light = verb is not None and verb.lemma_.lower() in lex["light_verbs"]
    plain = mode == "in_person" and not light and not {fold(t.text) for t in noun.subtree} & {
        "person", "face", "face-to-face", "in-person", "summit", "visit", "dinner", "lunch", "breakfast"}
    return Trigger(noun, noun, subjects, objects, mode, verb, plain)


def mode_of_noun(noun: Token, lex: dict) -> str:
    words = {fold(t.text) for t in noun.subtree if t.i <= noun.i} | {fold(noun.text)}
    words |= {fold(t.text) for t in noun.children}
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
    if scope & lex["virtual_words"]:
        return "virtual"
    text = " ".join(t.lower_ for t in own_words(trig))
    if any(w in text for w in lex["in_person_words"]):
        return "in_person"
    if mode == "in_person" and scope & {"phone", "telephone", "telephonic", "phoned"}:
        return "call"
    return mode


def own_words(trig: Token) -> list[Token]:
    """The trigger's phrase without the clauses hanging on it."""
    out = [trig]
    stack = [c for c in trig.children if c.dep_ not in _CLAUSES]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return out
