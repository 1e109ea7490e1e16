"""Meetings, calls and video calls between named people, one sentence at a time.

Each trigger (``triggers``) gives subject and object tokens; ``participants`` says who they are;
``meeting_status`` gives held / planned / cancelled; ``meeting_time_place`` the date and place. A
sentence listing several separate bilaterals gives one candidate per pair, a joint meeting one with
everyone.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from ingest.extract import triggers
from ingest.extract.candidates import Candidate
from ingest.extract.doc_index import tokens, words
from ingest.extract.events import EventRegistry
from ingest.extract.gazetteer import Gazetteer, fold
from ingest.extract.meeting_status import chain, read_status
from ingest.extract.meeting_time_place import meeting_dates, meeting_place
from ingest.extract.participants import Participants
from ingest.extract.people import PersonRegistry
from ingest.extract.places import dateline_end

__all__ = ["Candidate", "InteractionReader"]

_SEPARATELY = {"separately", "individually"}
_TAKE_PART = {"participate", "partake"}  # and "take part"
_ATTEND = {"attend", "chair", "co-chair", "cochair", "join"}
_JOINER_CUES = _TAKE_PART | _ATTEND | {"take"}
_PRESENT = {"present", "attendance"}


def _same_day(a, b) -> bool:
    return a is None or b is None or a == b


def _backgrounded(noun: Token) -> bool:
    """"During their meeting, A invited B to the summit in May": a meeting named in passing, whose
    day is not the one the sentence gives."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("during", "at") and noun.head.i < noun.sent.root.i \
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)


