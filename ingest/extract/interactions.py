"""Meetings, calls and video calls between named people, one sentence at a time.

Each trigger (``triggers``) gives subject and object tokens; ``participants`` says who they are;
``meeting_status`` gives held / planned / cancelled; ``meeting_time_place`` the date and place. A
sentence listing several separate bilaterals gives one candidate per pair, a joint meeting one with
everyone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ingest.extract import dates as dates_mod
from ingest.extract import triggers
from ingest.extract.candidates import Candidate
from ingest.extract.doc_index import clause_verb, sent_ents, tokens, words
from ingest.extract.events import EventRegistry
from ingest.extract.gazetteer import Gazetteer, fold
from ingest.extract.meeting_status import chain, read_status
from ingest.extract.meeting_time_place import day_shift, meeting_dates, meeting_place, occasions
from ingest.extract.participants import Participants
from ingest.extract.people import PersonRegistry
from ingest.extract.places import dateline_end, places_in
from ingest.extract.presence import TRIP_WORDS, Presence, companions, presences

__all__ = ["Candidate", "InteractionReader"]

_SEPARATELY = {"separately", "individually"}
_SESSION_NOUNS = {"session", "summit", "gathering"}
_OUTCOME_VERBS = {"agree", "affirm", "reaffirm", "confirm", "pledge", "vow", "sign"}
_TAKE_PART = {"participate", "partake"}  # and "take part"
_ATTEND = {"attend", "chair", "co-chair", "cochair", "join", "open"}
_DIAL_IN = {"dial", "log"}
_JOINER_CUES = _TAKE_PART | _ATTEND | _DIAL_IN | {"take", "sit"}
_JOINT_SIZES = {"trilateral": 3, "tripartite": 3, "quadrilateral": 4} | {
    f"{n}-{kind}": size for size, n in enumerate(("three", "four", "five", "six", "seven", "eight"), start=3)
    for kind in ("way", "party", "nation", "country", "sided")}
_GREET = {"meet", "receive", "greet", "welcome"}
_ARRIVAL_PLACES = {"airport", "airbase", "aerodrome", "tarmac", "station", "border", "train", "terminal"}
_NOT_RECEIVED = {"invitation", "invite", "letter", "message", "award", "prize", "medal", "honour", "honor"}
_PLURAL_TITLES = {"presidents", "leaders", "premiers", "chancellors", "ministers", "kings", "prime-ministers"}
_DELEGATION = {"delegation", "delegations", "entourage", "team"}
_SIDES = {"side"}
# "the morning session", "the expanded session": a part of the meeting told before, not a gathering
_PART_OF_MEETING = {"morning", "afternoon", "evening", "expanded", "restricted", "opening", "closing", "working"}
_NEW_MEETING = {"first", "second", "third", "next", "new", "last", "latest", "previous", "earlier"}
# "their next summit": one still to come, not the meeting just told
_LATER_MEETING = {"next", "new", "another", "future", "upcoming", "further"}
# who a meeting told before its people are named can be between ("Russian and U.S. officials held talks")
_GROUPS = _DELEGATION | {"officials", "negotiators", "sides"}
_INCLUDE = {"include", "comprise"}
_PRESENT = {"present", "attendance", "seen"}


def _same_day(a, b) -> bool:
    return a is None or b is None or a == b


def _separate_meetings(trig: Token) -> bool:
    """"bilateral meetings", "separate talks": one meeting with each."""
    return trig.lower_ in ("meetings", "bilaterals") or any(
        c.lower_ in ("bilateral", "separate") for c in trig.subtree if c.i < trig.i)


def _met_separately(verb: Token) -> bool:
    """"met A and B separately", also when the parser hangs the adverb on a clause right after it
    ("separately before the conference began")."""
    for tok in verb.subtree:
        if fold(tok.text) not in _SEPARATELY:
            continue
        head = tok.head
        if head.i == verb.i or head.dep_ == "advcl" and head.head.i == verb.i and any(
                c.dep_ == "mark" and tok.i < c.i for c in head.children):
            return True
    return False


def _gathering_of_a_body(noun: Token, sent: Span) -> bool:
    """"also present at the SCO meeting, but there was no interaction between him and A": a body's
    gathering, not the meeting told before."""
    return any(d.dep_ in ("compound", "nmod") and d.ent_type_ in ("ORG", "EVENT") for d in noun.children) \
        or "no" in words(sent) and bool(words(sent) & {"interaction", "contact", "exchange"})


def _backgrounded(noun: Token, preps=("during", "at"), owners=("their",)) -> bool:
    """"During their meeting, A invited B to the summit in May": a meeting named in passing, whose
    day is not the one the sentence gives."""
    return noun.dep_ == "pobj" and noun.head.lower_ in preps and noun.head.i < noun.sent.root.i \
        and any(c.dep_ == "poss" and c.lower_ in owners for c in noun.children)


def _inverted(verb: Token) -> Token | None:
    """The "were" of an inverted sentence opening on a gerund ("Taking part were A and B", "Joining A
    in the talks were C and D"), whose people come after it."""
    if verb.tag_ != "VBG":
        return None
    return next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "was")
                 and c.i > verb.i), None)


