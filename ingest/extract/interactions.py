"""Meetings, calls and video calls between named people, read off the dependency parse.

A trigger is a verb ("met", "spoke to", "hosted", "called on") or an interaction noun ("talks",
"a phone conversation", "the bilateral meeting between A and B"). Participants are its subject(s)
and its objects ("with", "to", "by", "between", "involving"); descriptions, pronouns and groups
("the two presidents") are resolved through the article's people. Status comes from tense,
modality and negation; speculation, invitations and proposals give nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from ingest.extract import dates as dates_mod
from ingest.extract.dates import DateRange
from ingest.extract.doc_index import sent_ents
from ingest.extract.events import EventEntry, EventRegistry
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.people import PersonRegistry, description_parts
from ingest.extract.places import PlaceRef, dateline_end, places_in
from ingest.ids import fold

_SUBJ = ("nsubj", "nsubjpass")
_OBJ_PREPS_MEET = {"with", "between", "among", "involving", "alongside"}
_OBJ_PREPS_TALK = {"with", "to", "between"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "’ll"}
_MODAL_SPEC = {"could", "might", "may", "can", "should", "must"}
_PRONOUNS_SG = {"he", "him", "his", "she", "her", "hers"}
_PRONOUNS_PL = {"they", "them", "their"}
_TRAVEL_VERBS = {"visit", "travel", "arrive", "head", "fly", "go", "come", "land", "return", "leave"}
_HAPPEN = {"take", "be", "happen", "occur", "last", "end", "begin", "start", "conclude"}
_BOUND_PREPS = {"since", "until", "till", "before", "after", "by", "ahead", "prior"}
_RELATIVE_TIME = {"ahead", "before", "after", "following", "prior", "since", "until"}


@dataclass
class Candidate:
    participants: list[str]
    mode: str
    status: str
    sent: Span
    trigger: Token
    date: DateRange | None = None
    place: PlaceRef | None = None
    event: EventEntry | None = None
    weak: bool = False  # status inferred from a bare noun or a default
    confidence: float = 0.7
    merged: list["Candidate"] = field(default_factory=list)


class InteractionReader:
    def __init__(self, doc: Doc, gz: Gazetteer, people: PersonRegistry, events: EventRegistry,
                 published: date | None):
        self.doc = doc
        self.gz = gz
        self.people = people
        self.events = events
        self.published = published
        self.lex = gz.lexicon
        self.skip = dateline_end(doc)
        self.found: list[Candidate] = []
        self._described: set[str] = set()

    # ================================================================ driver
    def read(self) -> list[Candidate]:
        for sent in self.doc.sents:
            self._read_sentence(sent)
        return self.found

    def _read_sentence(self, sent: Span) -> None:
        seen: set[int] = set()
        for tok in sent:
            if tok._.in_quote or tok.i in seen:
                continue
            cands = None
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") and lemma in self._verb_triggers():
                cands = self._from_verb(tok, sent)
            elif tok.pos_ in ("NOUN", "PROPN", "VERB") and tok.lower_ in self.lex["interaction_nouns"] \
                    and tok.dep_ not in ("compound",) and not (tok.pos_ == "VERB" and lemma != "call"):
                cands = self._from_noun(tok, sent)
            if cands:
                for c in cands:
                    seen.add(c.trigger.i)
                    self.found.append(c)

    def _verb_triggers(self) -> set[str]:
        return self.lex["meet_verbs"] | self.lex["talk_verbs"] | {"call"}

    # ================================================================ triggers
    def _from_verb(self, verb: Token, sent: Span) -> list[Candidate] | None:
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
        if lemma in self.lex["talk_verbs"]:
            mode = "call"
        subjects = self._subjects(verb)
        if not subjects:
            subjects = self._stray_subject(verb, sent)
        objects: list[Token] = []
        obj_preps = _OBJ_PREPS_TALK if lemma in self.lex["talk_verbs"] else _OBJ_PREPS_MEET | {"on"}
        for c in verb.children:
            if c.dep_ in ("dobj", "obj", "attr") and lemma not in self.lex["talk_verbs"]:
                objects.append(c)
            elif (c.dep_ == "prep" and c.lower_ in obj_preps) or c.dep_ == "agent":
                objects.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ == "prt" and c.lower_ in ("on", "with"):
                objects.extend(p for p in c.children if p.dep_ == "pobj")
        if lemma in ("visit", "host", "welcome", "receive", "greet") and not objects:
            return None
        if verb.dep_ == "amod":  # "the hosted dinner"
            return None
        return self._build(verb, sent, subjects, objects, mode, noun=None)

    def _from_noun(self, noun: Token, sent: Span) -> list[Candidate] | None:
        head = noun.head
        subjects: list[Token] = []
        objects: list[Token] = []
        for c in noun.children:
            if c.dep_ == "prep" and (c.lower_ in _OBJ_PREPS_MEET or c.lower_ == "by"):
                objects.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ == "poss":
                subjects.append(c)
            elif c.dep_ == "acl" and c.lemma_.lower() in ("involve", "include", "bring"):
                objects.extend(p for p in c.children if p.dep_ == "dobj")
            elif c.dep_ == "compound" and self.people.at(c):
                subjects.append(c)
        for c in noun.lefts:
            if c.dep_ in ("compound", "nmod", "amod") and self.people.at(c) and c not in subjects:
                subjects.append(c)
        verb = None
        if noun.dep_ in ("dobj", "obj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            verb = head
        elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") \
                and head.lower_ in ("for", "in", "into"):
            verb = head.head
        if verb is not None:
            vlemma = verb.lemma_.lower()
            light = vlemma in self.lex["light_verbs"]
            travel = vlemma in _TRAVEL_VERBS and noun.dep_ == "pobj"
            if light or travel or vlemma in self.lex["cancel_verbs"] or vlemma in (
                    "agree", "plan", "seek", "propose", "call", "push", "put", "arrange"):
                if not subjects or light:
                    subjects = subjects + self._subjects(verb)
                for c in verb.children:
                    if (c.dep_ == "prep" and c.lower_ in _OBJ_PREPS_MEET) or c.dep_ == "agent":
                        objects.extend(p for p in c.children if p.dep_ == "pobj")
        if noun.lower_ == "hands" and (verb is None or verb.lemma_.lower() != "shake"):
            return None
        if noun.lower_ in ("welcome",) and (verb is None or verb.lemma_.lower() not in ("accord", "give", "receive", "extend")):
            return None
        if noun.lower_ in ("dinner", "lunch", "breakfast") and not objects and len(subjects) < 2 and not any(
                c.dep_ == "conj" for s in subjects for c in s.children):
            return None
        mode = self._mode_of_noun(noun)
        return self._build(noun, sent, subjects, objects, mode, noun=noun)

    def _mode_of_noun(self, noun: Token) -> str:
        words = {fold(t.text) for t in noun.subtree if t.i <= noun.i} | {fold(noun.text)}
        words |= {fold(t.text) for t in noun.children}
        if words & self.lex["virtual_words"]:
            return "virtual"
        if noun.lower_ in ("call", "calls", "phone", "teleconference") or words & {"phone", "telephone", "telephonic"}:
            return "call"
        if noun.lower_ == "conversation" and words & {"phone", "telephone", "telephonic"}:
            return "call"
        return "in_person"

    # ================================================================ arguments
    def _subjects(self, verb: Token) -> list[Token]:
        tok = verb
        for _ in range(5):
            subs = [c for c in tok.children if c.dep_ in _SUBJ]
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

    def _stray_subject(self, verb: Token, sent: Span) -> list[Token]:
        """A finite verb the parser left without a subject ("According to Tass, Li Zhanshu, a
        member of ..., will meet Putin"): the last name before it in the sentence."""
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        if not finite or verb.dep_ not in ("ROOT",):
            return []
        before = [m for m in self.people.mentions if sent.start <= m.start < verb.i]
        if not before:
            return []
        m = before[-1]
        if self.doc[m.end - 1].dep_ in ("dobj", "obj", "attr"):
            return []
        return [self.doc[m.end - 1]]

    def _expand(self, tok: Token) -> list[Token]:
        """A token and the tokens coordinated with it."""
        out = [tok]
        for c in tok.children:
            if c.dep_ in ("conj", "appos"):
                out.extend(self._expand(c))
        return out

    def _people_of(self, tok: Token, other_side: set[str], sent: Span) -> tuple[list[str], bool]:
        """Person ids an argument stands for, and whether it was a group ("the two leaders")."""
        found: list[str] = []
        group = False
        for t in self._expand(tok):
            pid = self.people.at(t)
            if pid is None:
                for c in t.children:
                    if c.dep_ in ("appos", "compound", "flat", "nmod") and self.people.at(c):
                        pid = self.people.at(c)
                        break
            if pid is None and t.head.dep_ != "poss" and t.dep_ != "poss":
                # a trailing name inside the argument ("his Turkish counterpart Recep Tayyip")
                for c in t.subtree:
                    if c.i > t.i and self.people.at(c) and c.dep_ in ("appos", "compound", "npadvmod", "dobj"):
                        pid = self.people.at(c)
                        break
            if pid is None:
                low = fold(t.text)
                if low in _PRONOUNS_SG and not t._.in_quote:
                    pid = self._pronoun(t, other_side, sent)
                elif low in _PRONOUNS_PL and not t._.in_quote:
                    group = True
                    found.extend(self._plural_pronoun(t, other_side, sent))
                    continue
                elif t.pos_ in ("NOUN", "PROPN", "NUM"):
                    desc = description_parts(t, self.gz)
                    if desc is not None:
                        named = self._named_inside(t)
                        if (desc["plural"] or desc["two"]) and len(named) >= 2:
                            found.extend(p for p in named if p not in found)  # "the presidents of A and B"
                            continue
                        if desc["plural"] or desc["two"]:
                            if desc["two"] or (desc["det"] in ("the", "their") and not desc["counted"]):
                                group = True
                                found.extend(self._group(t, desc["wanted"], other_side, sent))
                            continue
                        pid = self._description(t, desc, other_side)
                        if pid:
                            self._described.add(pid)
            if pid and pid not in found:
                found.append(pid)
        return found, group

    def _named_inside(self, t: Token) -> list[str]:
        out: list[str] = []
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for x in c.subtree:
                    pid = self.people.at(x)
                    if pid and pid not in out:
                        out.append(pid)
        return out

    def _description(self, t: Token, desc: dict, other_side: set[str]) -> str | None:
        counterpart_of = None
        if desc["counterpart"]:
            poss = desc["possessor"]
            if poss is None:
                return None
            counterpart_of = self.people.at(poss) or (
                self._pronoun(poss, set(), t.sent) if fold(poss.text) in _PRONOUNS_SG else None)
            if counterpart_of is None:
                return None
        span = self.doc[t.left_edge.i: t.i + 1]
        pid = self.people.resolve_description(
            desc["country"], desc["wanted"], rank=desc["rank"], counterpart_of=counterpart_of,
            exclude=other_side | ({counterpart_of} if counterpart_of else set()), span=span,
            before=t.i)
        return pid

    def _pronoun(self, t: Token, exclude: set[str], sent: Span) -> str | None:
        # "In his talks with Z, Modi said ...": a pronoun before the main subject is that subject
        root = sent.root
        main_subj = [c for c in root.children if c.dep_ in _SUBJ]
        if main_subj and t.i < main_subj[0].i:
            pid = self.people.at(main_subj[0]) or next(
                (self.people.at(c) for c in main_subj[0].subtree if self.people.at(c)), None)
            if pid and pid not in exclude:
                return pid
        before = [m for m in self.people.mentions if m.end <= t.i and m.person_id not in exclude]
        in_sent = [m for m in before if m.start >= sent.start]
        subj = [m for m in in_sent if m.is_subject]
        if subj:
            return subj[0].person_id if len({m.person_id for m in subj}) > 1 and fold(t.text) != "his" \
                else subj[-1].person_id
        if in_sent:
            return in_sent[-1].person_id
        prev = [m for m in before if m.is_subject]
        if prev:
            return prev[-1].person_id
        return before[-1].person_id if before else None

    def _group(self, t: Token, wanted: str | None, other_side: set[str], sent: Span) -> list[str]:
        """"the two presidents", "both leaders", "they": the people meant, most recent first."""
        need = 2
        if not other_side:
            for c in reversed(self.found):
                if c.sent.start > sent.start or t.i - c.trigger.i > 400:
                    continue
                if len(c.participants) >= 2 and all(self.people.fits(p, wanted) for p in c.participants):
                    return list(c.participants)
        picked: list[str] = []
        speakers = self._speakers(sent)
        for m in reversed(self.people.mentions):
            if m.start >= t.i or m.person_id in other_side or m.person_id in picked:
                continue
            if m.start >= sent.start and m.person_id in speakers:
                continue
            if t.i - m.start > 250:
                break
            if not self.people.fits(m.person_id, wanted or "leader"):
                continue
            picked.append(m.person_id)
            if len(picked) == need:
                break
        return picked if len(picked) == need else []

    def _plural_pronoun(self, t: Token, other_side: set[str], sent: Span) -> list[str]:
        """"their talks": the two people of the same sentence (speakers aside); "they" as a subject
        may also be the pair of the interaction just before."""
        speakers = self._speakers(sent)
        here: list[str] = []
        for m in self.people.mentions:
            if sent.start <= m.start < sent.end and m.person_id not in speakers \
                    and m.person_id not in other_side and m.person_id not in here:
                here.append(m.person_id)
        if len(here) == 2:
            return here
        if t.dep_ in _SUBJ and not here and self.found:
            last = self.found[-1]
            if sent.start - last.sent.end < 60:
                return list(last.participants)
        return []

    def _speakers(self, sent: Span) -> set[str]:
        out = set()
        for tok in sent:
            if tok.lemma_.lower() in self.lex["report_verbs"]:
                for c in tok.children:
                    if c.dep_ in _SUBJ:
                        for t in c.subtree:
                            if self.people.at(t):
                                out.add(self.people.at(t))
        return out

    # ================================================================ building
    def _build(self, trig: Token, sent: Span, subj_toks: list[Token], obj_toks: list[Token], mode: str,
               noun: Token | None) -> list[Candidate] | None:
        self._described = set()
        subj_ids: list[str] = []
        subj_group = False
        for s in subj_toks:
            ids, g = self._people_of(s, set(), sent)
            subj_group |= g
            subj_ids += [i for i in ids if i not in subj_ids]
        obj_ids: list[str] = []
        obj_group = False
        for o in obj_toks:
            ids, g = self._people_of(o, set(subj_ids), sent)
            obj_group |= g
            obj_ids += [i for i in ids if i not in obj_ids and i not in subj_ids]
        if not obj_ids and len(subj_ids) < 2 and subj_toks and obj_toks == [] and noun is None:
            return None
        if subj_ids and not obj_ids and len(subj_ids) == 1 and obj_toks:
            return None
        if not subj_ids and len(obj_ids) == 1:
            return None
        # a speaker reached only through a description ("..., a Russian ambassador announced")
        speakers = self._speakers(sent) & self._described
        subj_ids = [p for p in subj_ids if p not in speakers]
        obj_ids = [p for p in obj_ids if p not in speakers]
        everyone = subj_ids + [o for o in obj_ids if o not in subj_ids]
        if len(everyone) < 2:
            return None
        status, weak = self._status(trig, noun)
        if status is None:
            return None
        mode = self._mode_from_sentence(trig, mode)
        groups: list[list[str]]
        if self._separate(trig, noun, subj_ids, obj_ids) or (obj_group and len(subj_ids) == 1):
            groups = [[s, o] for s in subj_ids for o in obj_ids]
        else:
            groups = [everyone]
        date_ranges, status = self._dates(trig, sent, status)
        place = self._place(trig, sent, self._chain(trig)[-1])
        event = self.events.linked(sent)
        out = []
        for rng in date_ranges:
            for g in groups:
                out.append(Candidate(list(g), mode, status, sent, trig, rng, place, event, weak,
                                     0.55 if weak else 0.75))
        return out

    def _separate(self, trig: Token, noun: Token | None, subj: list[str], obj: list[str]) -> bool:
        """"held discussions with A, B and C": one bilateral per pair, unless called joint."""
        if len(obj) < 2 or len(subj) != 1:
            return False
        words = {fold(t.text) for t in trig.sent}
        if words & self.lex["joint_words"]:
            return False
        n = noun
        if n is None:
            n = next((c for c in trig.children if c.dep_ in ("dobj", "obj")
                      and fold(c.text) in self.lex["interaction_nouns"]), None)
        if n is not None and fold(n.text) in self.lex["separate_pair_nouns"]:
            return True
        return False

    def _mode_from_sentence(self, trig: Token, mode: str) -> str:
        scope = {t.lower_ for t in _own_words(trig)} | {c.lower_ for c in trig.head.children}
        scope |= {trig.head.lower_}
        if scope & self.lex["virtual_words"]:
            return "virtual"
        text = " ".join(t.lower_ for t in _own_words(trig))
        if any(w in text for w in self.lex["in_person_words"]):
            return "in_person"
        if mode == "in_person" and scope & {"phone", "telephone", "telephonic", "phoned"}:
            return "call"
        return mode

    # ================================================================ status
    def _chain(self, trig: Token) -> list[Token]:
        """The trigger and the words that govern its tense and modality: "expected to meet",
        "is due to meet", "the possibility of a meeting", "called off his planned meeting". The
        climb stops at reporting verbs and at clauses of their own."""
        chain = [trig]
        tok = trig
        for _ in range(6):
            head = tok.head
            if head is tok:
                break
            dep = tok.dep_
            if tok.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
                if dep == "pobj":
                    if head.lower_ in ("after", "following"):
                        break
                    nxt = head.head if head.head is not head else head
                elif dep in ("dobj", "obj", "nsubj", "nsubjpass", "attr", "appos", "conj", "compound"):
                    nxt = head
                else:
                    break
            elif tok.pos_ in ("VERB", "AUX", "ADJ"):
                if dep in ("xcomp", "acomp", "aux", "auxpass"):
                    nxt = head
                elif dep == "ccomp" and (head.lemma_.lower() in self.lex["planned_cues"]
                                         or head.lemma_.lower() in self.lex["speculative_cues"]):
                    nxt = head
                else:
                    break
            elif tok.pos_ in ("ADP", "ADV", "PART"):
                if tok.lower_ in _RELATIVE_TIME:
                    break
                nxt = head
            else:
                break
            if nxt.lemma_.lower() in self.lex["report_verbs"]:
                break
            chain.append(nxt)
            tok = nxt
        return chain

    def _after_clause(self, trig: Token) -> bool:
        """"... after a trilateral meeting involving A, B and C": a meeting that already happened."""
        return trig.dep_ == "pobj" and trig.head.lower_ in ("after", "following")

    def _status(self, trig: Token, noun: Token | None) -> tuple[str | None, bool]:
        chain = self._chain(trig)
        if self._after_clause(trig):
            return "held", False
        lemmas = [t.lemma_.lower() for t in chain]
        kids = [c for t in chain for c in t.children]
        kid_words = {fold(c.text) for c in kids}
        kid_lemmas = {c.lemma_.lower() for c in kids}
        # cancelled: "called off", "postponed", "scrapped", "the summit's cancellation"
        for t in chain:
            lem = t.lemma_.lower()
            prts = {c.lower_ for c in t.children if c.dep_ in ("prt", "advmod", "prep")}
            if lem in self.lex["cancel_verbs"] or fold(t.text) in self.lex["cancel_nouns"]:
                return "cancelled", False
            if any(lem == v and p in prts for v, p in self.lex["cancel_phrasal"]):
                return "cancelled", False
        if any(fold(c.text) in self.lex["cancel_nouns"] for c in kids):
            return "cancelled", False
        spec = self.lex["speculative_cues"]
        if any(_word_forms(t) & spec for t in chain[1:]):
            return None, False
        if kid_words & _MODAL_SPEC or any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in kids):
            return None, False
        if noun is not None and any(fold(c.text) in spec for c in noun.children):
            return None, False
        negated = any(c.dep_ == "neg" for t in chain for c in t.children if t.pos_ in ("VERB", "AUX"))
        future = bool(kid_words & _FUTURE_AUX) or any(
            l in self.lex["planned_cues"] for l in lemmas[1:]) or (
            noun is not None and any(fold(c.text) in self.lex["planned_cues"] for c in noun.children))
        if "going" in {fold(t.text) for t in chain} and "to" in kid_words:
            future = True
        if negated:
            return ("cancelled", False) if future else (None, False)
        if future:
            return "planned", False
        if noun is not None and any(fold(c.text) in self.lex["held_cues"] for c in noun.children if c.dep_ == "amod"):
            return "held", False
        verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
        for v in verbs:
            tags = {v.tag_} | {c.tag_ for c in v.children if c.dep_ in ("aux", "auxpass")}
            if tags & {"VBD", "VBN"} or {c.lemma_.lower() for c in v.children if c.dep_ == "aux"} & {"have"}:
                return "held", noun is not None and v is not trig and v.lemma_.lower() not in self.lex["light_verbs"] \
                    and v.lemma_.lower() not in _HAPPEN
            if tags & {"VBG"} and any(c.lemma_.lower() == "be" for c in v.children if c.dep_ == "aux"):
                return "present", noun is not None
            if tags & {"VBZ", "VBP"}:
                return "present", noun is not None
            if v.tag_ == "VB" and any(c.lower_ == "to" for c in v.children):
                continue
            if v.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
                return "present", noun is not None  # headline present ("Putin and Xi meet Thursday")
        return "held", True

    # ================================================================ date and place
    def _dates(self, trig: Token, sent: Span, status: str) -> tuple[list[DateRange | None], str]:
        chain = set(self._chain(trig)) | {c for c in trig.children if c.dep_ in ("dobj", "obj")}
        direction = "past" if status == "held" else "future"
        attached: list[DateRange] = []
        loose: list[tuple[int, DateRange]] = []
        event_nouns = self.lex["event_nouns"]
        for ent, text in _date_phrases(sent):
            if ent.start < self.skip or any(t._.in_quote for t in ent):
                continue
            link = _date_link(ent.root, chain)
            if link == "bound":
                continue
            rng = dates_mod.resolve(text, self.published, direction)
            if rng is None:
                continue
            if link == "attached" or (ent.root.dep_ == "poss" and ent.root.head is trig):
                attached.append(rng)
                continue
            hops = [ent.root.head, ent.root.head.head]
            if any(h.lemma_.lower() in event_nouns and h.pos_ in ("NOUN", "PROPN") for h in hops):
                continue
            loose.append((abs(ent.start - trig.i), rng))
        if status == "present":
            rng = attached[0] if attached else (min(loose, key=lambda x: x[0])[1] if loose else None)
            if rng is not None and self.published is not None:
                status = "planned" if rng.lo > self.published else "held"
            elif rng is None and self.published is None and any(
                    e.label_ == "DATE" and dates_mod.WEEKDAYS.keys() & set(e.text.lower().split()) for e in sent_ents(sent)):
                status = "planned"
            else:
                status = "held"
            return self._dates(trig, sent, status) if rng is not None and status == "held" else (
                [rng] if rng else [None], status)
        if attached:
            days = [r for r in attached if r.is_day]
            if len(days) >= 2 and status == "held" and len({d.lo for d in days}) == len(days):
                return list(days), status
            return [min(attached, key=lambda r: (r.hi - r.lo).days)], status
        if loose:
            return [min(loose, key=lambda x: x[0])[1]], status
        return [None], status

    def _place(self, trig: Token, sent: Span, top: Token) -> PlaceRef | None:
        lo, hi = top.left_edge.i, top.right_edge.i
        everywhere = places_in(sent, self.gz, skip_before=self.skip)
        found = [(span, ref) for span, ref in everywhere if lo <= span.start <= hi]
        if not found:
            # the parser often hangs "at the White House" on the wrong word: take a place right
            # after the trigger's own words
            found = [(span, ref) for span, ref in everywhere
                     if trig.i < span.start <= trig.right_edge.i + 6
                     and not any(t.pos_ in ("VERB", "AUX") for t in self.doc[trig.right_edge.i + 1: span.start])]
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
        venues = [ref for _, ref in found if ref.is_venue]
        if venues:
            return venues[0]
        near = [ref for span, ref in found if trig.left_edge.i <= span.start <= trig.right_edge.i]
        return near[0] if near else found[0][1]


def _date_phrases(sent: Span) -> list[tuple[Span, str]]:
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


def _date_link(tok: Token, chain: set[Token]) -> str:
    """"attached" when a date hangs on the trigger's clause (through prepositions and
    coordination), "bound" when it sits in a "since ..."/"ahead of ..." phrase, else "loose"."""
    cur = tok
    for _ in range(5):
        if cur in chain:
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


def _word_forms(tok: Token) -> set[str]:
    """The token, its lemma and naive stems: the lemmatizer reads "hoped" as "hop"."""
    word = tok.lower_
    forms = {word, tok.lemma_.lower()}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms.update((stem, stem + "e"))
    return forms


_CLAUSES = {"advcl", "ccomp", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj"}


def _own_words(trig: Token) -> list[Token]:
    """The trigger's phrase without the clauses hanging on it."""
    out = [trig]
    stack = [c for c in trig.children if c.dep_ not in _CLAUSES]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return out
