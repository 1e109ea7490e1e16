"""Which countries the text says are members of an organisation.

A statement is a list of country names (one name or several joined by commas and "and") with a
membership cue on one side of it:

* before the list: "ORG groups / comprises / includes / brings together / is made up of ...",
  "Members of ORG include ...", "The bloc's members are ...", "Member states include ...",
  "ORG, whose members are ...", "NATO member Turkey", "founded in 2001 by China and Russia",
  "ORG - A, B and C -", "ORG groups 15 countries including ...", "ORG, of which A is a member";
* after the list: "... are (all) members of ORG", "..., a fellow member of ORG,", "... is a
  long-standing NATO member", "..., another NATO member,", "... belong to / make up / form / are
  part of ORG";
* an acronym expansion: "BRICS (Brazil-Russia-India-China-South Africa)", "the ALBA bloc (...)";
* "As a founding NATO member, Canada's ...", "As a member of the EU, Poland ...";
* a completed entry, read from the parse: "Finland joined NATO", "ORG, which the DRC joined in
  2022", "Sweden became NATO's 32nd member", "was admitted as ASEAN's 11th member", "China and
  Russia founded the SCO", "was readmitted to ORG", "the league voted to restore Syria's seat" (not
  "hopes to join", "will become", nor an entry the sentence says was undone);
* "They are also members of ORG" after a sentence whose subject is the countries ("Both countries"
  may take the subjects of its clauses), and "C and D are also members" after a sentence naming
  one organisation;
* a list that goes on from a membership just stated: "A and B are members of ORG, together with C
  and D", "one of five members of ORG alongside C", "A and B are, along with C, the three members
  of ORG", "the other members being C and D", "A joins B and C as members of ORG".

An organisation's own word for its members is data in ``organizations.json`` ("member_terms"): the
EAC's "partner states" are members, where another body's partner states are not.

An aside between the organisation and its cue is passed over ("ORG, founded in 1991, consists of").
A country the same sentence then calls suspended, an observer or the like is dropped. "The G20
summit brought together ..." lists attendees, not members.

"The organisation", "the bloc", "its" and "whose" stand for the organisation named last before (else
first after); "the forum", "the league", "the union" for the nearest one of that kind. Observers, partners, candidates, applicants, invitees and former members are not
members: a negative word between the list and the cue drops the statement. The cue phrases and the
negative words are data in ``lexicon.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ingest.extract.doc_index import doc_ents, doc_text, doc_tokens, sent_ents, tokens, words
from ingest.extract.gazetteer import Gazetteer, fold
from ingest.extract.places import dateline_end, hung_on_dateline
from ingest.extract.triggers import own_words
from ingest.ids import slug

_LIST_GLUE = {",", "and", "&", "plus", ", and"}
_BE = {"is", "are", "was", "were", "remain", "remains", "be", "been", "have", "has"}
_QUANT = {"all", "both", "each", "now", "also", "currently", "already", "still", "among", "the"}
_MEMBER = {"member", "members"}
_MEMBER_NOUNS = {"states", "state", "countries", "country", "nations", "nation", "economies"}
_BODIES = {"parliaments", "governments", "peoples", "legislatures", "leaders", "heads"}  # "the parliaments of A and B"
_WINDOW = 14  # tokens searched to the left of a cue for the organisation


@dataclass
class Found:
    country_id: str
    org_id: str
    sent: Span
    confidence: float
    org_name: str | None = None  # for an organisation the gazetteer does not know
    org_acronym: str | None = None


@dataclass
class _Org:
    id: str
    name: str
    acronym: str | None
    known: bool


# ---------------------------------------------------------------- names in the text


def _list_cues(gz: Gazetteer) -> list[tuple[str, ...]]:
    # longest first, in a fixed order: the lexicon loads them as a set
    cues = {tuple(c.split()) for c in gz.lexicon["membership_list_cues"]} | _MORE_LIST_CUES
    return sorted(cues, key=lambda c: (-len(c), c))


_MORE_LIST_CUES = {("groups", "together"), ("group", "together"), ("gathers", "together"), ("unites", "together"),
                   ("have", "been"), ("has", "been")}


def _member_terms(gz: Gazetteer) -> dict[tuple[str, ...], frozenset[str]]:
    """An organisation's own word for its members, stored with it ("member_terms"): the EAC's
    "partner states", which for another body ("NATO's partner states") name non-members."""
    terms: dict[tuple[str, ...], set[str]] = {}
    for org in gz.orgs.values():
        for term in org.member_terms:
            terms.setdefault(tuple(fold(term).split()), set()).add(org.id)
    return {t: frozenset(ids) for t, ids in terms.items()}


def _cue_words(gz: Gazetteer) -> frozenset[str]:
    return frozenset({w for c in _list_cues(gz) for w in c} | _MEMBER | {
        "by", "belong", "belongs", "bloc", "group", "grouping", "alliance", "organisation", "organization", "join"})


def _country_at(tok: Token, gz: Gazetteer) -> tuple[str | None, int] | None:
    """(country id, index after the name) for a country name starting at ``tok``; the id is None
    for a place entity the gazetteer does not know (kept so that a list runs on over it)."""
    if not tok.text[:1].isupper() and tok.lower_ != "the":
        return None
    doc = tok.doc
    if tok.ent_iob_ == "B" and tok.ent_type_ in ("GPE", "NORP", "ORG", "LOC"):
        i = tok.i
        while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
            i += 1
        span = doc[tok.i: i + 1]
        cid = gz.country_name_only(span.text)
        if cid:
            return cid, i + 1
        if tok.ent_type_ == "GPE" and not span.ent_id_ and tok.text[:1].isupper():
            return None, i + 1
    cid = gz.country_name_only(tok.text)
    if cid and tok.text[:1].isupper():
        return cid, tok.i + 1
    return None


def _past_region_phrase(doc: Doc, i: int, end: int, gz: Gazetteer) -> int:
    """Where a list goes on after "the Central Asian states of" / "the Baltic nations of" (a list
    item that names a group of the countries that follow); ``i`` when there is none."""
    j = i + 1 if doc[i].lower_ == "the" else i
    k = j
    while k < end and k - j < 4 and doc[k].lower_ not in _MEMBER_NOUNS and (
            doc[k].text[:1].isupper() or doc[k].like_num or doc[k].lower_ == "other"):
        k += 1
    if (k + 2 < end and doc[k].lower_ in _MEMBER_NOUNS and doc[k].lower_.endswith("s")
            and doc[k + 1].lower_ == "of" and _country_at(doc[k + 2], gz)):
        return k + 2
    return i


def _country_list(doc: Doc, start: int, end: int, gz: Gazetteer) -> tuple[list[str], int]:
    """Country names listed from ``start`` on, and the index where the list ends."""
    out: list[str] = []
    i = last = start
    while i < end:
        if doc[i].lower_ == "the" and i + 1 < end and _country_at(doc[i + 1], gz):
            i += 1
        if out:
            i = _past_region_phrase(doc, i, end, gz)
        hit = _country_at(doc[i], gz)
        if hit is None:
            break
        if hit[0] and hit[0] not in out:
            out.append(hit[0])
        i = last = hit[1]
        while i < end:
            if i + 2 < end and doc[i].text == "," and doc[i + 1].lower_ == "like" and _country_at(doc[i + 2], gz):
                i += 2  # "Kazakhstan, like Russia, is a member of ..."
            elif i + 3 < end and doc[i].text == "," and doc[i + 1].lower_ == "which" and doc[i + 2].lower_ == "like" \
                    and _country_at(doc[i + 3], gz):
                i += 3  # "Qatar, which like Oman is a member of ..."
            elif (at := _inserted_along(doc, i, end, gz)) is not None:
                i = at  # "Kenya and Uganda, along with Tanzania, are members of ..."
            elif doc[i].lower_ in _LIST_GLUE:
                i += 1
            elif i + 2 < end and [t.lower_ for t in doc[i: i + 3]] == ["as", "well", "as"]:
                i += 3
            else:
                break
    return out, last


def _org_of(tok: Token, gz: Gazetteer) -> _Org | None:
    """The organisation an ORG entity token names, known to the gazetteer or not."""
    if tok.ent_type_ != "ORG":
        return None
    ent_id = tok.ent_id_ or ""
    if ent_id.startswith("org:"):
        return _known_org(gz, ent_id.split(":", 1)[1])
    span = _ent_span(tok)
    text = span.text
    if text.lower().startswith("the "):
        text = text[4:]
    text = re.sub(r"['’]s$", "", text).strip()
    if not text or gz.country(text) or not any(c.isupper() for c in text):
        return None
    if fold(text) in gz.lexicon["group_words"] or fold(text) in _MORE_GROUP_WORDS:
        return None  # "the Group's members": the body told before, not one called "Group"
    if fold(text).startswith(_GATHERED_NOT_BODIES):
        return None  # "the Summit of Heads of State and Government": who meet, not a body with members
    acronym = None
    nxt = span.end
    doc = tok.doc
    if nxt + 2 < len(doc) and doc[nxt].text == "(" and doc[nxt + 2].text == ")" and doc[nxt + 1].text.isupper():
        acronym = doc[nxt + 1].text
    return _Org(slug(text), text, acronym, False)


def _ent_span(tok: Token) -> Span:
    doc = tok.doc
    i = tok.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    j = tok.i
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    return doc[i: j + 1]


def _named_orgs(doc: Doc, gz: Gazetteer) -> list[tuple[int, _Org]]:
    """Organisations named in the text: the gazetteer's, and others whose name ends in a word such
    as "Forum" or "Community"."""
    heads = gz.lex("org_head_words")
    out = []
    for ent in doc_ents(doc):
        if ent.label_ != "ORG":
            continue
        if ent.ent_id_.startswith("org:") or (not ent.ent_id_ and fold(ent[-1].text) in heads):
            org = _org_of(ent[0], gz)
            if org is not None:
                out.append((ent.start, org))
    return out


# ---------------------------------------------------------------- the reader


class _Reader:
    def __init__(self, doc: Doc, gz: Gazetteer):
        self.doc = doc
        self.gz = gz
        lex = gz.lexicon
        self.negative = lex["membership_negative"]
        self.group_words = frozenset(lex["group_words"]) | _MORE_GROUP_WORDS
        self.list_cues = gz.derived("membership list cues", _list_cues)
        self.named = _named_orgs(doc, gz)
        # a statement needs one of these words or an organisation's name
        self.cue_words = gz.derived("membership cue words", _cue_words)
        self.terms = gz.derived("member terms", _member_terms)
        self.term_words = self.term_tokens()
        self.found: list[Found] = []

    def member_term(self, i: int, sent: Span) -> tuple[int, frozenset[str]] | None:
        """Where an organisation's own term for its members ("partner states") starting at ``i``
        ends, and the organisations that use it."""
        for term, orgs in self.terms.items():
            n = len(term)
            if i + n <= sent.end and all(fold(self.doc[i + m].text) == w for m, w in enumerate(term)):
                return i + n, orgs
        return None

    def term_tokens(self) -> dict[int, frozenset[str]]:
        """The words of a member term in a sentence naming an organisation that uses it (not a
        negative word there: "the EAC's partner states"), each with the organisations it is for."""
        out: dict[int, frozenset[str]] = {}
        if not self.terms:
            return out
        for sent in self.doc.sents:
            named = {o.id for i, o in self.named if sent.start <= i < sent.end}
            for i in range(sent.start, sent.end):
                hit = self.member_term(i, sent) if named else None
                if hit and hit[1] & named:
                    out.update(dict.fromkeys(range(i, hit[0]), hit[1]))
        return out

    def term_org(self, k: int, sent: Span) -> _Org | None:
        """The organisation named just before the member term ending at ``k`` and using it: "EAC
        partner states", "the EAC's partner states"."""
        if k not in self.term_words:
            return None
        i = k
        while i > sent.start and i - 1 in self.term_words:
            i -= 1
        if i - 1 > sent.start and self.doc[i - 1].tag_ == "POS":
            i -= 1
        org = _org_of(self.doc[i - 1], self.gz) if i > sent.start else None
        return org if org is not None and org.id in self.term_words[k] else None

    def members_word(self, i: int, sent: Span) -> tuple[int, frozenset[str] | None] | None:
        """Where "member(s)", "member states" or a member term starting at ``i`` ends, and the
        organisations a term holds for (None: any)."""
        doc = self.doc
        if i < sent.end and doc[i].lower_ in _MEMBER:
            k = i + 1
            return (k + 1 if k < sent.end and doc[k].lower_ in _MEMBER_NOUNS else k), None
        return self.member_term(i, sent)

    def salient(self, at: int, word: str | None = None) -> _Org | None:
        """The organisation "the bloc" refers to: the last named before, else the first after. A
        head word naming a kind ("the forum", "the league") takes an organisation of that kind."""
        before = [o for i, o in self.named if i < at]
        word = fold(word or "")
        if word in _KIND_WORDS:
            after = [o for i, o in self.named if i >= at]
            # none of that kind named: "the forum" is then some gathering, not another body
            return next((o for o in [*reversed(before), *after] if word in self.org_words(o)), None)
        before = [o for o in before if self.has_members(o)]
        called = self.called(word, at)
        if called is not None:
            return called
        if before:
            return before[-1]
        return self.named[0][1] if self.named else None

    def called(self, word: str, at: int) -> _Org | None:
        """The organisation the text named with this word before ``at``: "the regional bloc ECOWAS",
        "ECOWAS, the regional bloc," for a later "the bloc"."""
        if not word:
            return None
        doc = self.doc
        for i, org in reversed(self.named):
            if i >= at:
                continue
            ent = _ent_span(doc[i])
            if ent.start > 0 and fold(doc[ent.start - 1].text) == word:
                return org
            after = doc[ent.end: min(len(doc), ent.end + 5, at)]
            if len(after) >= 3 and after[0].text == "," and after[1].lower_ in ("the", "a") and any(
                    fold(t.text) == word for t in after[2:]):
                return org
        return None

    def has_members(self, org: _Org) -> bool:
        """Not a court or an agency: "faces an International Criminal Court arrest warrant. The
        bloc, which ..." is about the bloc named before."""
        return not self.org_words(org) & _NOT_A_GROUPING

    def org_words(self, org: _Org) -> set[str]:
        known = self.gz.orgs.get(org.id) if org.known else None
        names = [org.name, *(known.aliases if known else [])]
        return {w for n in names for w in fold(n).split()}

    def add(self, ids: list[str], org: _Org | None, sent: Span, confidence: float) -> None:
        if org is None:
            return
        for cid in ids:
            self.found.append(Found(cid, org.id, sent, confidence,
                                    None if org.known else org.name, None if org.known else org.acronym))

    def is_negative(self, tokens) -> bool:
        return any((fold(t.text) in self.negative or t.lower_ in ("not", "non", "n't", "never", "no"))
                   and t.ent_type_ != "ORG" and t.i not in self.term_words
                   for t in tokens)

    # ------------------------------------------------------------ org to the left of a cue
    def org_left(self, cue_start: int, sent: Span) -> tuple[_Org | None, int]:
        """The organisation a cue's subject names, searching left from the cue: a named one, or
        "the bloc", "its", "whose" for the salient one. Also where that subject starts."""
        lo = max(sent.start, cue_start - _WINDOW)
        i = cue_start
        while i > lo:
            i -= 1
            tok = self.doc[i]
            if tok.text == ",":
                # "The Visegrad Group, founded in 1991, consists of ...": past a clause on the subject
                skip = self.aside_before(i, sent)
                if skip is not None:
                    lo = max(sent.start, lo - (i - skip))
                    i = skip
                    tok = self.doc[i]
            if tok.text in (";", ":") or tok.pos_ == "VERB" and i < cue_start - 1 and tok.dep_ != "amod":
                break
            org = _org_of(tok, self.gz)
            if org is not None:
                ent = _ent_span(tok)
                if _names_an_event(ent) and not any(t.lower_ in ("which", "whose", "that")
                                                    for t in self.doc[ent.end: cue_start]):
                    return None, cue_start  # "The G20 summit brought together ..." lists attendees
                return org, _ent_span(tok).start
            if fold(tok.text) in self.group_words or tok.lower_ in ("its", "whose"):
                return self.salient(i, tok.text), i
            if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and i == sent.start:
                return self.just_named(sent), i  # "The SCO was founded in 2001. It groups ..."
        return None, cue_start

    def aside_before(self, comma: int, sent: Span) -> int | None:
        """For a comma closing an aside on an organisation ("ORG, founded in 1991,", "ORG, which was
        set up in 2008,", "the bloc, a Russian-led alliance,"), the index of the word before the aside."""
        doc = self.doc
        opening = next((p for p in range(comma - 1, max(sent.start, comma - 14) - 1, -1)
                        if doc[p].text in (",", ";", ":", "(", ")")), None)
        if opening is None or doc[opening].text != "," or opening - 1 < sent.start or opening + 1 >= comma:
            return None
        head = doc[opening - 1]
        if _org_of(head, self.gz) is None and fold(head.text) not in self.group_words:
            return None
        roots = [t for t in doc[opening + 1: comma] if not opening < t.head.i < comma]
        # ("ORG, founded in 1949 and not to be confused with the EU,": no negation of anything)
        aside = doc[opening + 1: comma]
        if len(roots) != 1 or roots[0].dep_ not in ("acl", "relcl", "appos", "advcl") \
                or not head.i - 6 <= roots[0].head.i <= head.i \
                or self.is_negative(aside) and "confused" not in {t.lower_ for t in aside}:
            return None
        return opening - 1

    def just_named(self, sent: Span) -> _Org | None:
        """The organisation the sentence before is about: named as its subject."""
        before = [(i, o) for i, o in self.named if i < sent.start]
        if not before:
            return None
        i, org = before[-1]
        prev = self.doc[i].sent
        if prev.end != sent.start or self.doc[i].dep_ not in ("nsubj", "nsubjpass") and not any(
                t.dep_ in ("nsubj", "nsubjpass") for t in _ent_span(self.doc[i])):
            return None
        return org

    def org_right(self, start: int, sent: Span) -> _Org | None:
        """The organisation named right after "members of" / "member of the" / "belong to"."""
        i = start
        while i < sent.end:
            if self.doc[i].lower_ in ("the", "a", "an") or self.doc[i].pos_ == "ADJ":
                i += 1
            elif _hyphen_modifier(self.doc, i, sent.end):
                i += 3  # "the Russian-led CSTO", "the so-called Weimar Triangle", "the 27-nation EU"
            else:
                break
        if i >= sent.end:
            return None
        org = _org_of(self.doc[i], self.gz)
        if org is not None:
            after = _ent_span(self.doc[i]).end
            if after + 1 < sent.end and self.doc[after].text == "-" and self.doc[after + 1].tag_ in ("VBN", "VBD", "JJ"):
                return None  # "a member of the NATO-led force"
            return org
        if fold(self.doc[i].text) in self.group_words:
            return self.salient(i, self.doc[i].text)
        return None

    def orgs_right(self, start: int, sent: Span) -> list[_Org]:
        """"member of ORG", "member of both ORG and ORG", "member of ORG, ORG and ORG"."""
        doc = self.doc
        i = start
        if i < sent.end and doc[i].lower_ == "both":
            i += 1
        out: list[_Org] = []
        while i < sent.end:
            org = self.org_right(i, sent)
            if org is None:
                break
            out.append(org)
            while i < sent.end and doc[i].ent_type_ != "ORG" and fold(doc[i].text) not in self.group_words:
                i += 1
            i = _ent_span(doc[i]).end if i < sent.end and doc[i].ent_type_ == "ORG" else i + 1
            if i + 2 < sent.end and doc[i].text == "(" and ")" in [t.text for t in doc[i + 1: i + 4]]:
                i = next(t.i for t in doc[i + 1: i + 4] if t.text == ")") + 1  # "ORG (ACRONYM) and ORG"
            if i < sent.end and doc[i].text == ",":
                i += 1
            if i < sent.end and doc[i].lower_ == "and":
                i += 1
                if i < sent.end and doc[i].lower_ == "of":
                    i += 1  # "a member of SICA and of ALBA"
            elif not (i > start and doc[i - 1].text == ","):
                break
        return out

    # ------------------------------------------------------------ statements
    def read(self) -> list[Found]:
        for sent in self.doc.sents:
            self.sentence(sent)
        unique: dict[tuple[str, str], Found] = {}
        for f in self.found:
            unique.setdefault((f.country_id, f.org_id), f)
        return list(unique.values())

    def sentence(self, sent: Span) -> None:
        doc = self.doc
        if not words(sent) & self.cue_words and not any(e.label_ == "ORG" for e in sent_ents(sent)):
            return
        toks = doc_tokens(doc)
        unread: list[tuple[list[str], int, int]] = []
        i = sent.start
        while i < sent.end:
            tok = toks[i]
            if _country_at(tok, self.gz) is None and not (
                    tok.lower_ == "the" and i + 1 < sent.end and _country_at(toks[i + 1], self.gz)) \
                    or tok._.in_quote:
                i += 1
                continue
            ids, end = _country_list(doc, i, sent.end, self.gz)
            # "The Baltic states - A, B and C - are all NATO members": the cue after the dash
            if ids and not self.before(ids, i, end, sent) and not self.after(ids, end, sent) \
                    and not self.among(ids, end, sent) \
                    and not (_enclosed(doc, i, end, sent) and self.after(ids, end + 1, sent)) \
                    and not ((past := _past_apposition(doc, end, sent)) > end and self.after(ids, past, sent)):
                unread.append((ids, i, end))
            i = max(end, i + 1)
        self.pronoun_subject(sent)
        self.acronym_expansions(sent)
        self.as_member(sent)
        self.accessions(sent)
        self.restorations(sent)
        for ids, start, end in unread:
            # "Somalia, which joined ORG in 2024, is a member of the bloc along with A and B": the
            # statement the list goes on from is one of those read just above
            self.companions_after_org(ids, _cue_end(doc, start, sent), end, sent)
        excluded = self.not_members_here(sent)
        if excluded:
            self.found = [f for f in self.found if f.sent.start != sent.start or f.country_id not in excluded]

    def not_members_here(self, sent: Span) -> set[str]:
        """Countries the sentence itself says are suspended, observers, candidates... ("ECOWAS groups
        A, B, C and D, though C and D are suspended", "..., along with C, which was suspended")."""
        if words(sent).isdisjoint(_STATUS_WORDS):
            return set()
        out: set[str] = set()
        for subj in tokens(sent):
            if subj.dep_ not in ("nsubj", "nsubjpass"):
                continue
            head = subj.head
            if subj.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
                subj = head.head
            said = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr", "oprd", "dobj", "neg", "xcomp"))]
            said += [g for c in said[1:] for g in c.children if g.dep_ in ("amod", "compound", "neg")]
            if any(t.lower_ in _STATUS_WORDS and t.i not in self.term_words or t.dep_ == "neg" for t in said):
                # not over a semicolon the parser may have read through ("A and B; C is an observer")
                out.update(cid for t in _conjuncts(subj) if (cid := _country_id(t))
                           and not any(u.text in (";", ":") for u in self.doc[t.i: head.i]))
        return out

    def restorations(self, sent: Span) -> None:
        """"The league restored Syria's membership", "the bloc voted to reinstate Mali's seat",
        "Libya's membership was restored": a membership given back is current."""
        if words(sent).isdisjoint(_RESTORE_VERBS):
            return
        for verb in tokens(sent):
            if verb.lemma_.lower() not in _RESTORE_VERBS or verb.pos_ != "VERB" or verb._.in_quote:
                continue
            decided = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("vote", "decide", "agree") \
                and _completed(verb.head)
            if not (decided or _completed(verb)):
                continue
            seat = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")
                         and c.lemma_.lower() in ("membership", "seat")), None)
            country = next((cid for c in seat.children if c.dep_ == "poss" and (cid := _country_id(c))), None) \
                if seat is not None else None
            if country is None or self.is_negative(t for t in own_words(verb, _CLAUSE_DEPS) if t is not verb):
                continue
            org = next((o for p in [*seat.children, *verb.children] if p.dep_ == "prep"
                        and p.lower_ in ("in", "at", "to", "of", "within")
                        for q in p.children if q.dep_ == "pobj" and (o := self.org_token(q))), None)
            if org is None:
                carrier = verb.head if decided else verb
                subj = next((c for c in carrier.children if c.dep_ == "nsubj"), None)
                org = self.org_token(subj) if subj is not None else self.context_org(sent)
            self.add([country], org, sent, 0.7)

    def pronoun_subject(self, sent: Span) -> None:
        """"Russia and Belarus signed the treaty. They are also members of ORG": a sentence opening on
        "They", "Both" or "The two countries" standing for the countries the sentence before had as
        its subject. A count ("both", "the three") may also take the subjects of its clauses: "A is
        a member of ORG, while B left it. Both countries are members of ORG2"."""
        doc = self.doc
        first = doc[sent.start]
        if sent.start == 0 or first.lower_ not in ("they", "both", "the"):
            return
        k = sent.start + 1
        count = 2 if first.lower_ == "both" else None
        if first.lower_ == "the":
            if not (k + 1 < sent.end and (doc[k].like_num or doc[k].lower_ == "both")
                    and doc[k + 1].lower_ in _MEMBER_NOUNS):
                return
            count = _COUNTS.get(doc[k].lower_)
            k += 2
        elif first.lower_ == "both" and k < sent.end and doc[k].lower_ in _MEMBER_NOUNS:
            k += 1
        prev = doc[sent.start - 1].sent
        ids = _subject_countries(prev, lambda t: t.head.dep_ == "ROOT")
        if count is not None and (ids is None or len(ids) != count):
            ids = _subject_countries(prev, lambda t: t.head.pos_ in ("VERB", "AUX"), strict=False)
        if ids and len(ids) >= 2 and count in (None, len(ids)):
            self.after(ids, k, sent)

    def before(self, ids: list[str], start: int, end: int, sent: Span) -> bool:
        """A cue just before the list: "ORG comprises", "members include", "NATO member"."""
        doc = self.doc
        j = _cue_end(doc, start, sent)
        if j < sent.start:
            return False
        # "brings together the parliaments of A, B and C": the cue stands before the bodies of the members
        if doc[j].lower_ == "of" and j - 2 >= sent.start and doc[j - 1].lower_ in _BODIES and doc[j - 2].lower_ == "the":
            j -= 3
            if j < sent.start:
                return False
        if self.companions_after_org(ids, _before_region_phrase(doc, j, sent), end, sent) \
                or self.joined_as_members(ids, j, end, sent) \
                or self.other_members(ids, j, sent) or self.so_are(ids, j, end, sent) \
                or self.described_as_pact(ids, j, end, sent):
            return True
        # "the BRICS group of Brazil, Russia, ...", "the bloc of ...", "the Weimar Triangle of ...",
        # "the AUKUS security pact between A, B and C"
        if doc[j].lower_ == "of" and j - 1 >= sent.start and (
                fold(doc[j - 1].text) in self.group_words or doc[j - 1].ent_id_.startswith("org:")):
            org = _org_of(doc[j - 2 if fold(doc[j - 1].text) in self.group_words else j - 1], self.gz) \
                if j - 2 >= sent.start else None
            if org is not None and len(ids) >= 2:
                self.add(ids, org, sent, 0.75)
                return True
        if doc[j].lower_ == "between" and len(ids) >= 2 and (org := self.org_before_pact(j, sent)):
            self.add(ids, org, sent, 0.7)
            return True
        # "BRICS nations Brazil, Russia, ...", "EU countries France and Germany", "EAC partner states A and B"
        if doc[j].lower_ in _MEMBER_NOUNS and doc[j].lower_.endswith("s") and len(ids) >= 2 and j - 1 >= sent.start:
            org = _org_of(doc[j - 1], self.gz) or self.term_org(j, sent)
            if org is not None and not self.is_negative(doc[max(sent.start, j - 4): j]):
                self.add(ids, org, sent, 0.7)
                return True
        # "ORG member Turkey", "fellow EU members France and Germany"
        if doc[j].lower_ in _MEMBER or doc[j].lower_ in _MEMBER_NOUNS and j - 1 >= sent.start \
                and doc[j - 1].lower_ in _MEMBER:
            k = j if doc[j].lower_ in _MEMBER else j - 1
            if k - 2 >= sent.start and doc[k - 1].text == "-":
                k -= 1  # "NATO-member Turkey"
            org = _org_of(doc[k - 1], self.gz) if k - 1 >= sent.start else None
            if org is None and k - 2 >= sent.start and doc[k - 1].lower_ in _NEW_MEMBER_WORDS:
                # "BRICS' new members Egypt and Iran", "the bloc's newest members, A and B"
                m = k - 2
                if doc[m].tag_ == "POS" and m - 1 >= sent.start:
                    m -= 1
                org = self.org_token(doc[m]) if doc[m + 1].tag_ == "POS" or m == k - 2 else None
            if org is not None and not self.is_negative(doc[max(sent.start, k - 4): k]):
                self.add(ids, org, sent, 0.75)
                return True
        # "its five members -- Brazil, Russia, ...", "The bloc's members: ...", "NATO's newest members,
        # Finland and Sweden, ..."
        closed = doc[j].text in ("--", "—", "–", ":") or doc[j].text == "," and _closes(doc, end, comma=True)
        if closed and j - 1 >= sent.start and len(ids) >= 2:
            k = j - 1
            if doc[k].lower_ in _MEMBER_NOUNS and k - 1 >= sent.start and doc[k - 1].lower_ in _MEMBER:
                k -= 1
            if doc[k].lower_ == "members" or doc[k].lower_ == "member" and doc[k + 1].lower_.endswith("s"):
                org, subj_start = self.org_left(self.counting_verb(k, sent), sent)
                m = k - 1 if doc[k - 1].lower_ not in ("current", "existing", "full") else k - 2
                if org is None and m - 1 >= sent.start and (doc[m].lower_ == "other" or doc[m].like_num
                                                            and doc[m - 1].lower_ in ("other", "the")):
                    # "alongside the leaders of the other 10 member states: A, B, ...", "representatives
                    # of the 16 member states: A, B, ...", "The 10 current members -- A, B, ...": the
                    # body told of
                    org, subj_start = self.salient(k), k
                if org is not None and not self.is_negative(doc[max(sent.start, subj_start): k]):
                    self.add(ids, org, sent, 0.75)
                    return True
        # "the SCO, of which India is a member", "the bloc to which Palestine belongs"
        if doc[j].lower_ == "which" and j - 1 > sent.start and doc[j - 1].lower_ in ("of", "to"):
            tail = doc[end: min(sent.end, end + 5)]
            if any(t.lower_ in _MEMBER if doc[j - 1].lower_ == "of" else t.lemma_.lower() == "belong" for t in tail) \
                    and not self.is_negative(tail):
                org, _ = self.org_left(j - 1, sent)
                if org is not None:
                    self.add(ids, org, sent, 0.75)
                    return True
        # "ECOWAS groups 15 countries including Nigeria and Ghana", "NATO members, including Turkey",
        # "ORG groups 19 countries and the EU, among them A and B"
        if doc[j].lower_ == "including" and j - 1 >= sent.start:
            org = self.org_of_including(j - 1 if doc[j - 1].text != "," else j - 2, sent)
            if org is not None:
                self.add(ids, org, sent, 0.7)
                return True
        if doc[j].lower_ == "them" and j - 3 >= sent.start and doc[j - 1].lower_ == "among" and doc[j - 2].text == ",":
            noun = doc[j - 3]
            while noun.dep_ == "conj" and noun.head.i < noun.i:
                noun = noun.head
            org = self.org_of_including(noun.i, sent)
            if org is not None:
                self.add(ids, org, sent, 0.7)
                return True
        # "the six-member Gulf Cooperation Council - Saudi Arabia, ..., Oman - ...", "GCC states: ..."
        if doc[j].text in _DASHES and len(ids) >= 2 and _closes(doc, end):
            k = j - 1 if doc[j - 1].tag_ == "NNS" or doc[j - 1].lower_ in _MEMBER_NOUNS and doc[j - 1].lower_.endswith("s") \
                else j
            if k - 3 >= sent.start and doc[k - 1].text == ")" and doc[k - 3].text == "(":
                k -= 3  # "the Eurasian Economic Union (EAEU) - A, B and C -"
            org = _org_of(doc[k - 1], self.gz) if k - 1 >= sent.start else None
            if org is None and k - 4 >= sent.start and fold(doc[k - 1].text) in self.group_words \
                    and doc[k - 3].lower_ == "of" and doc[k - 4].lower_ in _MEMBER_NOUNS | {"members"}:
                org = self.org_token(doc[k - 1])  # "all eight member states of the bloc – A, B and C –"
            if org is not None and not self.is_negative(doc[max(sent.start, _ent_span(doc[k - 1]).start - 3): j]):
                self.add(ids, org, sent, 0.7)
                return True
            if k < j:  # "the BRICS group of emerging economies - Brazil, ...", "ORG has five members - ..."
                # "ORG brings together NATO's eastern flank countries: ...": the verb's subject, not the
                # organisation inside the object
                listing = doc[k].head if doc[k].dep_ in ("dobj", "obj") and doc[k].head.pos_ == "VERB" \
                    and doc[k].head.lemma_.lower() in _LISTING_VERBS else None
                org, subj_start = self.org_left(listing.i if listing is not None else self.counting_verb(k, sent), sent)
                if org is not None and not self.is_negative(doc[max(sent.start, subj_start): j]):
                    self.add(ids, org, sent, 0.7)
                    return True
        # "... founded in 2001 by China and Russia"
        if doc[j].lower_ == "by":
            verb = next((t for t in doc[max(sent.start, j - 6): j] if t.lemma_.lower() in self.gz.lex("founding_verbs")
                         and t.tag_ == "VBN"), None)
            if verb is not None:
                org, _ = self.org_left(verb.i, sent)
                if org is not None and not self.is_negative(doc[verb.i: j]):
                    self.add(ids, org, sent, 0.7)
                    return True
            return False
        last = doc[j].lower_
        for cue in self.list_cues:
            n = len(cue)
            if j - n + 1 < sent.start or cue[-1] != last:
                continue
            words = tuple(t.lower_ for t in doc[j - n + 1: j + 1])
            if words != cue:
                continue
            cue_start = j - n + 1
            verb = doc[cue_start]
            grown = self.expanded_org(verb)
            if grown is not None:
                # "BRICS, originally made up of A and B, has expanded to include C and D"
                if not self.is_negative(doc[verb.head.i: cue_start]):
                    self.add(ids, grown, sent, 0.8)
                    return True
                return False
            if verb.lower_ in _BE or verb.lower_ in ("include", "includes", "included", "comprise", "comprises"):
                # "are"/"include" list members only with "members" in the subject
                subject = doc[max(sent.start, cue_start - _WINDOW): cue_start]
                # "Mexico is not a member of the G7, which is made up of A, B": the relative clause
                rel = [t.i for t in subject if t.lower_ in ("which", "that") and t.dep_ in ("nsubj", "nsubjpass")
                       and t.head.left_edge.i <= cue_start <= t.head.right_edge.i]
                if rel:
                    subject = doc[rel[-1]: cue_start]
                member_at = [t for t in subject if t.lower_ in _MEMBER | {"membership"} or t.i in self.term_words]
                if member_at:
                    m = member_at[-1]
                    if self.is_negative(doc[max(sent.start, m.i - 3): cue_start]):
                        return False
                    org = self.org_right(m.i + 2, sent) if m.i + 1 < cue_start and doc[m.i + 1].lower_ == "of" \
                        else None
                    if org is None:
                        org, _ = self.org_left(m.i + 1, sent)
                    if org is None:
                        org = self.salient(m.i)
                    self.add(ids, org, sent, 0.8)
                    return True
                if verb.lower_ in _BE:
                    continue  # "is made up of" is read again as "made up of"
            org, subj_start = self.org_left(cue_start, sent)
            # "applied to join the BRICS group, which brings together A, B": the clause on the
            # organisation, not the words before it
            relative = any(t.lower_ in ("which", "that") for t in doc[subj_start: cue_start])
            neg_from = subj_start if relative else min(subj_start, cue_start - _WINDOW)
            if org is None or self.is_negative(doc[max(sent.start, neg_from): cue_start]):
                return False
            if len(ids) < 2 and verb.lower_ not in ("include", "includes", "included"):
                return False
            self.add(ids, org, sent, 0.8)
            return True
        return False

    def companions_after_org(self, ids: list[str], j: int, end: int, sent: Span) -> bool:
        """"A and B are members of ORG, together with C and D", "founding members of ASEAN, along
        with A and B", "one of four members of ORG alongside A and B": the list goes on after the
        organisation of a membership the sentence has just stated."""
        doc = self.doc
        if j < sent.start:
            return False
        if doc[j].lower_ == "with" and j - 1 >= sent.start and doc[j - 1].lower_ in ("along", "together") \
                or doc[j].lower_ == "well" and j - 1 >= sent.start and doc[j - 1].lower_ == "as":
            k = j - 1
        elif doc[j].lower_ in ("alongside", "like") or doc[j].lower_ == "with" and _closes(doc, end):
            k = j  # ", with A and B." only where the list ends the sentence
        else:
            return False
        if k - 1 >= sent.start and doc[k - 1].text == ",":
            k -= 1
        elif k == j and doc[j].lower_ in ("with", "like"):
            return False
        if k - 3 >= sent.start and doc[k - 1].text == ")" and doc[k - 3].text == "(":
            k -= 3  # "the East African Community (EAC), along with ..."
        if k - 1 < sent.start:
            return False
        last = k - 1
        if doc[last].lower_ in _MEMBER and last - 1 >= sent.start:
            last -= 1  # "one of the ASEAN members alongside A and B"
        elif doc[last].lower_ in ("framework", "mechanism", "grouping", "bloc", "format") and last - 1 >= sent.start \
                and self.org_token(doc[last - 1]) is not None:
            last -= 1  # "belong to the Lancang-Mekong Cooperation framework, alongside A and B"
        org = self.org_token(doc[last]) or self.term_org(k - 1, sent)
        if org is None and (hit := _country_at(_ent_span(doc[last])[0], self.gz)) is not None and hit[0]:
            # "ORG's members are A and B, along with the island states of C and D": the list read
            # just before goes on
            told = [f for f in self.found if f.sent.start == sent.start and f.country_id == hit[0]]
            org = _found_org(told[-1], self.gz) if told else None
        if org is None or not any(f.sent.start == sent.start and f.org_id == org.id for f in self.found):
            return False
        cue = doc[max(sent.start, _ent_span(doc[last]).start - 8 if doc[last].ent_type_ == "ORG" else last - 8): k]
        # "A and B are both members of ORG1 and ORG2, along with C": of each organisation of the list
        said = [t.i for t in doc[sent.start: k] if t.lower_ in _MEMBER]
        listed = {o.id for i, o in self.named if said and said[-1] < i < k}
        members: dict[str, set[str]] = {}
        orgs: dict[str, _Org] = {}
        for f in self.found:
            if f.sent.start == sent.start:
                members.setdefault(f.org_id, set()).add(f.country_id)
                orgs.setdefault(f.org_id, _found_org(f, self.gz))
        also = [orgs[o] for o in members if o != org.id and o in listed and org.id in listed
                and members[o] == members[org.id]]
        if also:
            cue = doc[said[-1]: k]
        if not any(t.lower_ in _MEMBER | {"belong", "belongs"} or t.i in self.term_words for t in cue) \
                or self.is_negative(cue):
            return False
        for o in [org, *also]:
            self.add(ids, o, sent, 0.75)
        return True

    def joined_as_members(self, ids: list[str], j: int, end: int, sent: Span) -> bool:
        """"Egypt joins A, B and C as members of ORG": the countries joined are members, and so is
        the one joining once the entry is made (not "is set to join A and B as members")."""
        doc = self.doc
        verb = doc[j]
        if verb.lemma_.lower() != "join" or end >= sent.end or doc[end].lower_ != "as":
            return False
        k = end + 1
        while k < sent.end and doc[k].lower_ in _NEW_MEMBER_WORDS | {"a", "an", "fellow"}:
            k += 1
        word = self.members_word(k, sent)
        if word is None or word[0] >= sent.end or doc[word[0]].lower_ not in ("of", "in"):
            return False
        orgs = [o for o in self.orgs_right(word[0] + 1, sent) if word[1] is None or o.id in word[1]]
        if not orgs or self.is_negative(doc[end: word[0]]):
            return False
        entrants = self.entrants(verb) if _completed(verb) or verb.tag_ == "VBZ" and not any(
            c.dep_ in ("aux", "neg") for c in verb.children) else []
        for org in orgs:
            self.add([*ids, *entrants], org, sent, 0.75)
        return True

    def other_members(self, ids: list[str], j: int, sent: Span) -> bool:
        """"X is a member of ORG, the other members being A and B"."""
        doc = self.doc
        if doc[j].lower_ != "being" or j - 2 < sent.start or doc[j - 1].lower_ not in ("members", "member"):
            return False
        k = j - 2
        while k > sent.start and doc[k].like_num:
            k -= 1
        if doc[k].lower_ not in ("other", "remaining"):
            return False
        org, _ = self.org_left(k - 1 if k > sent.start and doc[k - 1].lower_ == "the" else k, sent)
        if org is None or not any(f.sent.start == sent.start and f.org_id == org.id for f in self.found):
            return False
        self.add(ids, org, sent, 0.75)
        return True

    def so_are(self, ids: list[str], j: int, end: int, sent: Span) -> bool:
        """"A and B are members of ORG. So are C and D.": the memberships of the sentence before, if
        they are all of one organisation and it says nothing of observers or the like."""
        doc = self.doc
        if j - 1 != sent.start or doc[j - 1].lower_ != "so" or doc[j].lower_ not in ("is", "are") \
                or not _closes(doc, end) or sent.start == 0:
            return False
        prev = doc[sent.start - 1].sent
        orgs = {f.org_id: f for f in self.found if f.sent.start == prev.start}
        if len(orgs) != 1 or self.is_negative(prev):
            return False
        f = next(iter(orgs.values()))
        self.found.extend(Found(cid, f.org_id, sent, 0.7, f.org_name, f.org_acronym) for cid in ids)
        return True

    def described_as_pact(self, ids: list[str], j: int, end: int, sent: Span) -> bool:
        """"AUKUS, the security pact between A, B and C,", "ASEAN, the bloc of A, B, ...": an
        apposition on a known organisation naming what it is and whom it joins."""
        doc = self.doc
        if doc[j].lower_ not in ("between", "of") or len(ids) < 2 or not _closes(doc, end, comma=True):
            return False
        m = j - 1
        if m < sent.start or fold(doc[m].text) not in self.group_words | _PACT_WORDS:
            return False
        while m - 1 > sent.start and m > j - 4 and doc[m - 1].pos_ in ("ADJ", "NOUN") \
                and doc[m - 1].ent_type_ != "ORG":
            m -= 1  # "the trilateral security pact"
        if m - 3 < sent.start or doc[m - 1].lower_ not in ("the", "a", "an") or doc[m - 2].text != ",":
            return False
        if not doc[m - 3].ent_id_.startswith("org:") or self.is_negative(doc[m - 1: j]):
            return False
        self.add(ids, _org_of(doc[m - 3], self.gz), sent, 0.7)
        return True

    def org_before_pact(self, j: int, sent: Span) -> _Org | None:
        """The known organisation naming "the ORG (security) pact" before ``j``."""
        doc = self.doc
        m = j - 1
        if m <= sent.start or fold(doc[m].text) not in self.group_words | _PACT_WORDS:
            return None
        while m - 1 > sent.start and m > j - 3 and doc[m - 1].pos_ in ("ADJ", "NOUN") \
                and doc[m - 1].ent_type_ != "ORG":
            m -= 1
        if not doc[m - 1].ent_id_.startswith("org:") or self.is_negative(doc[m - 1: j]):
            return None
        return _org_of(doc[m - 1], self.gz)

    def expanded_org(self, verb: Token) -> _Org | None:
        """The organisation of "ORG has expanded to include", "the bloc has grown to include":
        the subject of the verb of growth (a completed growth, not "plans to expand")."""
        if verb.lower_ != "include" or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _GROWTH_VERBS:
            return None
        grow = verb.head
        if not _completed(grow) and not (grow.tag_ == "VBN" and grow.dep_ == "ROOT"):
            return None
        subj = next((c for c in grow.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        org = self.org_token(subj)
        if org is None and subj.lower_ in ("it", "membership", "ranks") or any(
                c.lower_ in ("its", "whose") for c in subj.children):
            org = self.salient(subj.i)
        return org

    def org_of_including(self, k: int, sent: Span) -> _Org | None:
        """The organisation whose members a noun before "including" names: "NATO members", "its
        member states", "ORG groups 15 countries"."""
        doc = self.doc
        if k <= sent.start or not (doc[k].lower_ == "members" or doc[k].lower_ in _MEMBER_NOUNS
                                   and doc[k].lower_.endswith("s")):
            return None
        noun = doc[k]
        if self.is_negative(doc[max(sent.start, noun.left_edge.i - 1): k + 1]):
            return None
        org = _org_of(doc[k - 1], self.gz) or self.term_org(k, sent)
        if org is None and doc[k - 1].lower_ in _MEMBER:
            org = _org_of(doc[k - 2], self.gz) if k - 2 >= sent.start else None
        verb = doc[noun.left_edge.i - 1] if noun.left_edge.i > sent.start else None
        if org is None and verb is not None and (verb.lemma_.lower() in self.gz.lex("membership_verbs")
                                                 or (verb.lower_,) in self.list_cues):
            org, _ = self.org_left(verb.i, sent)  # the parser often reads "groups" as a noun
        if org is None and any(t.lower_ in ("its", "whose") or fold(t.text) in self.group_words
                               for t in doc[noun.left_edge.i: k]):
            org, _ = self.org_left(k, sent)
        if org is None:
            # "ORG groups major developed and emerging economies including ...", parsed as one noun phrase
            cue = next((t for t in reversed(doc[max(sent.start, k - 7): k]) if (t.lower_,) in self.list_cues), None)
            if cue is not None:
                org, _ = self.org_left(cue.i, sent)
        if org is None and doc[k - 1].lower_ in _MEMBER:
            # "The CICA summit brought together leaders of 27 member states, including ...": the
            # members are those of the one organisation whose meeting the sentence tells
            orgs = {o.id: o for i, o in self.named if sent.start <= i < k}
            if len(orgs) == 1 and any(_names_an_event(_ent_span(doc[i])) for i, _ in self.named
                                      if sent.start <= i < k):
                org = next(iter(orgs.values()))
        return org

    def after(self, ids: list[str], end: int, sent: Span) -> bool:
        """A cue right after the list: "are all members of ORG", ", a fellow member of ORG,",
        "is a long-standing NATO member", "belong to ORG"."""
        doc = self.doc
        if self.and_fellow_members(ids, end, sent):
            return True
        i = end
        stop = min(sent.end, end + 12)
        span_words: list[Token] = []
        while i < stop and self.member_term(i, sent) is None:
            inserted = _companions(doc, i, sent.end, self.gz) if doc[i].text == "," else None
            if inserted and inserted[1] < sent.end and doc[inserted[1]].text == ",":
                # "A and B are, along with C and D, the four members of ORG"
                ids = [*ids, *(c for c in inserted[0] if c not in ids)]
                stop = min(sent.end, stop + inserted[1] + 1 - i)
                span_words.append(doc[i])
                i = inserted[1] + 1
                continue
            if not _linking(doc, i, end):
                break
            span_words.append(doc[i])
            i += 1
        if i >= stop:
            return False
        tok = doc[i]
        if self.is_negative(span_words):
            return False
        if (tok.lower_ in ("belong", "belongs") and i + 1 < sent.end and doc[i + 1].lower_ == "to"
                or tok.lemma_.lower() == "make" and i + 1 < sent.end and doc[i + 1].lower_ == "up"):
            org = self.org_right(i + 2, sent)
            self.add(ids, org, sent, 0.8)
            return org is not None
        if tok.lemma_.lower() in ("form", "constitute") and tok.pos_ == "VERB" and all(
                t.text == "," or t.lower_ in ("which", "together", "jointly", "collectively") for t in span_words):
            org = self.org_right(i + 1, sent)  # "Mexico, Colombia, Peru and Chile form the Pacific Alliance"
            self.add(ids, org, sent, 0.8)
            k = _ent_span(doc[i + 2]).end if org is not None and i + 2 < sent.end else sent.end
            if k + 1 < sent.end and doc[k].lower_ == "and" and doc[k + 1].lower_ in _BE:
                self.after(ids, k + 1, sent)  # "... form the Union State and are both members of ORG"
            return org is not None
        if tok.lower_ == "part" and i + 1 < sent.end and doc[i + 1].lower_ == "of" and any(
                t.lower_ in _BE for t in span_words):
            org = self.org_right(i + 2, sent)  # "Kenya and Uganda are part of the East African Community"
            if org is not None and not _org_modifies_noun(doc, i + 2, sent):
                self.add(ids, org, sent, 0.75)
                return True
            return False
        if not span_words or not any(t.lower_ in _BE | _RANK_VERBS or t.text in _APPOSITION_MARKS
                                     for t in span_words):
            return False
        if any(t.lower_ == "which" for t in span_words) and not any(t.lower_ in _BE for t in span_words):
            return False
        # "... are NATO members", "... is a NATO member", "... is NATO's newest member", ", the
        # alliance's newest member"
        org = _org_of(tok, self.gz)
        if org is None and fold(tok.text) in self.group_words and i + 1 < sent.end and doc[i + 1].tag_ == "POS" \
                and i - 1 >= sent.start and doc[i - 1].lower_ == "the":
            org = self.salient(i, tok.text)
        if org is not None:
            k = _ent_span(tok).end
            while k < sent.end and (doc[k].lower_ in ("'s", "’s", "founding", "original") or doc[k].pos_ in ("ADJ", "NUM")
                                    or doc[k].ent_type_ == "ORDINAL"):
                k += 1
            term = self.member_term(k, sent)
            if k < sent.end and doc[k].lower_ in _MEMBER | {"member-state", "member-states"} \
                    or term and org.id in term[1]:
                self.add(ids, org, sent, 0.8)
                return True
            return False
        word = self.members_word(i, sent)
        if word is not None:
            k, only = word
            if k < sent.end and doc[k].lower_ in ("of", "in"):
                orgs = [o for o in self.orgs_right(k + 1, sent) if only is None or o.id in only]
                for org in orgs:
                    self.add(ids, org, sent, 0.85)
                return bool(orgs)
            if only is None and (k >= sent.end or doc[k].text in (".", ";", ",") or doc[k].lower_ == "too") \
                    and any(t.lower_ in _BE for t in span_words):
                # "The CSTO groups A and B. C and D are also members."
                org = self.context_org(sent)
                self.add(ids, org, sent, 0.7)
                return org is not None
        return False

    def and_fellow_members(self, ids: list[str], end: int, sent: Span) -> bool:
        """"Hungary and its fellow NATO members", "Greece and other EU member states": the list
        joined to other members of the organisation."""
        doc = self.doc
        k = end
        if k >= sent.end or doc[k].lower_ != "and":
            return False
        k += 1
        if k < sent.end and doc[k].lower_ in ("its", "their", "the"):
            k += 1
        if k >= sent.end or doc[k].lower_ not in ("fellow", "other"):
            return False
        k += 1
        org = _org_of(doc[k], self.gz) if k < sent.end else None
        if org is None:
            return False
        k = _ent_span(doc[k]).end
        if k < sent.end and doc[k].lower_ in ("member", "members") and not self.is_negative(doc[end: k]):
            self.add(ids, org, sent, 0.7)
            return True
        return False

    def counting_verb(self, k: int, sent: Span) -> int:
        """Where to look left for the organisation of "members" at ``k``: the verb of "ORG has four
        members:", "ORG comprises nine member states:", else ``k`` itself."""
        doc = self.doc
        m = k - 1
        while m >= sent.start and (doc[m].like_num or doc[m].pos_ in ("ADJ", "DET")):
            m -= 1
        if m >= sent.start and doc[m].pos_ in ("VERB", "AUX") and doc[m].lemma_.lower() in \
                self.gz.lex("membership_verbs") | {"have", "count", "number"} and doc[m].lemma_.lower() != "be":
            return m
        return k

    def context_org(self, sent: Span) -> _Org | None:
        """The one organisation named in this sentence or the one before, if there is only one."""
        prev_start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        near = {o.id: o for i, o in self.named if prev_start <= i < sent.end}
        return next(iter(near.values())) if len(near) == 1 else None

    def among(self, ids: list[str], end: int, sent: Span) -> bool:
        """"France, the most vocal critic among the EU's 27 member states", "Chile, one of the
        bloc's members": an apposition placing the country among the organisation's members."""
        doc = self.doc
        if end >= sent.end or doc[end].text != ",":
            return False
        k = end + 1
        stop = min(sent.end, end + 10)
        while k < stop and doc[k].pos_ not in ("VERB", "AUX") and doc[k].text != "," and not (
                doc[k].lower_ == "among" or doc[k].lower_ == "of" and doc[k - 1].lower_ in ("one", "another")):
            k += 1
        if k >= stop or doc[k].pos_ in ("VERB", "AUX") or doc[k].text == ",":
            return False
        m = k + 1
        while m < sent.end and (doc[m].lower_ == "the" or doc[m].pos_ == "NUM"):
            m += 1
        org = _org_of(doc[m], self.gz) if m < sent.end else None
        if org is None:
            return False
        n = _ent_span(doc[m]).end
        while n < sent.end and (doc[n].lower_ in ("'s", "’s") or doc[n].pos_ in ("NUM", "ADJ")):
            n += 1
        if n >= sent.end or not (doc[n].lower_ == "members" or doc[n].lower_ == "member" and n + 1 < sent.end
                                 and doc[n + 1].lower_ in _MEMBER_NOUNS and doc[n + 1].lower_.endswith("s")):
            return False
        if self.is_negative(doc[end: n + 2]):
            return False
        self.add(ids, org, sent, 0.7)
        return True

    def acronym_expansions(self, sent: Span) -> None:
        """"BRICS (Brazil-Russia-India-China-South Africa)"; for an organisation the gazetteer does
        not know, three countries at least ("the Shanghai Five (China, Russia, ...)")."""
        doc = self.doc
        for ent in sent_ents(sent):
            known = ent.ent_id_.startswith("org:")
            if ent.label_ != "ORG" or not known and ent.ent_id_:
                continue
            rest = doc_text(doc)[ent.end_char: ent.end_char + 140]
            word = re.match(r"\s*(\w+)", rest)
            if word and fold(word.group(1)) in self.group_words:  # "the ALBA bloc (Venezuela, ...)"
                rest = rest[word.end():]
            m = re.match(r"\s*\(([^()]{5,110})\)", rest)
            if not m:
                continue
            parts = [p.strip() for p in re.split(r"\s*(?:,|/|–|—|\band\b|-(?=[A-Z]))\s*", m.group(1)) if p.strip()]
            ids = [self.gz.country_name_only(p) for p in parts]
            if len(ids) >= (2 if known else 3) and all(ids):
                self.add(ids, _org_of(ent[0], self.gz), sent, 0.85)

    def as_member(self, sent: Span) -> None:
        """"As a long-standing NATO member ..., Turkey's ...": the first country after the comma."""
        doc = self.doc
        for tok in tokens(sent):
            if tok.lemma_.lower() != "member" or tok.dep_ != "pobj" or tok.head.lower_ != "as":
                continue
            org = next((o for t in tok.lefts if (o := _org_of(t, self.gz))), None)
            if org is None and tok.head.i == sent.start:  # "As a member of the European Union, Poland ..."
                org = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                            for q in p.children if q.dep_ == "pobj" and (o := self.org_token(q))), None)
            if org is None or self.is_negative(list(tok.lefts)):
                continue
            comma = next((t for t in tokens(sent) if t.i > tok.i and t.text == ","), None)
            if comma is None:
                continue
            for t in doc[comma.i + 1: min(sent.end, comma.i + 5)]:
                hit = _country_at(t, self.gz)
                if hit and hit[0]:
                    self.add([hit[0]], org, sent, 0.75)
                    break

    def accessions(self, sent: Span) -> None:
        """"Finland joined NATO in 2023", "ORG, which the DRC joined in 2022", "Sweden became NATO's
        32nd member", "was admitted as ASEAN's 11th member": a completed entry is membership; a
        hoped-for, planned or negated one ("hopes to join", "will become") is not."""
        if words(sent).isdisjoint(_ENTRY_WORDS) or any(t.lower_ in _EXIT_WORDS and not _ended(t) for t in tokens(sent)):
            return  # "Venezuela, which joined Mercosur in 2012, was suspended in 2016"
        for verb in tokens(sent):
            lemma = _entry_lemma(verb)
            if lemma not in _ENTRY_VERBS | _FOUNDING or verb.pos_ not in ("VERB", "AUX") or verb._.in_quote \
                    or not _completed(verb):
                continue
            org = self.entered_org(verb)
            if org is None or self.is_negative(t for t in own_words(verb, _CLAUSE_DEPS)
                                               if t is not verb and not _in_earlier_step(t, verb)):
                continue
            ids = self.entrants(verb)
            if ids:
                for also in [org, *self.joined_too(verb)]:
                    self.add(ids, also, sent, 0.75)
                # "became a full member of BRICS, joining A, B and C in the bloc": the members it joins
                fellows = [cid for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() == "join"
                           and c.tag_ == "VBG" for o in c.children if o.dep_ in ("dobj", "obj")
                           for t in _conjuncts(o) if (cid := _country_id(t))]
                if fellows:
                    self.add(fellows, org, sent, 0.7)

    def joined_too(self, verb: Token) -> list[_Org]:
        """The other organisations of "joined both NATO and the EU", "became the 20th member of ORG and
        the 27th member of ORG"."""
        if verb.lemma_.lower() == "become":
            attr = next((c for c in verb.children if c.dep_ in ("attr", "oprd") and c.lemma_.lower() in _MEMBER_LEMMAS),
                        None)
            return [] if attr is None else [o for t in _conjuncts(attr)[1:] if t.lemma_.lower() in _MEMBER_LEMMAS
                                            and (o := self.org_of_member_noun(t)) is not None]
        if verb.lemma_.lower() not in ("join", "rejoin"):
            return []
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None:
            return []
        return [o for t in _conjuncts(obj)[1:] if (o := self.org_token(t)) is not None]

    def entered_org(self, verb: Token) -> _Org | None:
        """The organisation of "joined ORG", "ORG, which X joined", "became a member of ORG",
        "became ORG's member", "was admitted to ORG"."""
        for c in verb.children:
            if c.dep_ in ("dobj", "obj") and verb.lemma_.lower() in {"join", "rejoin"} | _FOUNDING:
                if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    return self.org_token(verb.head)
                return self.org_token(c)
            if c.dep_ in ("attr", "oprd") and (c.lemma_.lower() in _MEMBER_LEMMAS or c.lemma_.lower() in (
                    "state", "country", "nation") and any(d.lower_ == "member" for d in c.children)):
                return self.org_of_member_noun(c)  # "became the 55th member state of ORG"
            if c.dep_ in ("attr", "oprd") and c.i in self.term_words:  # "became the EAC's sixth partner state"
                org = self.org_of_member_noun(c)
                return org if org is not None and org.id in self.term_words[c.i] else None
            if c.dep_ == "prep" and c.lower_ in ("to", "into", "as") and _entry_lemma(verb) == "admit":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.org_of_member_noun(p) if p.lemma_.lower() in _MEMBER_LEMMAS \
                            else self.org_token(p)
        as_member = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                     for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _MEMBER_LEMMAS]
        if verb.lemma_.lower() == "join" and as_member and (org := self.org_of_member_noun(as_member[0])):
            return org  # "Belarus joined as the SCO's tenth member"
        if verb.lemma_.lower() == "join" and not any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp") for c in verb.children) \
                and (as_member or any(c.dep_ == "prep" and c.lower_ == "in" and any(p.ent_type_ == "DATE" for p in c.children)
                                      for c in verb.children)):
            # "Egypt and Iran joined in 2024": the organisation of this sentence or the one before
            sent = verb.sent
            near = [o for i, o in self.named if i < sent.end and self.doc[i].sent.end >= sent.start - 1
                    and (i >= sent.start or self.doc[i].sent.end == sent.start) and self.has_members(o)]
            if len({o.id for o in near}) == 1:
                return near[0]
        return None

    def org_token(self, tok: Token) -> _Org | None:
        org = _org_of(tok, self.gz)
        if org is None and fold(tok.text) in self.group_words and any(
                c.lower_ in ("the", "this", "that") for c in tok.children):
            org = self.salient(tok.i, tok.text)
        return org

    def org_of_member_noun(self, noun: Token) -> _Org | None:
        """"NATO's 32nd member", "a NATO member", "a full member of the SCO"."""
        for c in noun.children:
            if c.dep_ in ("poss", "compound"):
                org = self.org_token(c)
                if org is not None:
                    return org
            if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                org = next((o for p in c.children if p.dep_ == "pobj" and (o := self.org_token(p))), None)
                if org is not None:
                    return org
        return None

    def entrants(self, verb: Token) -> list[str]:
        """The countries that joined: the subject (the antecedent of "which"), its conjuncts, and
        those "together with" / "along with" it."""
        heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "relcl" and any(h.tag_ in ("WDT", "WP") for h in heads):
            heads = [verb.head]
        if not heads and _after_gerund(verb):
            # "X became ..., a decade after joining the EU": the subject of the clause above
            heads = [c for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not heads and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "Bulgaria adopted the euro, becoming the 21st member of the euro area"
            heads = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        skip = dateline_end(verb.doc)
        if skip and any(h.i < skip for h in heads):
            # "Sofia, January 1 (BTA) - Bulgaria and Romania became ...": the dateline city as subject
            heads = [t for h in heads for t in h.children if hung_on_dateline(t, skip) and t.i < verb.i][:1] or heads
        along = any(g.lower_ in ("together", "along") for g in verb.subtree if g.dep_ in ("advmod", "prep"))
        withs = [w for c in verb.children for w in (c, *c.children) if w.dep_ == "prep" and w.lower_ == "with"]
        if along:
            heads += [p for w in withs for p in w.children if p.dep_ == "pobj"]
        ids: list[str] = []
        for h in heads:
            for t in _conjuncts(h):
                cid = _country_id(t)
                if cid and cid not in ids:
                    ids.append(cid)
        return ids


_ENTRY_VERBS = {"join", "rejoin", "become", "admit"}
_LISTING_VERBS = {"bring", "comprise", "group", "unite", "include", "gather"}
# "the format brings together ...", "the trio comprises ..."
_MORE_GROUP_WORDS = frozenset({"format", "trio", "quartet", "quintet", "council", "grouping", "initiative"})
# words naming the kind of an organisation, so that "the forum" is the forum named last, not any body
_KIND_WORDS = frozenset({"forum", "league", "union", "bank", "community", "association", "council",
                         "commonwealth", "initiative", "triangle"})
_NOT_A_GROUPING = frozenset({"court", "tribunal", "agency"})
_GATHERED_NOT_BODIES = ("heads of state", "heads of government", "council of ministers")
_NEW_MEMBER_WORDS = {"new", "newest", "latest", "founding", "original", "full", "current"}
_GROWTH_VERBS = {"expand", "grow", "enlarge", "widen", "broaden", "swell"}
# a later exit undoes an entry the same sentence reports
_EXIT_WORDS = {"suspended", "suspension", "expelled", "withdrew", "withdrawn", "withdrawal", "quit", "exited",
               "left", "leaving", "former", "exit"}
_DASHES = {"-", "--", "—", "–", ":"}
_APPOSITION_MARKS = {",", "-", "--", "—", "–"}
_RESTORE_VERBS = {"restore", "reinstate"}
_FOUNDING = {"found", "co-found", "cofound", "establish", "create"}
_STATUS_WORDS = {"suspended", "observer", "observers", "candidate", "candidates", "applicant", "applicants",
                 "partner", "partners", "guest", "guests", "expelled", "withdrew", "withdrawn", "left", "quit",
                 "associate", "invited", "acceding", "non-member", "non-members"}
_ENTRY_WORDS = _ENTRY_VERBS | _FOUNDING | {"readmit", "readmits", "readmitted", "re-admitted"}
# "readmitted to ORG, ending a suspension": an exit that the sentence says is over
_ENDING_VERBS = {"end", "lift", "overturn", "reverse", "revoke"}


def _entry_lemma(tok: Token) -> str:
    if tok.lower_.startswith(("readmit", "re-admit")):
        return "admit"  # the small model lemmatises "readmitted" as "readmitte"
    return tok.lemma_.lower()


_EARLIER = ("after", "since")


def _after_gerund(verb: Token) -> bool:
    """"a decade after joining the EU", "since leaving the bloc": a step taken before."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in _EARLIER


def _in_earlier_step(tok: Token, verb: Token) -> bool:
    """A word of an "after ..." phrase on the entry ("became a member, a decade after joining the EU"):
    a step already taken, not a hope."""
    cur = tok
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.lower_ in _EARLIER and cur.dep_ in ("prep", "mark"):
            return True
        cur = cur.head
    return False


def _ended(tok: Token) -> bool:
    """Whether an exit word names an exit that is over: "ending a suspension", "the suspension was
    lifted", "became a member again, decades after it left"."""
    if any(c.dep_ == "mark" and c.lower_ in _EARLIER for c in tok.children) or _after_gerund(tok):
        return True
    return tok.head.lemma_.lower() in _ENDING_VERBS and tok.dep_ in ("dobj", "obj", "nsubjpass")

_MEMBER_LEMMAS = {"member", "member-state"}
_CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "acl", "parataxis", "csubj"}