def _same_clause(a: Token, b: Token) -> bool:
    va, vb = clause_verb(a), clause_verb(b)
    return (va.i if va is not None else -1) == (vb.i if vb is not None else -1)


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
        self.trigger_cues = gz.derived("trigger words", lambda g: triggers.trigger_words(g.lexicon))
        self.skip = dateline_end(doc)
        self.found: list[Candidate] = []
        self.who = Participants(doc, gz, people, self.found)
        # meetings read with fewer than two named people ("Leaders of X held a session"), kept
        # for a couple of sentences in case the participants are named later
        self.shells: list[Candidate] = []
        self.sent_no: dict[int, int] = {}
        self.joined_verbs: set[int] = set()  # joining verbs already read as "took part in the call"
        self.lone_places: list[tuple[int, str, object]] = []  # (sentence, person, place) of one-person talks

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
            if tok.i in seen or tok.lower_ not in self.trigger_cues and tok.lemma_.lower() not in self.trigger_cues \
                    or tok._.in_quote:
                continue
            trig = None
            if self._joining_were(tok, sent):
                # "Joining A in the expanded meeting were C, D and E": A's meeting told before
                seen.update(t.i for t in tok.subtree)
                continue
            joined = self._joined_noun(tok)
            if joined is not None and any(c.dep_ == "neg" for c in tok.children):
                seen.update((tok.i, joined.i))  # "A and B did not join the call"
                continue
            if joined is not None and self._joins_earlier(joined, sent):
                seen.update((tok.i, joined.i))  # "C also dialled in to the call", "C joined the video summit"
                continue
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
            if cands and trig.noun is not None and _backgrounded(trig.noun, ("in", "during", "at"), ("their", "his", "her")) and any(
                    set(f.participants) == set(c.participants) and f.sent.start < sent.start
                    # (not "their talks in Bali in May 2022", another place and day)
                    and (c.date is None or f.date is None or c.date == f.date or c.place is None
                         or f.place is not None and c.place.id == f.place.id)
                    for c in cands for f in self.found):
                # "In his meeting with B, A agreed to ...": the meeting told before, not another
                seen.update(c.trigger.i for c in cands)
                continue
            for c in cands or []:
                seen.add(c.trigger.i)
                # "A and B spoke on Friday, their first conversation ...": one contact, read twice
                if any(set(h.participants) == set(c.participants) and h.date == c.date for h in here):
                    continue
                for h in [h for h in here if c.trigger.dep_ == "pobj" and c.trigger.head.lower_ == "for"
                          and h.trigger.i == c.trigger.head.head.i
                          and set(h.participants) < set(c.participants) and h.date == c.date]:
                    # "A hosted B for a five-way meeting with C, D and E": the hosting is that meeting
                    here.remove(h)
                    self.found.remove(h)
                here.append(c)
                self.found.append(c)
        for c in list(here):
            second = self._and_with(c, sent)
            if second is not None:
                here.append(second)
                self.found.append(second)
        self._share_day_and_place(here, sent)
        for pres in presences(sent, self.who):
            self._add_present(pres, sent, here)
        if not here and self.found and sent.start > 0 and sent.start - self.found[-1].sent.end <= 1:
            # "The two leaders sat at a long table, with A and B among the aides present."
            # (or at the meeting the sentence names: "present at the meeting between Xi and B")
            last = (self._between_named(sent, self._told(sent, 6)) or self.found)[-1]
            present = [p for p in self._also_present(self.doc[sent.start - 1], sent) if p not in last.participants]
            if present and last.mode == "in_person":
                last.participants.extend(present)
        self._group_named(sent, here)
        self._group_told_again(sent, here)
        self._told_by_its_outcome(sent, here)
        self._video_summit_gathered(sent, here)
        if not here:
            self._present_at(sent)
            self._delegations_led(sent)
            self._delegation_included(sent)
        self._took_part(sent, seen)
        if not here:
            self._told_as_remote(sent)
        for tok in tokens(sent) if cues & self.lex["join_verbs"] else ():
            if tok.lemma_.lower() in self.lex["join_verbs"] and tok.pos_ == "VERB" and not tok._.in_quote:
                c = self._joined(tok, sent, here)
                if c is not None and not any(set(h.participants) == set(c.participants) for h in here):
                    here.append(c)
                    self.found.append(c)
        if not here:
            self._companions(sent)

    def _build(self, trig: triggers.Trigger, sent: Span) -> list[Candidate] | None:
        tok, noun = trig.token, trig.noun
        if self._greets_arrival(tok, sent) or self._inside_meeting(tok):
            return None
        if tok.lemma_.lower() == "receive" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _NOT_RECEIVED
                                                   for c in tok.children):
            return None  # "A has received an invitation from B to visit"
        self.who.described = set()
        self.who.anaphor = None
        subj_ids: list[str] = []
        subj_group = False
        for s in trig.subjects:
            ids, g = self.who.people_of(s, set(), sent)
            subj_group |= g and not ids
            subj_ids += [i for i in ids if i not in subj_ids]
        obj_ids: list[str] = []
        obj_group = False
        for o in trig.objects:
            # "agreed with B ... following a conversation between the two leaders": the pair
            # "between" names takes in the subject
            ids, g = self.who.people_of(o, set() if o.head.lower_ == "between" else set(subj_ids), sent)
            obj_group |= g
            obj_ids += [i for i in ids if i not in obj_ids and i not in subj_ids]
        if noun is not None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in triggers.INCLUDING \
                and len(obj_ids) >= 2 and self._definite_meeting(noun):
            # "A held a video call with European leaders. The call included B, C and D": that call
            told = [c for c in self._meetings_before(tok, sent, 2)
                    if c.trigger.lemma_.lower() == noun.lemma_.lower() and len(c.participants) <= 1]
            if told:
                self._attach(told[-1], obj_ids)
                return None
        members: list[str] = []
        for s in trig.subjects:
            # "A delegation ... met B. The delegation, led by C and including D, ...": its members
            members += self._delegation_members(s, sent)
        subj_ids += [p for p in members if p not in subj_ids and p not in obj_ids]
        if members and set(subj_ids) | set(obj_ids) <= set(members):
            return None  # the delegation alone
        size = self._joint_size(noun)
        if size and len(set(subj_ids) | set(obj_ids)) < size:
            # "A and B pressed C at a three-way meeting", "the last trilateral summit was held
            # with A, B and C": a meeting of as many people as the sentence names
            named = self._named_in(sent)
            if len(named) == size:
                subj_ids, obj_ids, obj_group = named, [], False
            elif named and self._definite_meeting(noun):
                # "A pulled out of a meeting with B. The five-way meeting, to have been hosted by C
                # with D and E, ...": the meeting told before, with the people this sentence adds
                told = [c for c in self._told(sent, 2) if not set(c.participants) & set(named)
                        and len(set(c.participants)) + len(named) == size]
                if told:
                    self._attach(told[-1], named)
                    return None
        if not obj_ids and len(subj_ids) < 2 and trig.subjects and trig.objects == [] and noun is None \
                and not subj_group:
            return None
        if subj_ids and not obj_ids and len(subj_ids) == 1 and trig.objects and not obj_group:
            return None
        if not subj_ids and obj_ids and self._in_sequence(noun):
            # "A first held talks with B, before a separate video conference with C": A's too
            for s in triggers.subjects_of(noun.head.head):
                ids, _ = self.who.people_of(s, set(obj_ids), sent)
                subj_ids += [i for i in ids if i not in subj_ids and i not in obj_ids]
        if not subj_ids and len(obj_ids) == 1:
            self._note_lone_place(trig, obj_ids[0], sent)
            return None
        if obj_group and subj_ids and (told := self._during_told(tok, sent)) is not None:
            # "C briefed the leaders during the meeting": C at the meeting told before
            self._attach(told, subj_ids)
            return None
        # a speaker reached only through a description ("..., a Russian ambassador announced")
        speakers = self.who.speakers(sent) & self.who.described
        subj_ids = [p for p in subj_ids if p not in speakers]
        obj_ids = [p for p in obj_ids if p not in speakers]
        everyone = subj_ids + [o for o in obj_ids if o not in subj_ids]
        present = [p for p in self._also_present(tok, sent) if p not in everyone]
        everyone += present
        # a meeting whose other side is a group named later ("A hosted the leaders of the Arctic Four.
        # B, C and D attended the meeting") is kept as a shell too
        shell = len(everyone) < 2 and (noun is not None and not trig.objects or obj_group and bool(subj_ids)
                                       or subj_group and not trig.objects)
        if len(everyone) < 2 and not shell:
            if everyone:
                self._note_lone_place(trig, everyone[0], sent)
            return None
        if shell and not everyone and noun is not None and self._definite_meeting(noun) and any(
                d.lower_ in ("the", "that", "this") for d in noun.children) and not any(
                d.lower_ in _NEW_MEETING for d in noun.children) and any(
                triggers.mode_of_noun(noun, self.lex) in (c.mode, "in_person") and len(c.participants) >= 2
                for c in self._told(sent, 6)):
            return None  # "The talks were held first in an expanded format": the talks told before
        status, weak = read_status(tok, noun, self.lex)
        if self._ruled_out(tok, sent):
            status, weak = "cancelled", False
        if status is None:
            return None
        mode = triggers.mode_from_sentence(tok, trig.mode, self.lex)
        if mode == "call" and self._spoken_at_meeting(tok, sent, everyone):
            return None
        groups: list[list[str]]
        # "opened talks between the foreign ministers of A and B": one meeting of everyone
        between = any(o.head.lower_ == "between" for o in trig.objects)
        if not present and not between and (self._separate(tok, noun, subj_ids, obj_ids, mode)
                                            or (obj_group and len(subj_ids) == 1)):
            groups = [[s, o] for s in subj_ids for o in obj_ids]
        elif not present and not between and len(subj_ids) > 1 and len(obj_ids) > 1 and _met_separately(tok):
            groups = [[*subj_ids, o] for o in obj_ids]  # "A and her minister B met C and D separately"
        elif not present and len(subj_ids) == len(obj_ids) >= 2 and any(
                w.lower_ == "counterparts" for o in trig.objects for w in (o, *o.children, o.head)) \
                and not {fold(t.text) for t in sent} & (self.lex["joint_words"] | {"2+2", "dialogue"}):
            # "C and D held talks with their counterparts E and F": each with the one in the same place
            groups = [[s, o] for s, o in zip(*(sorted(ids, key=lambda p: self._first_in(p, sent))
                                                 for ids in (subj_ids, obj_ids)))]
        elif not present and (one_with_each := self._one_with_each(noun, everyone)):
            groups = one_with_each
        else:
            groups = [everyone]
        date_ranges, status = meeting_dates(tok, sent, status, self.published, self.lex, self.skip)
        place = meeting_place(tok, sent, chain(tok, self.lex)[-1], self.gz, self.skip)
        if noun is not None and (place is None or date_ranges == [None]) and sent.start > 0 \
                and any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children):
            rng, where, how = self._told_before(noun, sent, status)
            place = place or where
            if date_ranges == [None] and rng is not None:
                date_ranges = [rng]
            if mode == "in_person" and how != "in_person" and triggers.mode_of_noun(noun, self.lex) == mode:
                mode = how  # "... Summit, held via video conference. The summit was co-chaired by A and B"
        event = self.events.linked(sent, tok)
        if shell:
            # "held a session via videoconference" (one clause, one meeting), not "the call came
            # after the delegations held talks"
            twin = next((s for s in self.shells if s.sent.start == sent.start
                         and _same_clause(s.trigger, tok)), None)
            if twin is not None:
                # "held a session via videoconference": one meeting, with the mode of either noun
                if twin.mode == "in_person":
                    twin.mode = mode
                return None
            told = Candidate(list(everyone), mode, status, sent, tok, date_ranges[0], place, event,
                             weak, 0.6, plain=trig.plain and mode == trig.mode)
            # "The Arctic Four leaders met", "A held bilateral meetings with the leaders of B and C":
            # the group is named later
            told.of_group = subj_group and not everyone or obj_group and bool(subj_ids)
            if told.of_group and noun is not None and noun.dep_ in ("dobj", "obj"):
                # "The leaders of the bloc held their summit by video, chaired by A": A is at it too
                chairs = triggers.hosts_of(noun.head, ("advcl",))
                told.participants += [p for p in self.who.people_of_all(chairs, sent) if p not in told.participants]
            self.shells.append(told)
            return None
        before = self.who.anaphor
        told_again = noun is not None and self._definite_meeting(noun) and not any(
            c.lower_ in _LATER_MEETING for c in noun.children)
        if before is not None and (trig.plain or told_again) \
                and set(everyone) == set(before.participants) and (date_ranges == [None] or _backgrounded(tok)):
            # "the leaders' talks had been substantive", "During their meeting at the palace, ...",
            # "Following the summit, the leaders ...": the meeting just read, told again
            status, date_ranges, mode = before.status, [before.date], before.mode
        elif told_again and noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following") \
                and noun.head.head.lemma_.lower() not in self.lex["light_verbs"] and any(
                c.mode != "in_person" and set(everyone) < set(c.participants) for c in self._told(sent, 6)):
            # "The leaders adopted a statement after the meeting": the remote summit told before,
            # which more people joined than "the leaders" names
            return None
        dated = [(g, rng) for rng in date_ranges for g in groups]
        if len(groups) == 1 and len(date_ranges) == len(obj_ids) >= 2 and self._each_on_its_day(obj_ids, sent):
            # "received A on Tuesday and B on Wednesday": one meeting a day, each with its guest
            dated = [([*subj_ids, o], rng) for o, rng in zip(obj_ids, date_ranges)]
        places = [place] * len(dated)
        if len(dated) == 1 and status == "held" and mode == "in_person" \
                and (each := occasions(tok, sent, self.published, self.gz, self.skip)):
            # "met in Vilnius in July and again in New York in September": two meetings
            dated, places = [(groups[0], rng) for rng, _ in each], [where for _, where in each]
        return [Candidate(list(g), mode, status, sent, tok, rng, where, event if k == 0 or where == place else None,
                          weak, 0.55 if weak else 0.75, plain=trig.plain and mode == trig.mode)
                for k, ((g, rng), where) in enumerate(zip(dated, places))]

    def _each_on_its_day(self, people: list[str], sent: Span) -> bool:
        """The people and the days of the sentence alternate: "A on Tuesday and B on Wednesday"."""
        firsts = {}
        for m in self.people.mentions:
            if sent.start <= m.start < sent.end and m.person_id in people:
                firsts.setdefault(m.person_id, m.start)
        days = [e.start for e in sent_ents(sent) if e.label_ == "DATE" and e.start > min(firsts.values(), default=0)]
        order = sorted([(i, "p") for i in firsts.values()] + [(i, "d") for i in days])
        return len(firsts) == len(people) and [k for _, k in order] == ["p", "d"] * len(people)

    def _delegation_members(self, tok: Token, sent: Span, look_ahead: bool = True) -> list[str]:
        """The people of "the delegation, led by A and including B"; for "a delegation" named
        without them, those the next sentence gives "the delegation"."""
        if tok.lemma_.lower() not in ("delegation", "team", "mission"):
            return []
        out: list[str] = []
        for c in tok.children:
            if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in ("lead", "include", "comprise", "head"):
                continue
            for clause in [c, *(k for k in c.children if k.dep_ == "conj")]:
                for t in clause.subtree:
                    pid = self.people.at(t)
                    if pid and pid not in out:
                        out.append(pid)
        if out or not look_ahead or sent.end >= len(self.doc):
            return out
        nxt = self.doc[sent.end].sent
        if tok.lemma_.lower() not in words(nxt):
            return out
        for t in tokens(nxt):
            if t.lemma_.lower() == tok.lemma_.lower() and any(d.lower_ == "the" for d in t.children):
                return self._delegation_members(t, nxt, look_ahead=False)
        return out

    def _note_lone_place(self, trig: triggers.Trigger, pid: str, sent: Span) -> None:
        """"after talks mediated by A in Nairobi": no meeting of its own, but where A met those the
        next sentence names."""
        if trig.noun is None or not trig.plain:
            return
        where = meeting_place(trig.token, sent, chain(trig.token, self.lex)[-1], self.gz, self.skip)
        if where is not None:
            self.lone_places.append((self.sent_no.get(sent.start, 0), pid, where))

    def _share_day_and_place(self, here: list[Candidate], sent: Span) -> None:
        """"A will meet B at the White House on Friday, and a trilateral meeting with C is planned
        the same day": the place of the sentence's other plan; "C will also hold a separate meeting
        with B": the day and place of the plans told just before."""
        here_no = self.sent_no.get(sent.start, 0)
        fronted = None
        if self.doc[sent.start].lower_ in ("in", "at") and any(c.place is None for c in here):
            fronted = next((ref for span, ref in places_in(sent, self.gz, skip_before=self.skip)
                            if span.start == sent.start + 1), None)
        for c in here:
            if c.place is None and c.mode == "in_person" and fronted is not None:
                c.place = fronted  # "In Kuala Lumpur on Wednesday, A held talks with B, after being hosted by C"
            if c.place is None and c.mode == "in_person":
                # "..., after talks mediated by A in Nairobi. A hosted B and C for separate meetings":
                # the place of the talks told just before with one of them
                shell = next((h for h in reversed(self.shells) if h.place is not None and h.mode == "in_person"
                              and self._back(h, sent) == 1
                              and set(h.participants) & set(c.participants)
                              and (h.date is None or c.date is None or h.date.overlaps(c.date))), None)
                if shell is not None:
                    c.place = shell.place
                else:
                    c.place = next((w for n, pid, w in reversed(self.lone_places)
                                    if here_no - n == 1 and pid in c.participants), None)
            if c.status not in ("planned", "held") or c.place is not None and c.date is not None:
                continue
            mates = [h for h in here if h is not c and h.status == c.status == "planned" and h.place is not None
                     and h.date is not None and h.date == c.date]
            if mates and c.place is None:
                c.place = mates[0].place
                continue
            if c.date is None and c.place is None and "also" in words(sent) and sent.start > 0:
                before = [f for f in self.found if f.status == c.status and f.date is not None
                          and f.sent.start < sent.start and self._back(f, sent) == 1
                          and set(f.participants) & set(c.participants)]
                if before and len({(f.date, f.place.id if f.place else None) for f in before}) == 1:
                    c.date, c.place = before[0].date, before[0].place

    def _ruled_out(self, tok: Token, sent: Span) -> bool:
        """"A had no plans to meet B, ruling out for now a summit": a meeting ruled out."""
        if tok.dep_ != "acl" or tok.head.lemma_.lower() != "plan" \
                or not any(d.lower_ == "no" for d in tok.head.children) or "rule" not in words(sent):
            return False
        return any(t.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
                   for t in tokens(sent))

    def _inside_meeting(self, tok: Token) -> bool:
        """"talks between A and B, hosted by C": the host of a meeting read from its noun."""
        if tok.dep_ != "acl" or tok.lemma_.lower() not in ("host", "mediate", "broker", "chair"):
            return False
        return any(t.dep_ == "prep" and t.lower_ == "between" and fold(t.head.text) in self.lex["interaction_nouns"]
                   for t in tok.ancestors)

    def _greets_arrival(self, tok: Token, sent: Span) -> bool:
        """"A arrived at the airport and was received by B", "... was met at the border station by
        B": greeting an arrival, not a meeting."""
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        if tok.lemma_.lower() in ("welcome", "greet") and any(
                c.dep_ == "advcl" and c.lemma_.lower() in ("arrive", "land")
                and any(m.dep_ == "mark" and m.lower_ in ("as", "when", "upon", "after") for m in c.children)
                for c in tok.subtree):
            return True  # "A welcomed B with an embrace as he arrived in X"
        if tok.lemma_.lower() not in _GREET or not words(sent) & _ARRIVAL_PLACES \
                or not any(c.dep_ == "auxpass" for c in tok.children):
            return False
        arrive = tok.head if tok.dep_ == "conj" else None
        return arrive is not None and arrive.lemma_.lower() in ("arrive", "land")

    def _joint_size(self, noun: Token | None) -> int:
        """3 for a "trilateral" / "three-way" meeting, 4 for a "four-way" one; 0 otherwise, and for
        one named only to date another ("a day before the trilateral summit")."""
        if noun is None or noun.dep_ == "pobj" and noun.head.lower_ in ("before", "after", "following", "ahead"):
            return 0
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in self.lex["join_verbs"]:
            return 0  # "C joined them for a three-way meeting": read by ``_joined``
        for c in noun.children:
            if c.dep_ not in ("amod", "compound", "nmod"):
                continue
            if c.lower_ in _JOINT_SIZES:
                return _JOINT_SIZES[c.lower_]
            if c.lower_ in ("way", "party", "nation", "country", "sided") and c.i > 1 and c.doc[c.i - 1].text == "-":
                return _JOINT_SIZES.get(f"{c.doc[c.i - 2].lower_}-{c.lower_}", 0)
        return 0

    def _named_in(self, sent: Span) -> list[str]:
        """The people the sentence names outside quotes and the dateline, speakers left out."""
        speakers = self.who.speakers(sent)
        out: list[str] = []
        for m in self.people.mentions:
            if m.start < sent.start or m.start < self.skip:
                continue
            if m.start >= sent.end:
                break
            if m.person_id not in out and m.person_id not in speakers and not self.doc[m.start]._.in_quote:
                out.append(m.person_id)
        return out

    def _told_before(self, noun: Token, sent: Span, status: str) -> tuple:
        """"... the ministerial dialogue, to be held in Washington on the same day. A and B will hold
        the dialogue with C and D": the day, place and mode the previous sentence gives the same noun."""
        prev = self.doc[sent.start - 1].sent
        same = {noun.lemma_.lower()}
        if noun.lemma_.lower() == "meeting":
            # "A session of the council took place in Minsk. The meeting brought together ..."
            same |= _SESSION_NOUNS
        if not same & words(prev):
            return None, None, "in_person"
        for t in tokens(prev):
            if t.lemma_.lower() not in same or t.pos_ not in ("NOUN", "PROPN") or t._.in_quote:
                continue
            top = chain(t, self.lex)[-1]
            place = meeting_place(t, prev, top, self.gz, self.skip)
            if place is None:
                # "the dialogue, to be held in Washington": a place in the noun's own clause
                lo, hi = t.left_edge.i, t.right_edge.i
                place = next((ref for span, ref in places_in(prev, self.gz, skip_before=self.skip)
                              if lo <= span.start and span.end - 1 <= hi), None)
            rng = meeting_dates(t, prev, status, self.published, self.lex, self.skip)[0][0]
            same_day = any(x.lower_ == "same" and x.i + 1 < len(self.doc) and self.doc[x.i + 1].lower_ == "day"
                           for x in t.subtree)
            if rng is None and same_day:
                # "on the same day": the day of the meeting just told
                rng = next((c.date for c in reversed(self.found) if c.date is not None), None)
            how = triggers.mode_of_noun(t, self.lex)
            # "attended the Special Summit ..., held via video conference": the parser hangs the
            # participle on the verb
            held = [c for c in t.head.children if c.dep_ in ("advcl", "acl") and c.lemma_.lower() == "hold"
                    and c.i > t.i and t.dep_ in ("dobj", "obj")]
            if how == "in_person" and any(fold(w.text) in self.lex["virtual_words"] for c in held for w in c.subtree):
                how = "virtual"
            return rng, place, how
        return None, None, "in_person"

    def _joined(self, tok: Token, sent: Span, here: list[Candidate]) -> Candidate | None:
        """"B joined them for a three-way meeting", "A and B were joined by C", "they resumed their
        talks, later joined by C and D": one meeting of the people joined and those joining."""
        kids = {c.dep_: c for c in tok.children}
        if "neg" in kids:
            return None  # "A and B did not join the call"
        agent = kids.get("agent")
        if agent is None and "auxpass" in kids:
            # "were joined for part of the session by C and by D": the parser hangs "by" on the session
            agent = next(iter(triggers.stray_by(tok)), None)
        if agent is not None:
            joiner_tok = next((c for c in agent.children if c.dep_ == "pobj"), None)
            base_tok = kids.get("nsubjpass")
        else:
            joiner_tok, base_tok = kids.get("nsubj"), kids.get("dobj")
        if joiner_tok is not None:
            joiners, _ = self.who.people_of(joiner_tok, set(), sent)
            if agent is not None:
                joiners += [p for p in self.who.people_of_all(triggers.more_agents(tok) + [
                    p for b in agent.children if b.dep_ == "conj" and b.lower_ == "by" for p in b.children
                    if p.dep_ == "pobj"], sent) if p not in joiners]
        else:
            # the parser loses the subject behind some names ("President Moon Jae-in joined them")
            joiners = [m.person_id for m in self.people.mentions
                       if agent is None and m.end == tok.i and m.start >= sent.start]
        if not joiners or tok.i in self.joined_verbs:
            return None
        base: list[str] = []
        if base_tok is not None:
            base, _ = self.who.people_of(base_tok, set(joiners), sent)
            if fold(base_tok.text) in self.lex["interaction_nouns"]:
                # "The video conference, chaired by A, was joined by B": the chair is at it too
                base += self.who.people_of_all(triggers.hosts_of(base_tok), sent)
        elif tok.dep_ in ("advcl", "acl", "conj", "relcl"):
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                base, _ = self.who.people_of(subj, set(joiners), sent)
        base = [p for p in base if p not in joiners]
        # "they resumed their talks, later joined by A and B": "their talks" is not A and B's
        for h in [h for h in here if set(h.participants) <= set(joiners)]:
            here.remove(h)
            self.found.remove(h)
        prev = None
        if not base and not here:
            before = [c for c in reversed(self.found) if c.sent.start < sent.start
                      and not set(c.participants) & set(joiners)]
            if "format" in words(sent):
                # "the next meeting in the same format, joined by C": the format is the joint meeting's
                before = [c for c in before if len(c.participants) > 2] or before
            prev = next(iter(before), None)
            if prev is not None and sent.start - prev.sent.end < 80:
                base = list(prev.participants)
            else:
                prev = None
        earlier = next((h for h in reversed(here) if set(base) <= set(h.participants)), None) if base else (
            here[-1] if here else None)
        if not base and earlier is not None:
            base = list(earlier.participants)
        elif earlier is not None and agent is not None and tok.dep_ in ("advcl", "acl") \
                and tok.head.i in (earlier.trigger.i, earlier.trigger.head.i) and not self._meeting_of_its_own(tok):
            # "A held talks with B, joined by C and D": the meeting of that clause, with everyone
            base = list(earlier.participants) + [p for p in base if p not in earlier.participants]
        names_meeting = bool({fold(t.text) for t in tokens(sent)} & self.lex["interaction_nouns"])
        if base and earlier is None and agent is not None and not words(sent) & TRIP_WORDS and not names_meeting:
            # "A held talks with B. A was joined by C": C at the meeting just told (not "on the trip")
            told = self._just_told_with(base, sent)
            if told:
                self._attach(told[-1], joiners)
            return None
        if not base or earlier is None and not names_meeting:
            return None
        everyone = base + [p for p in joiners if p not in base]
        remote = self._joined_remotely(tok)
        host = self._delegation_joined(base, joiners, sent) if earlier is None and agent is None and not remote \
            else None
        if host is not None:
            # "C and D joined Trump for a working lunch": ministers of the same countries join the
            # meeting just told, not one of their own
            self._attach(host, joiners)
            return None
        if len(everyone) < 3 and earlier is None:
            told = self._just_told_with(base, sent)
            if told and agent is not None and self._definite_meeting_in(sent):
                # "A met B. A was accompanied in the meeting by C, while B was joined by D": D is at it too
                self._attach(told[-1], joiners)
            return None
        status, weak = read_status(tok, None, self.lex)
        noun = tok.head
        if tok.dep_ == "acl" and fold(noun.text) in self.lex["interaction_nouns"] and noun.head is not noun:
            # "the next meeting, joined by C, is due to take place on June 1": the meeting's own
            # verb tells its status, not the participle
            status, weak = read_status(noun.head, noun, self.lex)
        if status is None or status == "present":
            status = "held"
        dates, status = meeting_dates(tok, sent, status, self.published, self.lex, self.skip)
        rng = dates[0] if dates else None
        place = meeting_place(tok, sent, chain(tok, self.lex)[-1], self.gz, self.skip)
        # "C joined the meeting by phone": a call of everyone at it, beside the meeting itself
        if earlier is not None:
            rng = rng or earlier.date
            place = place or earlier.place
            if set(earlier.participants) <= set(everyone) and _same_day(earlier.date, rng) \
                    and not self._meeting_of_its_own(tok) and not (remote and earlier.mode == "in_person"):
                # "A and B, joined by C, held talks": one meeting, read once without C
                here[:] = [h for h in here if h is not earlier]
                self.found[:] = [h for h in self.found if h is not earlier]
        if prev is not None:
            rng = rng or prev.date  # the day of the meeting joined
        mode = remote or (earlier.mode if earlier else prev.mode if prev is not None else "in_person")
        out = Candidate(everyone, mode, status, sent, tok, rng, None if remote else place,
                        self.events.linked(sent, tok), weak, 0.6)
        if prev is not None and earlier is None and status == prev.status and self._definite_meeting_in(sent):
            # "The talks ... will open with a session joined by C and D": the meeting just told,
            # with its delegation members
            out.delegates = frozenset(p for p in joiners if p not in base)
        return out

    def _told_as_remote(self, sent: Span) -> None:
        """"A held talks with B on Saturday. The talks were conducted by phone": the meeting just told
        was a call (or a video meeting), with no place of its own."""
        if not words(sent) & {"phone", "telephone"} | self.lex["virtual_words"]:
            return
        for verb in tokens(sent):
            talks = next((c for c in verb.children if c.dep_ == "nsubjpass" and self._definite_meeting(c)), None)
            mode = self._joined_remotely(verb) if talks is not None and verb.lemma_.lower() in ("hold", "conduct") else None
            told = [c for c in self._in_person_told(sent, 3) if c.status == "held"
                    and fold(c.trigger.text) in self.lex["interaction_nouns"] | {"held"}] if mode else []
            if len({frozenset(c.participants) for c in told}) == 1 and len(told[-1].participants) == 2:
                told[-1].mode, told[-1].place = mode, None
                return

    def _joined_remotely(self, verb: Token) -> str | None:
        """"joined the meeting by phone" ("call"), "via video link" ("virtual"), else None."""
        words = {fold(t.text) for p in triggers.means(verb) for t in p.subtree}
        if words & self.lex["virtual_words"]:
            return "virtual"
        return "call" if words & {"phone", "telephone"} else None

    def _just_told_with(self, people: list[str], sent: Span) -> list[Candidate]:
        """In-person meetings of the sentence before that these people were at."""
        return [c for c in self._told(sent, 1) if c.mode == "in_person" and set(people) <= set(c.participants)]

    def _delegation_joined(self, base: list[str], joiners: list[str], sent: Span) -> Candidate | None:
        """The in-person meeting told in the sentences just before that the people joined are in,
        when no one joining comes from a country not already at it."""
        told = [c for c in self._in_person_told(sent, 4) if set(base) <= set(c.participants)]
        if not told:
            return None
        countries = {k for p in told[-1].participants for k in self.people.countries_of(p)}
        if any(self.people.countries_of(p) - countries for p in joiners):
            return None
        return told[-1]

    def _one_with_each(self, noun: Token | None, everyone: list[str]) -> list[list[str]] | None:
        """"meetings between A and former Presidents B and C": A met each of them, separately."""
        if noun is None or noun.lower_ not in ("meetings", "summits") or len(everyone) < 3:
            return None
        between = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        if between is None:
            return None
        first = next((p for p in between.children if p.dep_ == "pobj"), None)
        if first is None or self.people.at(first) != everyone[0]:
            return None
        plural_title = any(t.lower_ in _PLURAL_TITLES and t.i > first.i for t in between.subtree)
        if not plural_title:
            return None
        return [[everyone[0], o] for o in everyone[1:]]

    def _definite_meeting_in(self, sent: Span) -> bool:
        """The sentence speaks of "the talks" / "the meeting" / "the summit" already told."""
        return any(fold(t.text) in self.lex["interaction_nouns"] and any(d.lower_ in ("the", "this", "that")
                                                                         for d in t.children)
                   for t in tokens(sent) if t.pos_ in ("NOUN", "PROPN"))

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
        if lemma == "sit":
            # "C and D will sit in on the talks"
            if not any(c.dep_ == "prt" and c.lower_ == "in" for c in kids):
                return None
            objs = [p for c in kids if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
            if not objs:
                return None
        elif lemma == "take":
            part = next((c for c in kids if c.dep_ == "dobj" and c.lower_ == "part"), None)
            if part is None:
                return None
            objs = [p for x in (verb, part) for c in x.children if c.dep_ == "prep" and c.lower_ == "in"
                    for p in c.children if p.dep_ == "pobj"]
            if _inverted(verb) is not None:
                # "Taking part were A, B and C, as well as D": the people named after the verb
                people = [verb.doc[m.end - 1] for m in self.people.mentions
                          if verb.i < m.start and m.end <= verb.sent.end]
                return (people, objs[0] if objs else None) if people else None
        elif lemma in _TAKE_PART:
            objs = [p for c in kids if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        elif lemma == "be":
            # "C and D were present (alongside A) during the video summit", "Also in the meeting were C and D"
            present = next((c for c in kids if c.dep_ == "acomp" and c.lower_ == "present"), None)
            inverted = present is None and any(c.dep_ in ("nsubj", "attr") and c.i > verb.i for c in kids)
            if present is None and not inverted:
                return None
            objs = [p for x in (verb, present) if x is not None for c in x.children if c.dep_ == "prep"
                    and c.lower_ in ("at", "in", "during") for p in c.children if p.dep_ == "pobj"
                    and not _gathering_of_a_body(p, verb.sent)]
        elif lemma in _DIAL_IN:
            # "C and D also dialled in to the call"
            objs = [p for c in kids if c.dep_ == "prep" and c.lower_ in ("in", "into", "to", "on")
                    for p in c.children if p.dep_ == "pobj"]
        elif lemma in _ATTEND:
            if passive is not None and agent is not None:
                people = triggers.named_after_agent(verb, self.people.at)
                # ("The video conference, chaired by A, was joined by B": A too)
                return (triggers.hosts_of(passive) + people, passive) if people else None
            objs = [c for c in kids if c.dep_ in ("dobj", "obj")]
        else:
            return None
        if passive is not None:
            return None
        noun = objs[0] if objs else None
        if noun is None and lemma in _ATTEND and not any(c.lower_ == "also" for c in kids):
            return None  # "C attended": attended what? ("C also attended": the meeting just told)
        # "C took part in the meeting, along with his counterpart D"
        withs = [w for c in kids if c.dep_ in ("prep", "advmod") and c.lower_ in ("along", "together")
                 for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
        withs += [c for c in kids if c.dep_ == "prep" and c.lower_ == "alongside"]
        withs += [c for c in kids if c.dep_ == "prep" and c.lower_ == "with"
                  and any(a.lower_ in ("along", "together") for a in c.children)]
        along = [p for w in withs for p in w.children if p.dep_ == "pobj"]
        subjects = triggers.subjects_of(verb)
        those = verb.head
        if [t.lower_ for t in subjects] in ([], ["those"]) and verb.dep_ in ("acl", "relcl") \
                and those.lower_ == "those" and those.dep_ == "pobj" and those.head.lower_ == "among":
            subjects = triggers.subjects_of(those.head.head)  # "C and D were among those taking part in it"
        return subjects + along, noun

    def _definite_meeting(self, noun: Token) -> bool:
        """"the call", "Monday's meeting", "both calls", "the expanded session of the talks" (not "a
        meeting", "the meeting of the Council")."""
        nouns = self.lex["interaction_nouns"]
        return fold(noun.text) in nouns \
            and any(d.lower_ in ("the", "that", "this", "both", "all") or d.dep_ == "poss"
                    and (d.ent_type_ == "DATE" or d.pos_ == "PRON") for d in noun.children) \
            and not any(d.dep_ == "prep" and d.lower_ == "of" and not any(
                p.dep_ == "pobj" and fold(p.text) in nouns for p in d.children) for d in noun.children)

    def _meetings_before(self, at: Token, sent: Span, sentences: int) -> list[Candidate]:
        """Meetings read (or kept as shells) up to ``at``, within the last ``sentences`` sentences."""
        out = [c for c in self.found + self.shells if c.trigger.i < at.i and self._back(c, sent) <= sentences]
        # a shell names its meeting but not its people: only a closed or remote one can be joined,
        # never a plain in-person summit ("X attended the summit" is not a meeting)
        out = [c for c in out if not any(c is s for s in self.shells) or c.mode != "in_person"
               or c.trigger.lemma_.lower() not in self.lex["generic_event_nouns"]]
        return sorted(out, key=lambda c: c.trigger.i)

    def _attach(self, target: Candidate, named: list[str]) -> None:
        added = [p for p in named if p not in target.participants]
        target.participants.extend(added)
        # delegation members told in a later sentence: a retelling of the meeting without them
        # ("It was the first meeting between A and B") is still the same meeting
        target.delegates = getattr(target, "delegates", frozenset()) | frozenset(added)
        if any(target is s for s in self.shells) and len(target.participants) >= 2:
            self.shells[:] = [s for s in self.shells if s is not target]
            self.found.append(target)

    def _joined_noun(self, verb: Token) -> Token | None:
        """The meeting noun of "dialled in to the call", "joined the video summit"."""
        lemma = verb.lemma_.lower()
        if lemma in _DIAL_IN:
            return next((p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"), None)
        if lemma in self.lex["join_verbs"]:
            return next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                         and fold(c.text) in self.lex["interaction_nouns"]), None)
        return None

    def _joins_earlier(self, noun: Token, sent: Span) -> bool:
        """"H and I also took part in the call", "the session was chaired by D": people added to a
        meeting already told of, not a meeting of their own."""
        if self._took_part_within(noun, sent):
            return True
        verb = noun.head
        if noun.dep_ == "pobj":
            verb = verb.head
            if verb.lower_ == "part" or verb.lower_ == "present" and verb.dep_ == "acomp":
                verb = verb.head
        frame = self._joiner_frame(verb)
        if frame is None or frame[1] is None or frame[1].i != noun.i or not self._definite_meeting(noun) \
                or any(c.dep_ == "neg" for c in verb.children):
            return False
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "invite":
            return False  # "C has been invited to attend the meeting": the gathering, maybe not the talks
        named = self.who.people_of_all(frame[0], sent)
        if not named:
            return False
        earlier = [c for c in self._meetings_before(noun, sent, 6)
                   if not set(named) <= set(c.participants)]
        mode = triggers.mode_of_noun(noun, self.lex)
        if mode != "in_person" and all(c.mode == "in_person" for c in earlier):
            # "the call" further back: the one call the article has told of
            far = [c for c in self._meetings_before(noun, sent, len(self.sent_no)) if c.mode != "in_person"]
            earlier += far if len(far) == 1 and not set(named) <= set(far[0].participants) else []
        if not earlier and mode != "in_person" and any(
                set(named) <= set(c.participants) and c.mode == mode for c in self._meetings_before(noun, sent, 6)):
            # "B joined the video summit alongside C" after the summit of A, B and C: told again
            self.joined_verbs.add(verb.i)
            return True
        if not earlier:
            # "C, D and E were among those taking part in the virtual meeting": the remote meeting
            # this sentence names, with no people of its own
            own = next((c for c in self.shells if c.trigger.i == noun.i and not c.participants
                        and c.mode != "in_person"), None)
            if own is None or len(named) < 2:
                return False
            self.shells.remove(own)
            own.participants = list(named)
            if own.date is None and sent.start > 0:
                # "A hosted a videoconference on Saturday with 25 leaders. ... the virtual meeting"
                prev = self._previous_sentence(sent)
                told = next((t for t in tokens(prev) if fold(t.text) in self.lex["interaction_nouns"]
                             and triggers.mode_of_noun(t, self.lex) == own.mode), None)
                if told is not None:
                    own.date = meeting_dates(told, prev, own.status, self.published, self.lex, self.skip)[0][0]
                    if told.dep_ in ("dobj", "obj"):  # and its host
                        hosts = self.who.people_of_all(triggers.subjects_of(told.head), prev)
                        own.participants[:0] = [p for p in hosts if p not in own.participants]
            self.found.append(own)
            self.joined_verbs.add(verb.i)
            return True
        self.joined_verbs.add(verb.i)
        if any(d.lower_ in ("both", "all") for d in noun.children):
            # "C joined both calls"
            for c in earlier[-2:] if any(d.lower_ == "both" for d in noun.children) else earlier:
                self._attach(c, named)
            return True
        if noun.tag_ == "NNS" and noun.lemma_.lower() in ("meeting", "call") and mode == earlier[-1].mode:
            # "A met B on Friday and C on Saturday ... D and E attended the meetings": each meeting
            # of the one who met them all
            common = set(earlier[-1].participants)
            for c in reversed(earlier):
                if c.mode == mode and set(c.participants) & common:
                    common &= set(c.participants)
                    self._attach(c, named)
            return True
        # the same meeting: a shell, the same noun, the same remote mode ("the call"), or the
        # meeting told of with that day ("Monday's meeting"); "the summit" they attended is not a
        # meeting read before under another name
        # "the expanded session of the talks": the talks are the meeting meant
        # ("the official talks session": the talks)
        noun = next((p for d in noun.children if d.dep_ == "prep" and d.lower_ == "of" for p in d.children
                     if p.dep_ == "pobj" and fold(p.text) in self.lex["interaction_nouns"]), None) or next(
            (d for d in noun.children if d.dep_ == "compound" and d.lower_ == "talks"), noun)
        mode = triggers.mode_of_noun(noun, self.lex)
        same = [c for c in earlier if c.trigger.lemma_.lower() == noun.lemma_.lower()
                or mode != "in_person" and c.mode == mode]
        size = self._joint_size(noun)
        if size:
            # "... also took part in the trilateral talks": the meeting of three, not a bilateral
            # told after it under the same noun
            same = [c for c in earlier if len(set(c.participants)) == size] or same
        poss = next((d for d in noun.children if d.dep_ == "poss" and d.ent_type_ == "DATE"), None)
        if poss is not None:
            same = [c for c in earlier if any(t.lower_ == poss.lower_ for t in c.sent)] or same
        if not same and mode == "in_person" and noun.lemma_.lower() not in self.lex["generic_event_nouns"]:
            # "The meeting was attended by C and D" after "A met B": the in-person meeting just told
            # (not talks the joiner's own clause tells of: "C, who led the side in the talks, took part")
            meetings = [c for c in earlier if c.mode == "in_person" and c.status in ("held", "planned")
                        and (c.sent.start != sent.start or len(c.participants) >= 2)]
            near = [c for c in meetings if self._back(c, sent) <= 2]
            # a meeting with its people named rather than a noun told without them ("where the two held talks")
            same = [c for c in near if len(c.participants) >= 2] or near
            if not same:
                # a little further back, the one meeting of two or more the last sentences told of
                same = [c for c in meetings if len(c.participants) >= 2]
                same = same if len({frozenset(c.participants) for c in same}) == 1 else []
        if not same and noun.lemma_.lower() in self.lex["generic_event_nouns"] and self._held_remotely(noun, sent):
            # "A chaired the summit via video link. ... C and D attended the summit as guests": the
            # remote meeting, where attending is taking part
            remote = [c for c in earlier if c.mode == "virtual" and len(c.participants) >= 2]
            same = remote if len({frozenset(c.participants) for c in remote}) == 1 else []
        same = self._between_named(sent, earlier) or same  # "the meeting between Xi and B"
        target = self._retold(same[-1] if same else None, sent)
        target = self._continued(target) if target is not None else None
        if target is None:
            self.joined_verbs.discard(verb.i)
            return False
        for c in [target] + [c for c in same if c is not target]:
            # the same meeting told twice ("will hold their summit", "will be greeted by"): both
            if c is target or set(c.participants) == set(target.participants) and c.mode == target.mode:
                self._attach(c, named)
        return True

    def _took_part_within(self, noun: Token, sent: Span) -> bool:
        """"A and B held a meeting, followed by delegation-level talks in which C and D also took
        part": the talks continue the meeting just read, with C and D."""
        for rel in noun.children:
            if rel.dep_ != "relcl" or not any(c.dep_ == "prep" and c.lower_ == "in" and any(
                    w.tag_ == "WDT" for w in c.children) for c in rel.children):
                continue
            frame = self._joiner_frame(rel)
            if frame is None:
                continue
            named = self.who.people_of_all(frame[0], sent)
            earlier = [c for c in self.found if c.sent.start == sent.start and c.trigger.i < noun.i
                       and c.mode == "in_person"]
            if named and earlier:
                self.joined_verbs.add(rel.i)
                self._attach(earlier[-1], named)
                return True
        return False

    def _took_part(self, sent: Span, seen: set[int]) -> None:
        """"B, C and D took part.", "they are expected to take part": people of the meeting just told."""
        if not words(sent) & _JOINER_CUES:
            return
        for tok in tokens(sent):
            if tok.i in seen or tok.i in self.joined_verbs or tok.lemma_.lower() not in _JOINER_CUES:
                continue
            frame = self._joiner_frame(tok)
            if frame is None or any(c.dep_ == "neg" for c in tok.children):
                continue
            if frame[1] is not None and frame[1].lower_ == "events" \
                    and any(d.lower_ in ("the", "these", "both", "all") for d in frame[1].children):
                # "C and D attended the events": each meeting of the day the story told
                told = [c for c in self._in_person_told(sent, 8) if c.status == "held"]
                day = next((c.date for c in reversed(told) if c.date is not None), None)
                named = self.who.people_of_all(frame[0], sent)
                for c in [c for c in told if c.date in (None, day)] if named else []:
                    self._attach(c, named)
                continue
            if frame[1] is not None:
                # "C attended Monday's meeting", with a noun not read as a meeting of its own
                if frame[1].i not in seen:
                    self._joins_earlier(frame[1], sent)
                continue
            # "B, C and D took part.": a meeting whose people were not named yet, or one just told
            # (or one whose people the sentence before named: "The delegation was led by A. B also attended.")
            earlier = [c for c in self._meetings_before(tok, sent, 2) if any(c is s for s in self.shells)
                       or self._back(c, sent) <= 1 or getattr(c, "delegates", None) or self._retold_since(c, sent)]
            named = self.who.people_of_all(frame[0], sent)
            named += [p for p in self._opening_names(tok, frame[0], sent) if p not in named]
            if earlier and named:
                self.joined_verbs.add(tok.i)
                self._attach(self._continued(earlier[-1]), named)

    def _opening_names(self, verb: Token, subjects: list[Token], sent: Span) -> list[str]:
        """"Foreign Minister C and intelligence chief D also attended.": everyone the subject opening the
        sentence names (the parser may hang C's title, with C, on D's)."""
        subject = next((s for s in subjects if s.left_edge.i == sent.start), None)
        if subject is None or verb.dep_ != "ROOT" or subject.right_edge.i >= verb.i:
            return []
        return list(dict.fromkeys(m.person_id for m in self.people.mentions
                                  if sent.start <= m.start and m.end <= subject.i + 1
                                  and all(self.doc[k].dep_ in ("compound", "appos", "conj", "nsubj", "flat", "nmod")
                                          for k in range(m.start, m.end))))

    def _first_in(self, pid: str, sent: Span) -> int:
        """Where the sentence first names a person (its end when it does not)."""
        return next((m.start for m in self.people.mentions if m.person_id == pid and sent.start <= m.start < sent.end),
                    sent.end)

    def _joining_were(self, tok: Token, sent: Span) -> bool:
        """"Joining A in the talks were C and D": C and D join the meeting of A told just before."""
        aux = _inverted(tok) if tok.lemma_.lower() == "join" else None
        if aux is None:
            return False
        base = self.who.people_of_all([c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i < aux.i], sent)
        joiners = [m.person_id for m in self.people.mentions if aux.i < m.start and m.end <= sent.end]
        told = [c for c in self._in_person_told(sent, 2) if base and set(base) <= set(c.participants)]
        if not joiners or not told:
            return False
        self._attach(told[-1], [p for p in dict.fromkeys(joiners) if p not in base])
        return True

    def _during_told(self, tok: Token, sent: Span) -> Candidate | None:
        """The meeting told before that "during the meeting" on ``tok`` (or ``tok`` itself) names."""
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "during" else tok
        during = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "during"
                  for p in c.children if p.dep_ == "pobj" and self._definite_meeting(p)]
        if not during or any(self.people.at(t) for t in during[0].subtree):
            return None
        told = [c for c in self._told(sent, 6) if len(c.participants) >= 2]
        return told[-1] if told and len({frozenset(c.participants) for c in told}) == 1 else None

    def _continued(self, target: Candidate) -> Candidate:
        """"held a meeting, followed by delegation-level talks ... C and D also took part": talks
        without people of their own continue the meeting of their sentence (the shell is dropped)."""
        if target.mode != "in_person" or not any(target is s for s in self.shells):
            return target
        told = [c for c in self.found if c.sent.start == target.sent.start and c.mode == "in_person"
                and c.trigger.i < target.trigger.i]
        if not told:
            return target
        self.shells[:] = [s for s in self.shells if s is not target]
        return told[-1]

    def _back(self, c: Candidate, sent: Span) -> int:
        """How many sentences before ``sent`` meeting ``c`` was told."""
        return self._back_of(c.sent[0], sent)

    def _told(self, sent: Span, within: int) -> list[Candidate]:
        """Meetings read in the ``within`` sentences before this one."""
        return [c for c in self.found if c.sent.end <= sent.start and self._back(c, sent) <= within]

    def _in_person_told(self, sent: Span, within: int = 2) -> list[Candidate]:
        """In-person meetings held or planned in the ``within`` sentences before this one: those
        delegation members named afterwards join."""
        return [c for c in self._told(sent, within) if c.mode == "in_person" and c.status in ("held", "planned")]

    def _companions(self, sent: Span) -> None:
        """People with a meeting's parties, told in a sentence of their own: they join the in-person
        meeting of the two sentences before that those parties were at."""
        found = companions(sent, self.who)
        if not found:
            return
        recent = self._in_person_told(sent)
        further = self._in_person_told(sent, 6)
        based = {id(c) for comp in found if comp.base for c in recent if set(comp.base) <= set(c.participants)}
        for comp in found:
            told = [c for c in recent if set(comp.base) <= set(c.participants)]
            named = [c for c in further if comp.noun and c.trigger.lemma_.lower() == comp.noun]
            if named:
                told = named  # "present during the talks": the talks told before
            elif not comp.base and based:
                # "C was present on one side, while D accompanied A": the meeting A was at
                told = [c for c in told if id(c) in based]
            # the one meeting they can mean ("accompanied by C" after talks in Moscow and in Berlin: neither)
            if len({frozenset(c.participants) - getattr(c, "delegates", frozenset()) for c in told}) == 1:
                self._attach(told[-1], [p for p in comp.people if p not in comp.base])

    def _add_present(self, pres: Presence, sent: Span, here: list[Candidate]) -> None:
        """People present at the meeting read from the phrase's clause ("A met B in the presence of
        C"), at "the talks" of an earlier sentence ("The talks, held in the presence of C, ..."), or,
        from a sentence of their own ("C was also in attendance"), at the meeting just told."""
        targets: list[Candidate] = []
        told_before = pres.anchor is None and not here
        if pres.anchor is not None:
            chain_up = []
            for t in [pres.anchor, *list(pres.anchor.ancestors)[:3]]:
                chain_up.append(t)
                if fold(t.text) in self.lex["interaction_nouns"] \
                        or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "relcl"):
                    # the phrase's own meeting noun or clause ("the talks, held in the presence
                    # of C" reaches "talks"), not a meeting further up
                    break
            for t in chain_up:
                targets = [c for c in here if t.i in (c.trigger.i, c.trigger.head.i)]
                if targets:
                    break
            if not targets:
                # "A presided over the session, attended by C and D": the session A alone was said to hold
                targets = [c for c in self.shells if c.sent.start == sent.start and c.participants
                           and any(t.i in (c.trigger.i, c.trigger.head.head.i)
                                   for t in chain_up + list(chain_up[-1].ancestors)[:3])][-1:]
            if not targets and fold(chain_up[-1].text) in self.lex["interaction_nouns"] \
                    and fold(chain_up[-1].text) not in self.lex["generic_event_nouns"] \
                    and len({frozenset(h.participants) for h in here}) == 1:
                # "held a meeting followed by expanded talks, which were attended by C": a meeting
                # noun of the sentence without people of its own is part of the meeting read there
                targets = here[-1:]
            # (attending "the summit" is not being at the meeting told before); "The talks were held
            # with the participation of C": the subject of the phrase's verb
            said_of = chain_up + [c for c in chain_up[-1].children if c.dep_ in ("nsubj", "nsubjpass")]
            told_before = not targets and any(self._definite_meeting(t) and (
                fold(t.text) not in self.lex["generic_event_nouns"] or any(d.lower_ in _PART_OF_MEETING for d in t.children))
                for t in said_of)
        if not targets and not told_before and pres.anchor is not None:
            # "The summit began with a meeting in the office, followed by a luncheon attended by C":
            # the sentence tells the parts of the meeting told before
            told_before = any(t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and self._definite_meeting(t)
                              for t in tokens(sent))
        if told_before:
            told = self._in_person_told(sent)
            told = self._between_named(sent, told) or told
            targets = [self._retold(told[-1], sent)] if told else self._only_meeting_told(sent)
        for c in targets:
            self._attach(c, pres.people)

    def _held_remotely(self, noun: Token, sent: Span, sentences: int = 4) -> bool:
        """The article told of a "summit" (the noun's word) held by video in the last few sentences."""
        return any(t.lemma_.lower() == noun.lemma_.lower() and t.i < sent.start and self._back_of(t, sent) <= sentences
                   and triggers.mode_from_sentence(t, triggers.mode_of_noun(t, self.lex), self.lex) == "virtual"
                   for t in self.doc[max(0, sent.start - 400): sent.start])

    def _back_of(self, tok: Token, sent: Span) -> int:
        """How many sentences before ``sent`` the sentence of ``tok`` is."""
        here = self.sent_no.get(sent.start, 0)
        return here - self.sent_no.get(tok.sent.start, here)

    def _previous_sentence(self, sent: Span) -> Span:
        """The sentence before ``sent``, past the blank lines between paragraphs."""
        k = sent.start - 1
        while k > 0 and self.doc[k].is_space:
            k -= 1
        return self.doc[k].sent

    def _between_named(self, sent: Span, told: list[Candidate]) -> list[Candidate]:
        """Of the meetings told, those of "the meeting between Xi and B" the sentence names."""
        if "between" not in words(sent):
            return []
        between = [p for t in tokens(sent) if t.dep_ == "prep" and t.lower_ == "between"
                   and fold(t.head.text) in self.lex["interaction_nouns"]
                   for p in self.who.people_of_all([q for q in t.children if q.dep_ == "pobj"], sent)]
        return [c for c in told if len(between) >= 2 and set(between) <= set(c.participants)]

    def _retold(self, last: Candidate | None, sent: Span) -> Candidate | None:
        """The meeting ``last`` means: a meeting told again with fewer people ("In the talks, held at
        the guesthouse, A said ...") is the one of A and B told before it."""
        if last is None or len(last.participants) >= 2:
            return last
        full = [c for c in self._told(sent, 12) if len(c.participants) >= 2 and c.mode == last.mode
                and c.trigger.lemma_.lower() == last.trigger.lemma_.lower()]
        return full[-1] if full and set(last.participants) <= set(full[-1].participants) else last

    def _retold_since(self, c: Candidate, sent: Span) -> bool:
        """"A received B. The meeting, closed to the press, lasted an hour. C and D also attended": the
        sentence between tells the same meeting again ("the meeting" as its subject) and names no one."""
        prev = self._previous_sentence(sent)
        return self._back(c, sent) == 2 and self._back_of(prev[0], sent) == 1 \
            and not any(m for m in self.people.mentions if prev.start <= m.start < prev.end) \
            and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and self._definite_meeting(t)
                    for t in tokens(prev))

    def _only_meeting_told(self, sent: Span) -> list[Candidate]:
        """"A was accompanied in the expanded meeting by C" a few sentences after the one meeting of
        the story: that meeting, when the sentences before tell of no other."""
        if any(t.lemma_.lower() == "invite" or t.lemma_.lower() in self.lex["planned_cues"] for t in sent):
            return []  # "C has been invited to attend the meeting": maybe at another one
        far = self._in_person_told(sent, 6)
        return far[-1:] if len({frozenset(c.participants) for c in far}) == 1 else []

    def _group_told_again(self, sent: Span, here: list[Candidate]) -> None:
        """"The leaders of the G7 held a video summit on Friday, the first with A taking part. B hosted
        the virtual meeting, which was joined by C and D": the meeting of the group told first, now
        with its people; it keeps the day and the people the first sentence gave."""
        # (or "A took part in the virtual summit ... The online meeting brought together B, C and D";
        # "A chaired the summit via video link. B and C co-chaired the virtual meeting")
        # (or the meeting a phrase of the sentence gave its people: "B chaired the summit, attended by C")
        here = here or [c for c in self.found if c.sent.start == sent.start]
        named = {fold(c.trigger.text) for c in here if c.trigger.lemma_.lower() in self.lex["generic_event_nouns"]}
        shells = [c for c in self.shells if len(c.participants) <= 1 and not c.trigger._.in_quote and (
            (getattr(c, "of_group", False) or triggers.in_part_of(c.trigger)) and self._back(c, sent) == 1
            # "A and the leaders of the region met for the summit. B chaired the summit, attended by C and D"
            or c.participants and fold(c.trigger.text) in named and self._back(c, sent) == 1
            # (a summit chaired by video may be described in a sentence between)
            or c.mode != "in_person" and (triggers.hosted(c.trigger) or triggers.hosts_of(c.trigger))
            and 1 <= self._back(c, sent) <= 2)]
        told = [c for c in here if len(c.participants) >= 2 and self._definite_meeting(c.trigger)]
        if not shells or len(told) != 1:
            return
        shell, c = shells[-1], told[0]
        if shell.mode != c.mode or shell.status != c.status:
            return
        self.shells.remove(shell)
        c.participants.extend(p for p in shell.participants if p not in c.participants)
        c.date = shell.date or c.date
        c.place = c.place or shell.place

    def _spoken_at_meeting(self, tok: Token, sent: Span, everyone: list[str]) -> bool:
        """"He then held talks with A, B and C. ... adding that he had spoken to the three leaders
        with great frankness": what was said at the meeting just told, not a call."""
        if tok.lemma_.lower() not in ("speak", "talk") or triggers.means(tok) \
                or words(sent) & {"phone", "telephone", "telephoned", "call"} \
                or not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children):
            return False
        met = {p for c in self._told(sent, 2) if c.mode == "in_person" and c.status == "held" for p in c.participants}
        return bool(everyone) and set(everyone) <= met

    def _and_with(self, c: Candidate, sent: Span) -> Candidate | None:
        """"will hold talks with A in Hanoi on Sunday and with B in Bangkok on Monday": a second
        meeting, with its own guest, place and day (the parser hangs the second "with" on a phrase
        of the first)."""
        trig = c.trigger
        verb = trig.head if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ in ("dobj", "obj") else trig
        # (or on the verb itself: "held talks with his counterpart and with B")
        second = next((t for t in tokens(sent) if t.lower_ == "with" and t.dep_ == "conj" and (
            t.head.dep_ == "prep" and t.head.head.i in (verb.i, trig.i) or t.head.i == verb.i != trig.i)), None)
        if second is None:
            return None
        guests = self.who.people_of_all([p for p in second.children if p.dep_ == "pobj"], sent)
        first = [p for w in (*trig.children, *verb.children) if w.dep_ == "prep" and w.lower_ == "with"
                 for p in self.who.people_of_all([q for q in w.children if q.dep_ == "pobj"], sent)]
        hosts = [p for p in c.participants if p not in first and p not in guests]
        if not guests or not first or not hosts or len([p for p in c.participants if p not in guests]) < 2:
            return None
        day = None
        for e in sent_ents(sent):
            if e.label_ != "DATE" or e.start < second.i:
                continue
            shift = day_shift(e.text)  # "and with B a day later"
            if shift is not None and c.date is not None and c.date.is_day:
                moved = c.date.lo + timedelta(days=shift)
                day = dates_mod.DateRange(moved, moved)
            else:
                day = dates_mod.resolve(e.text, self.published, "future" if c.status != "held" else "past")
            break
        place = next((ref for span, ref in places_in(sent, self.gz, skip_before=self.skip)
                      if second.i <= span.start), None)
        c.participants[:] = [p for p in c.participants if p not in guests]  # read as one list before
        return replace(c, participants=[*hosts, *guests], date=day or c.date, place=place or c.place, merged=[])

    def _video_summit_gathered(self, sent: Span, here: list[Candidate]) -> None:
        """"The G20 summit, held by video conference ... It brought together the leaders of the
        member states, including A, B and C": everyone named at the remote summit told just before
        (leaders merely at the same summit in person have not met)."""
        if here:
            return
        for verb in tokens(sent):
            if verb.lemma_.lower() not in ("bring", "gather", "unite") or verb.pos_ != "VERB" or verb._.in_quote \
                    or verb.lemma_.lower() == "bring" and not any(c.lower_ == "together" for c in verb.children):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ != "it" and not (self._definite_meeting(subj) and not self.people.at(subj)):
                continue
            shell = next((c for c in reversed(self.shells) if c.mode != "in_person" and not c.trigger._.in_quote
                          and 0 <= self._back(c, sent) <= 4), None)
            objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            named = [m.person_id for m in self.people.mentions for o in objs
                     if o.left_edge.i <= m.start and m.end - 1 <= o.right_edge.i]
            named = list(dict.fromkeys(named))
            if shell is None or len(named) < 2:
                continue
            self.shells.remove(shell)
            shell.participants.extend(p for p in named if p not in shell.participants)
            here.append(shell)
            self.found.append(shell)
            return

    def _told_by_its_outcome(self, sent: Span, here: list[Candidate]) -> None:
        """"A and B agreed Monday to ... / The meeting, held in Hangzhou after the summit, came amid
        ...": a lead telling what two named people agreed, then the meeting it came from, with no
        people of its own."""
        if here or sent.start == 0:
            return
        shells = [c for c in self.shells if c.sent.start == sent.start and not c.participants
                  and c.mode == "in_person" and not c.trigger._.in_quote
                  and any(d.lower_ in ("the", "their") for d in c.trigger.children)]
        prev = self._previous_sentence(sent)
        if not shells or any(c.sent.start == prev.start for c in self.found + self.shells):
            return
        for verb in tokens(prev):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _OUTCOME_VERBS or verb._.in_quote:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i < self.skip:  # "HANGZHOU, Sept. 5 Kyodo - A and B agreed"
                subj = next((t for t in subj.subtree if t.i >= self.skip > t.head.i), None)
            named = self.who.people_of_all([subj], prev) if subj is not None and self.people.at(subj) else []
            if len(named) < 2:
                continue
            shell = shells[0]
            self.shells.remove(shell)
            shell.participants = list(named)
            if shell.date is None:
                shell.date = meeting_dates(verb, prev, shell.status, self.published, self.lex, self.skip)[0][0]
            here.append(shell)
            self.found.append(shell)
            return

    def _group_named(self, sent: Span, here: list[Candidate]) -> None:
        """"The Arctic Four leaders met in Tokyo on Tuesday. A, B, C and D pledged ...": the leaders
        of a meeting told as a group, named in the next sentence as the subject of a verb of their own."""
        if here:
            return
        shells = [c for c in self.shells if getattr(c, "of_group", False) and len(c.participants) <= 1
                  and not c.trigger._.in_quote
                  and self._back(c, sent) == 1]
        if not shells:
            return
        for tok in tokens(sent):
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok._.in_quote or not self.people.at(tok) \
                    or tok.head.lemma_.lower() in self.lex["report_verbs"]:
                continue
            named = [p for p in self.who.people_of_all([tok], sent) if p not in shells[-1].participants]
            if len(named) < 2:
                continue
            shell = shells[-1]
            if shell.participants and _separate_meetings(shell.trigger):
                # "bilateral meetings with the leaders of B, C and D. B, C and D were among those he met"
                self.shells.remove(shell)
                self.found.extend(replace(shell, participants=[*shell.participants, p], merged=[]) for p in named)
            else:
                self._attach(shell, named)
            return

    def _delegation_included(self, sent: Span) -> None:
        """"The Russian delegation included Foreign Minister A and Defence Minister B": delegation
        members of the in-person meeting told in the last two sentences."""
        cues = words(sent)
        if not cues & _DELEGATION or not cues & _INCLUDE:
            return
        for tok in tokens(sent):
            if tok.lemma_.lower() not in _INCLUDE or tok.pos_ != "VERB" or tok._.in_quote \
                    or any(c.dep_ == "neg" for c in tok.children):
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ not in _DELEGATION | _SIDES:
                continue
            named: list[str] = []
            for o in tok.children:
                if o.dep_ in ("dobj", "obj"):
                    for t in o.subtree:
                        pid = self.people.at(t)
                        if pid and pid not in named:
                            named.append(pid)
            earlier = self._in_person_told(sent)
            if named and earlier:
                # "A's group met B a day after they held talks with C. The delegation included D":
                # D was at every meeting of that sentence the group's head was at
                # ("The delegation at the council included": the one meeting it names)
                last = earlier[-1]
                anchored = any(c.dep_ == "prep" for c in subj.children)
                for c in earlier:
                    if c is last or not anchored and c.sent.start == last.sent.start \
                            and set(c.participants) & set(last.participants):
                        self._attach(c, named)

    def _delegations_led(self, sent: Span) -> None:
        """"The Ukrainian delegation was led by A, while the Russian side was headed by B" (or
        "represented by"): the heads of the delegations whose talks were just told, named only now."""
        cues = words(sent)
        if not cues & (_DELEGATION | _SIDES) or not cues & {"lead", "led", "head", "headed", "represented"}:
            return
        named: list[str] = []
        for tok in tokens(sent):
            if tok.lemma_.lower() not in ("lead", "head", "represent") or tok.tag_ != "VBN" or tok._.in_quote:
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            if subj is None or agent is None or subj.lower_ not in _DELEGATION | _SIDES:
                continue
            for p in agent.children:
                if p.dep_ == "pobj":
                    ids, _ = self.who.people_of(p, set(named), sent)
                    named += [i for i in ids if i not in named]
        if not named:
            return
        told = [c for c in self.found + self.shells if c.sent.end <= sent.start and c.mode == "in_person"
                and (self._back(c, sent) <= 2 and words(c.sent) & _GROUPS
                     or self._back(c, sent) == 1 and len(c.participants) >= 2)]
        if told:
            self._attach(max(told, key=lambda c: c.trigger.i), named)

    def _present_at(self, sent: Span) -> None:
        """"A, B and C were present at the meeting": delegation members of a meeting already
        reported, the one named by the same noun when there is one."""
        if not words(sent) & _PRESENT:
            return
        for tok in tokens(sent):
            seen = tok.lower_ == "seen" and any(c.dep_ == "auxpass" for c in tok.children)  # "were seen at the meeting"
            if tok.lower_ not in ("present", "attendance") and not seen or tok._.in_quote:
                continue
            verb = tok.head if tok.dep_ in ("acomp", "pobj", "prep") else tok
            while verb.dep_ == "prep" and verb.head is not verb:
                verb = verb.head
            noun = self._the_meeting(tok, verb)
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if noun is None or subj is None or any(c.dep_ == "neg" for c in [*tok.children, *verb.children]):
                continue
            if _gathering_of_a_body(noun, sent):
                continue
            named, _ = self.who.people_of(subj, set(), sent)
            # "A's daughter B and her husband, C, were seen at the meeting": the names in apposition
            named += [p for t in subj.subtree if t.dep_ == "appos" and t.head.dep_ == "conj"
                      for p in self.who.people_of_all([t], sent) if p not in named]
            along = [p for c in verb.children if c.dep_ in ("advmod", "prep") and c.lower_ in ("along", "together")
                     for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                     for p in w.children if p.dep_ == "pobj"]  # ", along with C"
            named += [p for p in self.who.people_of_all(along, sent) if p not in named]
            earlier = [c for c in self.found if c.sent.end <= sent.start and sent.start - c.sent.end < 300
                       and c.status == "held"]
            same = [c for c in earlier if c.trigger.lemma_.lower() == noun.lemma_.lower()]
            target = (self._between_named(sent, earlier) or same or earlier or [None])[-1]
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

    def _separate(self, trig: Token, noun: Token | None, subj: list[str], obj: list[str], mode: str = "in_person"
                  ) -> bool:
        """"held discussions with A, B and C": one bilateral per pair, unless called joint."""
        if len(obj) < 2 or len(subj) != 1:
            return False
        n = noun
        if n is None:
            # "hosted A and B for separate meetings"
            n = next((p for c in trig.children if c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ == "for"
                      for p in ([c] if c.dep_ != "prep" else c.children)
                      if fold(p.text) in self.lex["interaction_nouns"]), None)
        if "respectively" in words(trig.sent):
            return True  # "met with Presidents A and B, respectively"
        if n is not None and any(c.dep_ == "amod" and c.lower_ == "separate" for c in n.children):
            return True  # "held separate bilateral talks with A and B, a day before the trilateral summit"
        folded = {fold(t.text) for t in trig.sent}
        if folded & self.lex["joint_words"]:
            return False
        if {fold(t.text) for t in triggers.own_words(trig)} & _SEPARATELY:
            return True  # "met separately with A and B"
        if mode == "call" and noun is None and not folded & {"conference", "group", "four", "three"}:
            return True  # "was to speak with A and B": a phone call is one pair
        if "sidelines" in folded and noun is None:
            return True  # "on the sidelines of the summit, A met B, C and D": bilaterals
        n = noun
        if n is None:
            n = next((c for c in trig.children if c.dep_ in ("dobj", "obj")
                      and fold(c.text) in self.lex["interaction_nouns"]), None)
        return n is not None and fold(n.text) in self.lex["separate_pair_nouns"]