class InteractionReader:
    def __init__(self, doc: Doc, gz: Gazetteer, people: PersonRegistry, events: EventRegistry,
                 published: date | None):
        self.doc = doc
        self.gz = gz
        self.people = people
        self.events = events
        self.published = published
        self.lex = gz.lexicon
        # a sentence without one of these words holds no trigger
        self.trigger_cues = triggers.verb_triggers(self.lex) | self.lex["joining_verbs"] \
            | self.lex["interaction_nouns"] | {v for v, _ in self.lex["phrasal_meet_verbs"]}
        self.skip = dateline_end(doc)
        self.found: list[Candidate] = []
        self.who = Participants(doc, gz, people, self.found)
        # meetings read with fewer than two named people ("Leaders of X held a session"), kept
        # for a couple of sentences in case the participants are named later
        self.shells: list[Candidate] = []
        self.sent_no: dict[int, int] = {}
        self.joined_verbs: set[int] = set()  # joining verbs already read as "took part in the call"

    def read(self) -> list[Candidate]:
        for n, sent in enumerate(self.doc.sents):
            self.sent_no[sent.start] = n
            self._read_sentence(sent)
        return self.found

    def _read_sentence(self, sent: Span) -> None:
        seen: set[int] = set()
        here: list[Candidate] = []
        cues = words(sent)
        for tok in tokens(sent) if cues & self.trigger_cues else ():
            if tok._.in_quote or tok.i in seen:
                continue
            trig = None
            if triggers.is_verb_trigger(tok, self.lex):
                trig = triggers.from_verb(tok, self.lex)
                if trig is not None and not trig.subjects:
                    trig.subjects = self.who.stray_subject(tok, sent)
            elif triggers.is_noun_trigger(tok, self.lex):
                if self._joins_earlier(tok, sent):
                    seen.add(tok.i)
                    continue
                trig = triggers.from_noun(tok, self.lex, self.people.at)
                if trig is not None and not trig.subjects and trig.verb is not None:
                    trig.subjects = self.who.stray_subject(trig.verb, sent)
            cands = self._build(trig, sent) if trig is not None else None
            for c in cands or []:
                seen.add(c.trigger.i)
                # "A and B spoke on Friday, their first conversation ...": one contact, read twice
                if any(set(h.participants) == set(c.participants) and h.date == c.date for h in here):
                    continue
                here.append(c)
                self.found.append(c)
        if not here and self.found and sent.start > 0 and sent.start - self.found[-1].sent.end <= 1:
            # "The two leaders sat at a long table, with A and B among the aides present."
            last = self.found[-1]
            present = [p for p in self._also_present(self.doc[sent.start - 1], sent) if p not in last.participants]
            if present and last.mode == "in_person":
                last.participants.extend(present)
        if not here:
            self._present_at(sent)
        self._took_part(sent, seen)
        for tok in tokens(sent) if cues & self.lex["join_verbs"] else ():
            if tok.lemma_.lower() in self.lex["join_verbs"] and tok.pos_ == "VERB" and not tok._.in_quote:
                c = self._joined(tok, sent, here)
                if c is not None and not any(set(h.participants) == set(c.participants) for h in here):
                    here.append(c)
                    self.found.append(c)

    def _build(self, trig: triggers.Trigger, sent: Span) -> list[Candidate] | None:
        tok, noun = trig.token, trig.noun
        self.who.described = set()
        self.who.anaphor = None
        subj_ids: list[str] = []
        for s in trig.subjects:
            ids, _ = self.who.people_of(s, set(), sent)
            subj_ids += [i for i in ids if i not in subj_ids]
        obj_ids: list[str] = []
        obj_group = False
        for o in trig.objects:
            ids, g = self.who.people_of(o, set(subj_ids), sent)
            obj_group |= g
            obj_ids += [i for i in ids if i not in obj_ids and i not in subj_ids]
        if not obj_ids and len(subj_ids) < 2 and trig.subjects and trig.objects == [] and noun is None:
            return None
        if subj_ids and not obj_ids and len(subj_ids) == 1 and trig.objects:
            return None
        if not subj_ids and obj_ids and self._in_sequence(noun):
            # "A first held talks with B, before a separate video conference with C": A's too
            for s in triggers.subjects_of(noun.head.head):
                ids, _ = self.who.people_of(s, set(obj_ids), sent)
                subj_ids += [i for i in ids if i not in subj_ids and i not in obj_ids]
        if not subj_ids and len(obj_ids) == 1:
            return None
        # a speaker reached only through a description ("..., a Russian ambassador announced")
        speakers = self.who.speakers(sent) & self.who.described
        subj_ids = [p for p in subj_ids if p not in speakers]
        obj_ids = [p for p in obj_ids if p not in speakers]
        everyone = subj_ids + [o for o in obj_ids if o not in subj_ids]
        present = [p for p in self._also_present(tok, sent) if p not in everyone]
        everyone += present
        shell = len(everyone) < 2 and noun is not None and not trig.objects
        if len(everyone) < 2 and not shell:
            return None
        status, weak = read_status(tok, noun, self.lex)
        if status is None:
            return None
        mode = triggers.mode_from_sentence(tok, trig.mode, self.lex)
        groups: list[list[str]]
        if not present and (self._separate(tok, noun, subj_ids, obj_ids) or (obj_group and len(subj_ids) == 1)):
            groups = [[s, o] for s in subj_ids for o in obj_ids]
        else:
            groups = [everyone]
        date_ranges, status = meeting_dates(tok, sent, status, self.published, self.lex, self.skip)
        place = meeting_place(tok, sent, chain(tok, self.lex)[-1], self.gz, self.skip)
        event = self.events.linked(sent, tok)
        if shell:
            twin = next((s for s in self.shells if s.sent.start == sent.start), None)
            if twin is not None:
                # "held a session via videoconference": one meeting, with the mode of either noun
                if twin.mode == "in_person":
                    twin.mode = mode
                return None
            self.shells.append(Candidate(list(everyone), mode, status, sent, tok, date_ranges[0], place, event,
                                         weak, 0.6, plain=trig.plain and mode == trig.mode))
            return None
        before = self.who.anaphor
        if before is not None and trig.plain and set(everyone) == set(before.participants) \
                and (date_ranges == [None] or _backgrounded(tok)):
            # "the leaders' talks had been substantive", "During their meeting at the palace, ...":
            # the meeting just read, told again
            status, date_ranges, mode = before.status, [before.date], before.mode
        out = []
        for rng in date_ranges:
            for g in groups:
                out.append(Candidate(list(g), mode, status, sent, tok, rng, place, event, weak,
                                     0.55 if weak else 0.75, plain=trig.plain and mode == trig.mode))
        return out

    def _joined(self, tok: Token, sent: Span, here: list[Candidate]) -> Candidate | None:
        """"B joined them for a three-way meeting", "A and B were joined by C", "they resumed their
        talks, later joined by C and D": one meeting of the people joined and those joining."""
        kids = {c.dep_: c for c in tok.children}
        agent = kids.get("agent")
        if agent is not None:
            joiner_tok = next((c for c in agent.children if c.dep_ == "pobj"), None)
            base_tok = kids.get("nsubjpass")
        else:
            joiner_tok, base_tok = kids.get("nsubj"), kids.get("dobj")
        if joiner_tok is not None:
            joiners, _ = self.who.people_of(joiner_tok, set(), sent)
        else:
            # the parser loses the subject behind some names ("President Moon Jae-in joined them")
            joiners = [m.person_id for m in self.people.mentions
                       if agent is None and m.end == tok.i and m.start >= sent.start]
        if not joiners or tok.i in self.joined_verbs:
            return None
        base: list[str] = []
        if base_tok is not None:
            base, _ = self.who.people_of(base_tok, set(joiners), sent)
        elif tok.dep_ in ("advcl", "acl", "conj", "relcl"):
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                base, _ = self.who.people_of(subj, set(joiners), sent)
        base = [p for p in base if p not in joiners]
        # "they resumed their talks, later joined by A and B": "their talks" is not A and B's
        for h in [h for h in here if set(h.participants) <= set(joiners)]:
            here.remove(h)
            self.found.remove(h)
        if not base and not here:
            prev = next((c for c in reversed(self.found) if c.sent.start < sent.start
                         and not set(c.participants) & set(joiners)), None)
            if prev is not None and sent.start - prev.sent.end < 80:
                base = list(prev.participants)
        earlier = next((h for h in reversed(here) if set(base) <= set(h.participants)), None) if base else (
            here[-1] if here else None)
        if not base and earlier is not None:
            base = list(earlier.participants)
        words = {fold(t.text) for t in tokens(sent)}
        if not base or earlier is None and not words & set(self.lex["interaction_nouns"]):
            return None
        everyone = base + [p for p in joiners if p not in base]
        if len(everyone) < 3 and earlier is None:
            return None
        status, weak = read_status(tok, None, self.lex)
        if status is None or status == "present":
            status = "held"
        dates, status = meeting_dates(tok, sent, status, self.published, self.lex, self.skip)
        rng = dates[0] if dates else None
        place = meeting_place(tok, sent, chain(tok, self.lex)[-1], self.gz, self.skip)
        if earlier is not None:
            rng = rng or earlier.date
            place = place or earlier.place
            if set(earlier.participants) <= set(everyone) and _same_day(earlier.date, rng) \
                    and not self._meeting_of_its_own(tok):
                # "A and B, joined by C, held talks": one meeting, read once without C
                here[:] = [h for h in here if h is not earlier]
                self.found[:] = [h for h in self.found if h is not earlier]
        return Candidate(everyone, earlier.mode if earlier else "in_person", status, sent, tok, rng, place,
                         self.events.linked(sent, tok), weak, 0.6)

    def _meeting_of_its_own(self, join: Token) -> bool:
        """"..., before C joined them for a three-way meeting": a later, separate meeting."""
        return any(c.dep_ == "mark" and c.lower_ in ("before", "after", "then") for c in join.children) or any(
            c.dep_ == "prep" and c.lower_ == "for" and any(fold(p.text) in self.lex["interaction_nouns"]
                                                           for p in c.children) for c in join.children)

    def _in_sequence(self, noun: Token | None) -> bool:
        """A meeting in "before/after a (separate) X with C" on a verb that is itself a meeting
        ("held talks", "met")."""
        if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in ("before", "after"):
            return False
        verb = noun.head.head
        return verb.pos_ in ("VERB", "AUX") and (triggers.is_verb_trigger(verb, self.lex) or any(
            c.dep_ in ("dobj", "obj") and fold(c.text) in self.lex["interaction_nouns"] for c in verb.children))

    def _joiner_frame(self, verb: Token) -> tuple[list[Token], Token | None] | None:
        """"A and B took part (in the call)", "C attended Monday's meeting", "the session was chaired
        by D", "E joined both calls": the people and the meeting noun (None when there is none)."""
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or verb._.in_quote:
            return None
        kids = list(verb.children)
        passive = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        objs: list[Token] = []
        if lemma == "take":
            part = next((c for c in kids if c.dep_ == "dobj" and c.lower_ == "part"), None)
            if part is None:
                return None
            objs = [p for x in (verb, part) for c in x.children if c.dep_ == "prep" and c.lower_ == "in"
                    for p in c.children if p.dep_ == "pobj"]
        elif lemma in _TAKE_PART:
            objs = [p for c in kids if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        elif lemma in _ATTEND:
            if passive is not None and agent is not None:
                people = [p for p in agent.children if p.dep_ == "pobj"]
                return (people, passive) if people else None
            objs = [c for c in kids if c.dep_ in ("dobj", "obj")]
        else:
            return None
        if passive is not None:
            return None
        noun = objs[0] if objs else None
        if noun is None and lemma in _ATTEND:
            return None  # "C attended": attended what?
        return triggers.subjects_of(verb), noun

    def _definite_meeting(self, noun: Token) -> bool:
        """"the call", "Monday's meeting", "both calls" (not "a meeting", "the meeting of the Council")."""
        return fold(noun.text) in self.lex["interaction_nouns"] \
            and any(d.lower_ in ("the", "that", "this", "both", "all") or d.dep_ == "poss"
                    and (d.ent_type_ == "DATE" or d.pos_ == "PRON") for d in noun.children) \
            and not any(d.dep_ == "prep" and d.lower_ == "of" for d in noun.children)

    def _meetings_before(self, at: Token, sent: Span, sentences: int) -> list[Candidate]:
        """Meetings read (or kept as shells) up to ``at``, within the last ``sentences`` sentences."""
        here = self.sent_no.get(sent.start, 0)
        out = [c for c in self.found + self.shells
               if c.trigger.i < at.i and here - self.sent_no.get(c.sent.start, 0) <= sentences]
        # a shell names its meeting but not its people: only a closed or remote one can be joined,
        # never a plain in-person summit ("X attended the summit" is not a meeting)
        out = [c for c in out if not any(c is s for s in self.shells) or c.mode != "in_person"
               or c.trigger.lemma_.lower() not in self.lex["generic_event_nouns"]]
        return sorted(out, key=lambda c: c.trigger.i)

    def _attach(self, target: Candidate, named: list[str]) -> None:
        target.participants.extend(p for p in named if p not in target.participants)
        if any(target is s for s in self.shells) and len(target.participants) >= 2:
            self.shells[:] = [s for s in self.shells if s is not target]
            self.found.append(target)

    def _people(self, toks: list[Token], sent: Span) -> list[str]:
        out: list[str] = []
        for t in toks:
            ids, _ = self.who.people_of(t, set(out), sent)
            out += [i for i in ids if i not in out]
        return out

    def _joins_earlier(self, noun: Token, sent: Span) -> bool:
        """"H and I also took part in the call", "the session was chaired by D": people added to a
        meeting already told of, not a meeting of their own."""
        verb = noun.head
        if noun.dep_ == "pobj":
            verb = verb.head
            if verb.lower_ == "part":
                verb = verb.head
        frame = self._joiner_frame(verb)
        if frame is None or frame[1] is None or frame[1].i != noun.i or not self._definite_meeting(noun) \
                or any(c.dep_ == "neg" for c in verb.children):
            return False
        named = self._people(frame[0], sent)
        if not named:
            return False
        earlier = [c for c in self._meetings_before(noun, sent, 6)
                   if not set(named) <= set(c.participants)]
        if not earlier:
            return False
        self.joined_verbs.add(verb.i)
        if any(d.lower_ in ("both", "all") for d in noun.children):
            # "C joined both calls"
            for c in earlier[-2:] if any(d.lower_ == "both" for d in noun.children) else earlier:
                self._attach(c, named)
            return True
        # the same meeting: a shell, the same noun, the same remote mode ("the call"), or the
        # meeting told of with that day ("Monday's meeting"); "the summit" they attended is not a
        # meeting read before under another name
        mode = triggers.mode_of_noun(noun, self.lex)
        same = [c for c in earlier if c.trigger.lemma_.lower() == noun.lemma_.lower()
                or mode != "in_person" and c.mode == mode]
        poss = next((d for d in noun.children if d.dep_ == "poss" and d.ent_type_ == "DATE"), None)
        if poss is not None:
            same = [c for c in earlier if any(t.lower_ == poss.lower_ for t in c.sent)] or same
        target = (same or [None])[-1]
        if target is None:
            self.joined_verbs.discard(verb.i)
            return False
        self._attach(target, named)
        return True

    def _took_part(self, sent: Span, seen: set[int]) -> None:
        """"B, C and D took part.", "they are expected to take part": people of the meeting just told."""
        if not words(sent) & _JOINER_CUES:
            return
        for tok in tokens(sent):
            if tok.i in seen or tok.i in self.joined_verbs or tok.lemma_.lower() not in _TAKE_PART | _ATTEND | {"take"}:
                continue
            frame = self._joiner_frame(tok)
            if frame is None or any(c.dep_ == "neg" for c in tok.children):
                continue
            if frame[1] is not None:
                # "C attended Monday's meeting", with a noun not read as a meeting of its own
                if frame[1].i not in seen:
                    self._joins_earlier(frame[1], sent)
                continue
            # "B, C and D took part.": a meeting whose people were not named yet, or one just told
            here = self.sent_no.get(sent.start, 0)
            earlier = [c for c in self._meetings_before(tok, sent, 2) if any(c is s for s in self.shells)
                       or here - self.sent_no.get(c.sent.start, 0) <= 1]
            named = self._people(frame[0], sent)
            if earlier and named:
                self.joined_verbs.add(tok.i)
                self._attach(earlier[-1], named)

    def _present_at(self, sent: Span) -> None:
        """"A, B and C were present at the meeting": delegation members of a meeting already
        reported, the one named by the same noun when there is one."""
        if not words(sent) & _PRESENT:
            return
        for tok in tokens(sent):
            if tok.lower_ not in ("present", "attendance") or tok._.in_quote:
                continue
            verb = tok.head if tok.dep_ in ("acomp", "pobj", "prep") else tok
            while verb.dep_ == "prep" and verb.head is not verb:
                verb = verb.head
            noun = self._the_meeting(tok, verb)
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if noun is None or subj is None or any(c.dep_ == "neg" for c in [*tok.children, *verb.children]):
                continue
            named, _ = self.who.people_of(subj, set(), sent)
            earlier = [c for c in self.found if c.sent.end <= sent.start and sent.start - c.sent.end < 300
                       and c.status == "held"]
            same = [c for c in earlier if c.trigger.lemma_.lower() == noun.lemma_.lower()]
            target = (same or earlier or [None])[-1]
            if target is not None:
                target.participants.extend(p for p in named if p not in target.participants)

    def _the_meeting(self, present: Token, verb: Token) -> Token | None:
        """"at the meeting", "during the talks": a meeting already told of (not "the meeting of
        the Security Council")."""
        for c in [*present.children, *verb.children]:
            if c.dep_ != "prep" or c.lower_ not in ("at", "in", "during"):
                continue
            for p in c.children:
                if p.dep_ == "pobj" and fold(p.text) in self.lex["interaction_nouns"] \
                        and any(d.lower_ in ("the", "that", "this") for d in p.children) \
                        and not any(d.dep_ == "prep" and d.lower_ == "of" for d in p.children):
                    return p
        return None

    def _also_present(self, trig: Token, sent: Span) -> list[str]:
        """"..., with Foreign Minister A and B also present": delegation members at the meeting."""
        out: list[str] = []
        if not words(sent) & _PRESENT:
            return out
        for tok in tokens(sent):
            if tok.i <= trig.i or tok.lower_ not in ("present", "attendance") or tok._.in_quote:
                continue
            window = self.doc[max(trig.i + 1, tok.i - 25): tok.i]
            withs = [t for t in window if t.lower_ == "with"]
            if not withs or not any(t.lower_ in ("also", "were", "in", "among")
                                    for t in self.doc[max(trig.i + 1, tok.i - 3): tok.i]):
                continue
            first = self.who.first_person_after(withs[-1])
            if first is None:
                continue
            for t in self.who.expand(first):
                pid = self.people.at(t)
                if pid and pid not in out:
                    out.append(pid)
        return out

    def _separate(self, trig: Token, noun: Token | None, subj: list[str], obj: list[str]) -> bool:
        """"held discussions with A, B and C": one bilateral per pair, unless called joint."""
        if len(obj) < 2 or len(subj) != 1:
            return False
        words = {fold(t.text) for t in trig.sent}
        if words & self.lex["joint_words"]:
            return False
        if {fold(t.text) for t in triggers.own_words(trig)} & _SEPARATELY:
            return True  # "met separately with A and B"
        n = noun
        if n is None:
            n = next((c for c in trig.children if c.dep_ in ("dobj", "obj")
                      and fold(c.text) in self.lex["interaction_nouns"]), None)
        return n is not None and fold(n.text) in self.lex["separate_pair_nouns"]
