"""Which countries the text says are members of an organisation.

A statement is a list of country names (one name or several joined by commas and "and") with a
membership cue on one side of it:

* before the list: "ORG groups / comprises / includes / brings together / is made up of ...",
  "Members of ORG include ...", "The bloc's members are ...", "Member states include ...",
  "ORG, whose members are ...", "NATO member Turkey", "founded in 2001 by China and Russia";
* after the list: "... are (all) members of ORG", "..., a fellow member of ORG,", "... is a
  long-standing NATO member", "... belong to ORG";
* an acronym expansion: "BRICS (Brazil-Russia-India-China-South Africa)";
* "As a founding NATO member, Canada's ...".

"The organisation", "the bloc", "its" and "whose" stand for the organisation named last before (else
first after). Observers, partners, candidates, applicants, invitees and former members are not
members: a negative word between the list and the cue drops the statement. The cue phrases and the
negative words are data in ``lexicon.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ingest.extract.gazetteer import Gazetteer, fold
from ingest.ids import slug

_LIST_GLUE = {",", "and", "&", "plus", ", and"}
_BE = {"is", "are", "was", "were", "remain", "remains", "be", "been", "have", "has"}
_QUANT = {"all", "both", "each", "now", "also", "currently", "already", "still", "among", "the"}
_MEMBER = {"member", "members"}
_MEMBER_NOUNS = {"states", "state", "countries", "country", "nations", "nation", "economies"}
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
    while k < end and k - j < 4 and doc[k].lower_ not in _MEMBER_NOUNS and doc[k].text[:1].isupper():
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
            if doc[i].lower_ in _LIST_GLUE:
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
        o = gz.orgs[ent_id.split(":", 1)[1]]
        return _Org(o.id, o.name, o.acronym, True)
    span = _ent_span(tok)
    text = span.text
    if text.lower().startswith("the "):
        text = text[4:]
    text = re.sub(r"['’]s$", "", text).strip()
    if not text or gz.country(text) or not any(c.isupper() for c in text):
        return None
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
    for ent in doc.ents:
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
        self.group_words = lex["group_words"]
        self.list_cues = [tuple(c.split()) for c in lex["membership_list_cues"]]
        self.named = _named_orgs(doc, gz)
        # a statement needs one of these words or an organisation's name
        self.cue_words = {w for c in self.list_cues for w in c} | _MEMBER | {
            "by", "belong", "belongs", "bloc", "group", "grouping", "alliance", "organisation", "organization"}
        self.found: list[Found] = []

    def salient(self, at: int) -> _Org | None:
        """The organisation "the bloc" refers to: the last named before, else the first after."""
        before = [o for i, o in self.named if i < at]
        if before:
            return before[-1]
        return self.named[0][1] if self.named else None

    def add(self, ids: list[str], org: _Org | None, sent: Span, confidence: float) -> None:
        if org is None:
            return
        for cid in ids:
            self.found.append(Found(cid, org.id, sent, confidence,
                                    None if org.known else org.name, None if org.known else org.acronym))

    def is_negative(self, tokens) -> bool:
        return any((fold(t.text) in self.negative or t.lower_ in ("not", "non", "n't")) and t.ent_type_ != "ORG"
                   for t in tokens)

    # ------------------------------------------------------------ org to the left of a cue
    def org_left(self, cue_start: int, sent: Span) -> tuple[_Org | None, int]:
        """The organisation a cue's subject names, searching left from the cue: a named one, or
        "the bloc", "its", "whose" for the salient one. Also where that subject starts."""
        lo = max(sent.start, cue_start - _WINDOW)
        for i in range(cue_start - 1, lo - 1, -1):
            tok = self.doc[i]
            if tok.text in (";", ":") or tok.pos_ == "VERB" and i < cue_start - 1 and tok.dep_ != "amod":
                break
            org = _org_of(tok, self.gz)
            if org is not None:
                return org, _ent_span(tok).start
            if fold(tok.text) in self.group_words or tok.lower_ in ("its", "whose"):
                return self.salient(i), i
        return None, cue_start

    def org_right(self, start: int, sent: Span) -> _Org | None:
        """The organisation named right after "members of" / "member of the" / "belong to"."""
        i = start
        while i < sent.end and (self.doc[i].lower_ in ("the", "a", "an") or self.doc[i].pos_ == "ADJ"):
            i += 1
        if i >= sent.end:
            return None
        org = _org_of(self.doc[i], self.gz)
        if org is not None:
            return org
        if fold(self.doc[i].text) in self.group_words:
            return self.salient(i)
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
            if i < sent.end and doc[i].text == ",":
                i += 1
            if i < sent.end and doc[i].lower_ == "and":
                i += 1
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
        if not any(t.lower_ in self.cue_words or t.ent_type_ == "ORG" for t in sent):
            return
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            if tok._.in_quote or _country_at(tok, self.gz) is None and not (
                    tok.lower_ == "the" and i + 1 < sent.end and _country_at(doc[i + 1], self.gz)):
                i += 1
                continue
            ids, end = _country_list(doc, i, sent.end, self.gz)
            if ids:
                if not self.before(ids, i, sent):
                    self.after(ids, end, sent)
            i = max(end, i + 1)
        self.acronym_expansions(sent)
        self.as_member(sent)

    def before(self, ids: list[str], start: int, sent: Span) -> bool:
        """A cue just before the list: "ORG comprises", "members include", "NATO member"."""
        doc = self.doc
        j = start - 1
        while j >= sent.start and doc[j].lower_ in ("now", "currently", "also", "as", "today", "such"):
            j -= 1
        if j < sent.start:
            return False
        # "the BRICS group of Brazil, Russia, ...", "the bloc of ..."
        if doc[j].lower_ == "of" and j - 1 >= sent.start and fold(doc[j - 1].text) in self.group_words:
            org = _org_of(doc[j - 2], self.gz) if j - 2 >= sent.start else None
            if org is not None and len(ids) >= 2:
                self.add(ids, org, sent, 0.75)
                return True
        # "BRICS nations Brazil, Russia, ...", "EU countries France and Germany"
        if doc[j].lower_ in _MEMBER_NOUNS and doc[j].lower_.endswith("s") and len(ids) >= 2 and j - 1 >= sent.start:
            org = _org_of(doc[j - 1], self.gz)
            if org is not None and not self.is_negative(doc[max(sent.start, j - 4): j]):
                self.add(ids, org, sent, 0.7)
                return True
        # "ORG member Turkey", "fellow EU members France and Germany"
        if doc[j].lower_ in _MEMBER or doc[j].lower_ in _MEMBER_NOUNS and j - 1 >= sent.start \
                and doc[j - 1].lower_ in _MEMBER:
            k = j if doc[j].lower_ in _MEMBER else j - 1
            org = _org_of(doc[k - 1], self.gz) if k - 1 >= sent.start else None
            if org is not None and not self.is_negative(doc[max(sent.start, k - 4): k]):
                self.add(ids, org, sent, 0.75)
                return True
        # "its five members -- Brazil, Russia, ...", "The bloc's members: ..."
        if doc[j].text in ("--", "—", "–", ":") and j - 1 >= sent.start and len(ids) >= 2:
            k = j - 1
            if doc[k].lower_ in _MEMBER_NOUNS and k - 1 >= sent.start and doc[k - 1].lower_ in _MEMBER:
                k -= 1
            if doc[k].lower_ == "members":
                org, subj_start = self.org_left(k, sent)
                if org is not None and not self.is_negative(doc[max(sent.start, subj_start): k]):
                    self.add(ids, org, sent, 0.75)
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
        for cue in self.list_cues:
            n = len(cue)
            if j - n + 1 < sent.start:
                continue
            words = tuple(t.lower_ for t in doc[j - n + 1: j + 1])
            if words != cue:
                continue
            cue_start = j - n + 1
            verb = doc[cue_start]
            if verb.lower_ in _BE or verb.lower_ in ("include", "includes", "included", "comprise", "comprises"):
                # "are"/"include" list members only with "members" in the subject
                subject = doc[max(sent.start, cue_start - _WINDOW): cue_start]
                member_at = [t for t in subject if t.lower_ in _MEMBER]
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
                    return False
            org, subj_start = self.org_left(cue_start, sent)
            if org is None or self.is_negative(doc[max(sent.start, min(subj_start, cue_start - _WINDOW)): cue_start]):
                return False
            if len(ids) < 2 and verb.lower_ not in ("include", "includes", "included"):
                return False
            self.add(ids, org, sent, 0.8)
            return True
        return False

    def after(self, ids: list[str], end: int, sent: Span) -> bool:
        """A cue right after the list: "are all members of ORG", ", a fellow member of ORG,",
        "is a long-standing NATO member", "belong to ORG"."""
        doc = self.doc
        i = end
        stop = min(sent.end, end + 12)
        span_words: list[Token] = []
        while i < stop and (doc[i].text == "," or doc[i].lower_ in _BE | _QUANT | {"a", "an", "of", "fellow", "founding",
                                                                                   "full", "full-fledged", "permanent",
                                                                                   "key", "current", "long-standing",
                                                                                   "longstanding", "longtime", "long-time"}
                            or doc[i].pos_ in ("ADJ", "ADV") and doc[i].lower_ not in _MEMBER):
            span_words.append(doc[i])
            i += 1
        if i >= stop:
            return False
        tok = doc[i]
        if self.is_negative(span_words):
            return False
        if tok.lower_ in ("belong", "belongs") and i + 1 < sent.end and doc[i + 1].lower_ == "to":
            org = self.org_right(i + 2, sent)
            self.add(ids, org, sent, 0.8)
            return org is not None
        if not span_words or not any(t.lower_ in _BE or t.text == "," for t in span_words):
            return False
        # "... are NATO members", "... is a NATO member", "... is NATO's newest member"
        org = _org_of(tok, self.gz)
        if org is not None:
            k = _ent_span(tok).end
            while k < sent.end and (doc[k].lower_ in ("'s", "’s") or doc[k].pos_ in ("ADJ", "NUM")
                                    or doc[k].ent_type_ == "ORDINAL"):
                k += 1
            if k < sent.end and doc[k].lower_ in _MEMBER | {"member-state", "member-states"}:
                self.add(ids, org, sent, 0.8)
                return True
            return False
        if tok.lower_ in _MEMBER:
            k = i + 1
            if k < sent.end and doc[k].lower_ in _MEMBER_NOUNS:
                k += 1
            if k < sent.end and doc[k].lower_ in ("of", "in"):
                orgs = self.orgs_right(k + 1, sent)
                for org in orgs:
                    self.add(ids, org, sent, 0.85)
                return bool(orgs)
        return False

    def acronym_expansions(self, sent: Span) -> None:
        """"BRICS (Brazil-Russia-India-China-South Africa)"."""
        doc = self.doc
        for ent in sent.ents:
            if ent.label_ != "ORG" or not ent.ent_id_.startswith("org:"):
                continue
            rest = doc.text[ent.end_char: ent.end_char + 120]
            m = re.match(r"\s*\(([^()]{5,110})\)", rest)
            if not m:
                continue
            parts = [p.strip() for p in re.split(r"\s*(?:,|/|–|—|\band\b|-(?=[A-Z]))\s*", m.group(1)) if p.strip()]
            ids = [self.gz.country_name_only(p) for p in parts]
            if len(ids) >= 2 and all(ids):
                self.add(ids, _org_of(ent[0], self.gz), sent, 0.85)

    def as_member(self, sent: Span) -> None:
        """"As a long-standing NATO member ..., Turkey's ...": the first country after the comma."""
        doc = self.doc
        for tok in sent:
            if tok.lemma_.lower() != "member" or tok.dep_ != "pobj" or tok.head.lower_ != "as":
                continue
            org = next((o for t in tok.lefts if (o := _org_of(t, self.gz))), None)
            if org is None or self.is_negative(list(tok.lefts)):
                continue
            comma = next((t for t in sent if t.i > tok.i and t.text == ","), None)
            if comma is None:
                continue
            for t in doc[comma.i + 1: min(sent.end, comma.i + 5)]:
                hit = _country_at(t, self.gz)
                if hit and hit[0]:
                    self.add([hit[0]], org, sent, 0.75)
                    break


def read_memberships(doc: Doc, gz: Gazetteer) -> list[Found]:
    return _Reader(doc, gz).read()