def _names_an_event(ent: Span) -> bool:
    """Whether an organisation's name only qualifies a meeting: "the G20 summit", "a meeting of the
    Arab League"."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif root.dep_ not in ("compound", "poss", "nmod", "amod"):
        return False
    return head.i != root.i and head.lemma_.lower() in _EVENT_NOUNS


_EVENT_NOUNS = {"summit", "meeting", "talks", "conference", "session", "gathering", "ministerial", "event",
                "ceremony", "delegation", "mission", "force", "exercise", "drill", "communique", "declaration"}


def _inserted_along(doc: Doc, i: int, end: int, gz: Gazetteer) -> int | None:
    """Where the countries of ", along with C," start inside a list that a verb then follows ("A
    and B, along with C, are ..."); not in a list that goes on to another clause (", along with C,
    which was suspended")."""
    if doc[i].text != ",":
        return None
    hit = _companions(doc, i, end, gz)
    if hit is None:
        return None
    stop = hit[1]
    return hit[2] if stop + 1 < end and doc[stop].text == "," and doc[stop + 1].pos_ in ("AUX", "VERB") else None


_COMPANION_WORDS = (("along", "with"), ("together", "with"), ("alongside",), ("like",))


def _companions(doc: Doc, i: int, end: int, gz: Gazetteer) -> tuple[list[str], int, int] | None:
    """The countries of "(,) along with C and D" / "together with" / "alongside" / ", like" at
    ``i``, where their list ends and where it starts."""
    k = i + 1 if doc[i].text == "," else i
    for link in _COMPANION_WORDS:
        n = len(link)
        if k + n < end and all(doc[k + m].lower_ == w for m, w in enumerate(link)) \
                and (link != ("like",) or k > i) and _country_at(doc[k + n], gz):
            ids, stop = _country_list(doc, k + n, end, gz)
            return ids, stop, k + n
    return None


def _linking(doc: Doc, i: int, end: int) -> bool:
    """Whether ``doc[i]`` may stand between a list and the membership cue after it: "are all",
    ", both of which are", "is a long-standing"."""
    tok = doc[i]
    return (tok.text in _APPOSITION_MARKS or tok.lower_ in _BE | _QUANT | _LINK_WORDS
            or tok.pos_ in ("ADJ", "ADV") and tok.lower_ not in _MEMBER
            or tok.pos_ in ("DET", "NUM") and tok.lower_ not in ("no", "neither", "which")
            or tok.lower_ == "which" and i == end + 1 and doc[end].text == ","
            or tok.lower_ in _RANK_VERBS and i + 1 < len(doc) and doc[i + 1].lower_ == "among"
            # "A and B, both of which are / all of them NATO members"
            or tok.lower_ in ("which", "them") and i - 2 >= end and doc[i - 1].lower_ == "of"
            and doc[i - 2].lower_ in ("both", "all", "each"))


_PACT_WORDS = {"pact", "partnership", "treaty", "accord"}
_RANK_VERBS = {"rank", "ranks", "count", "counts", "figure", "figures"}  # "A and B rank among the members of"
_LINK_WORDS = {"a", "an", "of", "fellow", "founding", "full", "full-fledged", "permanent", "key", "current",
               "long-standing", "longstanding", "longtime", "long-time"}


def _past_apposition(doc: Doc, end: int, sent: Span) -> int:
    """Where "A and B, the continent's two largest economies, are members of ..." goes on after the
    description set off between commas; ``end`` when there is none."""
    if end + 2 >= sent.end or doc[end].text != "," or doc[end + 1].lower_ != "the":
        return end
    for k in range(end + 2, min(end + 12, sent.end)):
        if doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD") or doc[k].lower_ in ("which", "who", "that"):
            return end
        if doc[k].text == ",":
            return k + 1
    return end


def _known_org(gz: Gazetteer, oid: str) -> _Org:
    o = gz.orgs[oid]
    return _Org(o.id, o.name, o.acronym, True)


def _found_org(f: Found, gz: Gazetteer) -> _Org:
    if f.org_id in gz.orgs:
        return _known_org(gz, f.org_id)
    return _Org(f.org_id, f.org_name or f.org_id, f.org_acronym, False)


def _before_region_phrase(doc: Doc, j: int, sent: Span) -> int:
    """The word before "the Caribbean island states of" when ``j`` ends such a phrase (a list
    item naming the group of the countries that follow); ``j`` otherwise."""
    if j - 2 < sent.start or doc[j].lower_ != "of" or doc[j - 1].lower_ not in ("states", "nations", "countries"):
        return j
    k = j - 2
    while k > sent.start and k > j - 6 and (doc[k].is_title or doc[k].lower_ in ("island", "small")):
        k -= 1
    return k - 1 if doc[k].lower_ == "the" else j


def _cue_end(doc: Doc, start: int, sent: Span) -> int:
    """The last word of a cue before the list at ``start``, past "now", "also", "namely"."""
    j = start - 1
    while j >= sent.start and doc[j].lower_ in ("now", "currently", "also", "as", "today", "such", "namely"):
        j -= 1
    return j


def _enclosed(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Whether a list stands between dashes or in brackets: "the Baltic states - A, B and C -"."""
    if start - 1 < sent.start or end >= sent.end:
        return False
    opening, closing = doc[start - 1].text, doc[end].text
    if opening == "the" and start - 2 >= sent.start:
        opening = doc[start - 2].text
    return opening == "(" and closing == ")" or opening in _DASHES - {":"} and closing == opening


def _hyphen_modifier(doc: Doc, i: int, end: int) -> bool:
    """Whether ``doc[i:i+3]`` is a hyphenated modifier before a name: "Moscow-led", "US-backed",
    "so-called", "27-member"; not one made with an organisation ("NATO-led")."""
    if i + 3 >= end or doc[i + 1].text != "-" or doc[i].ent_type_ == "ORG":
        return False
    last = doc[i + 2]
    return (last.tag_ in ("VBN", "VBD", "JJ") or last.lower_ in _MEMBER | _MEMBER_NOUNS | {"strong"}) \
        and last.ent_type_ != "ORG"


def _org_modifies_noun(doc: Doc, start: int, sent: Span) -> bool:
    """Whether the organisation named from ``start`` on only qualifies a noun ("part of the African
    Union's mission", "part of the NATO force")."""
    i = start
    while i < sent.end and doc[i].ent_type_ != "ORG":
        i += 1
    if i >= sent.end:
        return False
    end = _ent_span(doc[i]).end
    return end < sent.end and (doc[end].tag_ == "POS" or doc[end].pos_ in ("NOUN", "PROPN"))


def _closes(doc: Doc, end: int, comma: bool = False) -> bool:
    """Whether a list ends a parenthetical or the sentence: "ORG - A, B and C - ...", "ORG: A and B."."""
    return end >= len(doc) or doc[end].text in _DASHES | {")", ".", ";"} | ({","} if comma else set()) \
        or doc[end].is_sent_start


def _completed(verb: Token) -> bool:
    """A past entry: "joined", "has joined", "was admitted"; not "to join", "will join", "would
    become", "did not join"."""
    kids = list(verb.children)
    if verb.dep_ == "xcomp" or any(c.dep_ == "neg" for c in kids):
        return False
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ == "to") for c in kids):
        return False
    if verb.tag_ == "VBD":
        return True
    if _after_gerund(verb):
        return True  # "a decade after joining the EU"
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.tag_ == "VBD":
        return True  # "adopted the euro on Thursday, becoming the 21st member"
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("have", "be")
                                      for c in kids)


_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}


def _subject_countries(sent: Span, which, strict: bool = True) -> list[str] | None:
    """The countries ``sent`` has as subjects of the verbs ``which`` accepts; None when one such
    subject is not a country and ``strict``."""
    ids: list[str] = []
    for subj in (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and which(t)):
        for t in _conjuncts(subj):
            cid = _country_id(t)
            if cid is None and strict:
                return None
            if cid and cid not in ids:
                ids.append(cid)
    return ids


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
    return out


def _country_id(tok: Token) -> str | None:
    ent_id = tok.ent_id_ or ""
    if ent_id.startswith("country:") and tok.ent_type_ in ("GPE", "LOC", "ORG"):
        return ent_id.split(":", 1)[1]
    return None


def read_memberships(doc: Doc, gz: Gazetteer) -> list[Found]:
    return _Reader(doc, gz).read()
