"""Whether a meeting took place, is planned or was called off, read from the words that govern its
trigger: tense, "expected to", "scheduled", "called off", negation. Speculation, invitations and
proposals ("could meet", "the possibility of a meeting") give no status, and so no interaction.
"""

from __future__ import annotations

from spacy.tokens import Token

from ingest.extract.gazetteer import fold
from ingest.extract.triggers import TRIP_NOUNS

FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "’ll"}
MODAL_SPEC = {"could", "might", "may", "can", "should", "must"}
HAPPEN = {"take", "be", "happen", "occur", "last", "end", "begin", "start", "conclude", "open", "resume", "wrap", "continue"}
RESCHEDULE = {"move", "reschedule", "shift", "bring"}
RELATIVE_TIME = {"ahead", "before", "after", "following", "prior", "since", "until"}


def chain(trig: Token, lex: dict) -> list[Token]:
    """The trigger and the words that govern its tense and modality: "expected to meet", "is due to
    meet", "the possibility of a meeting", "called off his planned meeting". The climb stops at
    reporting verbs and at clauses of their own."""
    out = [trig]
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
            if dep in ("xcomp", "acomp", "aux", "auxpass") or dep == "pcomp" and head.pos_ == "ADP":
                nxt = head  # "expected to meet", "looked forward to meeting"
            elif dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                nxt = head  # "was due to stop in Rome to meet B": the purpose of the trip
            elif dep == "advcl" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "to" \
                    and tok.doc[tok.i - 1].head.pos_ == "ADJ" and tok.doc[tok.i - 1].head.head.i == head.i:
                nxt = tok.doc[tok.i - 1].head  # "had been due to host B", "to" read as a preposition of "due"
            elif dep == "conj" and tok is trig and tok.tag_ in ("VB", "VBP") and head.pos_ == "VERB" and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children) and any(
                    c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in head.children):
                nxt = head  # "will hold talks with A and call on B": the first verb's tense
            elif dep == "conj" and head.pos_ == "VERB" and _infinitive(tok) and _infinitive(head) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                nxt = head  # "was due to travel to Paris to open a centre and to hold talks with B"
            elif dep == "ccomp" and (head.lemma_.lower() in lex["planned_cues"]
                                     or head.lemma_.lower() in lex["speculative_cues"]):
                nxt = head
            elif dep in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
                nxt = head  # "a call ... planned for Friday was scrapped", "planned" read as a subject
            elif dep == "relcl" and head.pos_ == "NOUN" and head.lemma_.lower() in TRIP_NOUNS:
                nxt = head  # "the visit, during which he was to meet B, has been postponed"
            elif dep == "acl" and head.pos_ == "NOUN" and word_forms(head) & (
                    lex["planned_cues"] | lex["speculative_cues"]):
                nxt = head  # "plans to meet", "no intention of meeting"
            elif dep == "acl" and tok.tag_ == "VBN" and tok is trig and head.pos_ == "NOUN" \
                    and any(c.dep_ == "agent" for c in tok.children) and head.dep_ in ("pobj", "dobj", "obj"):
                nxt = head  # "will open with a session joined by B": the session's own tense
            else:
                break
        elif tok.pos_ in ("ADP", "ADV", "PART"):
            if tok.lower_ in RELATIVE_TIME:
                break
            nxt = head
        else:
            break
        if nxt.lemma_.lower() in lex["report_verbs"]:
            break
        out.append(nxt)
        tok = nxt
    return out


_HABITUAL = {"regularly", "periodically", "annually", "frequently", "routinely", "often", "monthly", "yearly"}


def _counterfactual(verb: Token) -> bool:
    """"was to have hosted", "would have been": a plan told as one that did not happen."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and "have" in aux and ("to" in aux or "would" in aux)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def after_clause(trig: Token) -> bool:
    """"... after a trilateral meeting involving A, B and C": a meeting that already happened."""
    return trig.dep_ == "pobj" and trig.head.lower_ in ("after", "following")


def word_forms(tok: Token) -> set[str]:
    """The token, its lemma and naive stems: the lemmatizer reads "hoped" as "hop"."""
    word = tok.lower_
    forms = {word, tok.lemma_.lower()}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms.update((stem, stem + "e"))
    return forms


def _new_date(verb: Token) -> bool:
    """"postponed to next month", "moved to Sunday", "rescheduled for March 3"."""
    return any(c.dep_ in ("prep", "prt") and c.lower_ in ("to", "until", "till", "for")
               and any(t.ent_type_ == "DATE" for t in c.subtree) for c in verb.children)


def _negation(tok: Token) -> bool:
    """"not", "never", "no longer"."""
    return tok.dep_ == "neg" or tok.lower_ == "never" or tok.lower_ == "longer" and any(
        c.lower_ == "no" for c in tok.children)


def _copula(verb: Token) -> bool:
    """"the meeting was the centrepiece of the visit": a description of the meeting, not its news."""
    return verb.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children)


def _be_to(links: list[Token]) -> bool:
    """"he was to meet B", "the leaders are to hold talks": a meeting arranged in advance."""
    return any(t.lemma_.lower() == "be" and any(
        c.dep_ == "xcomp" and c in links and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in t.children) for t in links)


def _called_off_above(top: Token, lex: dict) -> bool:
    """"A gathering planned for September in Leipzig, where Merkel was to host Xi, was called off",
    "scrapped a visit by his aides, who were due to hold talks with B": a plan told in a relative
    clause inside the subject or object of a verb of cancelling is called off too."""
    if top.dep_ != "relcl":
        return False
    cur = top.head
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return False
        # (an apposition to the object is often read as "npadvmod" of the verb)
        if cur.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "npadvmod") and head.pos_ == "VERB":
            return cancels(head, lex) and not _new_date(head) and not any(_negation(c) for c in head.children)
        if head.pos_ in ("VERB", "AUX") and cur.dep_ not in ("pobj", "prep", "acl", "appos", "compound", "conj"):
            return False
        cur = head
    return False


def cancels(verb: Token, lex: dict) -> bool:
    """"called off", "postponed", "scrapped": a verb of cancelling, alone or with its particle."""
    lem = verb.lemma_.lower()
    if lem in lex["cancel_verbs"]:
        return True
    prts = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    return any(lem == v and p in prts for v, p in lex["cancel_phrasal"])


def read_status(trig: Token, noun: Token | None, lex: dict) -> tuple[str | None, bool]:
    """("held" | "planned" | "cancelled" | "present" | None, weak). "present" is settled by the
    date; weak marks a status inferred from a bare noun or a default."""
    links = chain(trig, lex)
    if after_clause(trig):
        return "held", False
    if trig.pos_ == "NOUN":
        # "confirmed the talks that A will hold with B": the tense of the clause that holds them
        links = links + [c for c in trig.children if c.dep_ == "relcl" and c.lemma_.lower() in lex["light_verbs"]]
    last = links[-2] if len(links) >= 2 and links[-1].pos_ == "ADP" else links[-1]
    if last.dep_ == "pcomp" and last.tag_ == "VBG" and last.head.lower_ in ("before", "after") \
            and last.head.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "aux") for c in last.children) \
            and last.head.head.lemma_.lower() not in lex["planned_cues"] | lex["report_verbs"]:
        # "is due to visit Samoa on Saturday, before travelling to Suva for a meeting with B": a
        # gerund of time has the tense of the clause it hangs on
        verb = last.head.head
        links = links + chain(verb, lex) + [c for c in verb.children if c.dep_ in ("acomp", "xcomp")
                                            and c.lemma_.lower() in lex["planned_cues"]]
    # "In separate phone calls, A urged B and C to ...": the verb tells what was said in the
    # meeting, not a wish for one; in the past, the meeting took place
    said_in = noun.head.head if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") \
        else None
    if said_in is not None and said_in.dep_ == "xcomp" and said_in.head.lemma_.lower() in lex["telling_verbs"]:
        said_in = said_in.head  # "invited B to visit during a phone conversation"
    if said_in is not None and said_in.lemma_.lower() not in lex["telling_verbs"]:
        said_in = None
    if said_in is not None and said_in.tag_ == "VBD":
        return "held", False  # "In their talks, the two leaders agreed to ..."
    lemmas = [t.lemma_.lower() for t in links]
    kids = [c for t in links for c in t.children]
    kid_words = {fold(c.text) for c in kids}
    # cancelled: "called off", "postponed", "scrapped", "the summit's cancellation"
    for t in links:
        # postponed or moved to a new date: still planned
        if t.lemma_.lower() in RESCHEDULE and _new_date(t):
            return "planned", False
        if cancels(t, lex) or fold(t.text) in lex["cancel_nouns"]:
            return ("planned" if _new_date(t) else "cancelled"), False
    if any(fold(c.text) in lex["cancel_nouns"] or c.dep_ == "amod" and c.lemma_.lower() in lex["cancel_verbs"]
           for c in kids):
        return "cancelled", False  # "the summit's cancellation", "the cancelled talks"
    if any(c.dep_ in ("ccomp", "conj") and c.lemma_.lower() in lex["cancel_verbs"]
           and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") for g in c.children)
           for c in kids if c.pos_ == "VERB"):
        return "cancelled", False  # "a call planned for Friday (but) was scrapped"
    if any(t.lower_ in ("without", "instead") for t in links):
        return None, False  # "left without meeting B"
    spec = lex["speculative_cues"]
    if any(word_forms(t) & spec for t in links[1:] if said_in is None or t.i != said_in.i):
        return None, False
    if kid_words & MODAL_SPEC or any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in kids):
        return None, False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
           for c in kids):
        return None, False  # "he would call Putin if needed": a condition, not a plan
    if any(c.dep_ in ("acomp", "attr") and word_forms(c) & spec for c in kids):
        return None, False  # "a meeting ... was possible but unlikely"
    if noun is not None and any(fold(c.text) in spec for c in noun.children):
        return None, False
    if any(c.dep_ == "det" and c.lower_ == "no" for t in links if t.pos_ == "NOUN" for c in t.children):
        return None, False  # "no meeting is planned", "there are no plans to meet"
    if any(t.lemma_.lower() in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in t.children)
           for t in links[1:]):
        return None, False  # "has yet to speak with B", "is yet to meet B": it has not happened
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for t in links for c in t.children):
        return None, False  # "the three ministers would meet regularly": no one meeting
    if any(c.lower_ == "times" and any(n.dep_ == "nummod" for n in c.children) for t in links for c in t.children):
        return None, False  # "had spoken by phone five times since ...": several contacts, none told
    if any(_counterfactual(t) or t.dep_ == "conj" and _counterfactual(t.head) for t in links):
        return "cancelled", False  # "was to have been received by B", "would have been ... and was to include"
    negated = any(_negation(c) for t in links for c in t.children if t.pos_ in ("VERB", "AUX"))
    future = bool(kid_words & FUTURE_AUX) or any(
        l in lex["planned_cues"] for l in lemmas[1:]) or (
        noun is not None and any(fold(c.text) in lex["planned_cues"] for c in noun.children))
    if noun is not None and trig.dep_ == "pobj" and trig.head.lower_ in ("during", "at") and future \
            and not kid_words & FUTURE_AUX and not any(fold(c.text) in lex["planned_cues"] for c in noun.children):
        # "agreed to resume talks during their summit": the plan is made at the summit, which is held
        future = False
    if "going" in {fold(t.text) for t in links} and "to" in kid_words or _be_to(links):
        future = True
    if negated:
        # "will not meet", "has decided not to hold a summit with B": ruled out
        return ("cancelled", False) if future or "decide" in lemmas[1:] else (None, False)
    if future and any(c.dep_ == "aux" and c.lower_ == "had" for t in links for c in t.children):
        # "had been scheduled to meet", "had been due to meet": a plan overtaken by events
        return "cancelled", False
    if future and _called_off_above(links[-1], lex):
        return "cancelled", False
    if future:
        return "planned", False
    if noun is not None and any(fold(c.text) in lex["held_cues"] for c in noun.children if c.dep_ == "amod"):
        return "held", False
    verbs = [t for t in links if t.pos_ in ("VERB", "AUX")]
    for v in verbs:
        tags = {v.tag_} | {c.tag_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if tags & {"VBD", "VBN"} or {c.lemma_.lower() for c in v.children if c.dep_ == "aux"} & {"have"}:
            return "held", noun is not None and v is not trig and v.lemma_.lower() not in lex["light_verbs"] \
                and (v.lemma_.lower() not in HAPPEN or _copula(v))
        if tags & {"VBG"} and any(c.lemma_.lower() == "be" for c in v.children if c.dep_ == "aux"):
            return "present", noun is not None
        if tags & {"VBZ", "VBP"}:
            return "present", noun is not None
        if v.tag_ == "VB" and any(c.lower_ == "to" for c in v.children):
            continue
        if v.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
            return "present", noun is not None  # headline present ("Putin and Xi meet Thursday")
    top = links[-1]
    if noun is not None or trig.pos_ == "NOUN":
        said = top.head.head if top.dep_ == "pobj" and top.head.dep_ == "prep" else None
        if said is not None and said.lemma_.lower() in lex["report_verbs"] and any(
                c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in c.children)
                for c in said.children):
            # "A and B will meet in Vienna on May 3, the palace said, in the first summit
            # between the two": the summit the statement announces
            return "planned", True
    return "held", True
