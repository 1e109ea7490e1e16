"""Which countries the text says are members of an organisation: enumerations ("X, Y and Z are all
members of", "whose members are", "The organization comprises", "Other member countries include"),
acronym expansions ("BRICS (Brazil-Russia-India-China-South Africa)"), founders, and single
statements ("X is a long-standing NATO member"). Attendees, observers, partners and states that are
joining are not members."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ingest.extract.gazetteer import Gazetteer
from ingest.ids import fold

_SEPARATORS = {",", "and", "&", "as", "well", "plus", ", and"}


@dataclass
class Found:
    country_id: str
    org_id: str
    sent: Span
    confidence: float


def _country_at(tok: Token, gz: Gazetteer) -> tuple[str, int] | None:
    """(country id, index after the name) for a country name starting at ``tok``."""
    if tok.ent_iob_ == "B" and tok.ent_type_ in ("GPE", "NORP", "ORG", "LOC"):
        i = tok.i
        while i + 1 < len(tok.doc) and tok.doc[i + 1].ent_iob_ == "I":
            i += 1
        span = tok.doc[tok.i: i + 1]
        cid = gz.country_name_only(span.text)
        if cid:
            return cid, i + 1
    cid = gz.country_name_only(tok.text)
    if cid and tok.text[:1].isupper():
        return cid, tok.i + 1
    return None


def list_from(tok: Token, gz: Gazetteer, limit: int | None = None) -> list[str]:
    """Country names listed from ``tok`` on, joined by commas and "and"."""
    doc = tok.doc
    out: list[str] = []
    i = tok.i
    end = limit if limit is not None else tok.sent.end
    while i < end:
        if doc[i].lower_ == "the" and i + 1 < end and _country_at(doc[i + 1], gz):
            i += 1
        hit = _country_at(doc[i], gz)
        if hit is None:
            break
        out.append(hit[0])
        i = hit[1]
        while i < end and (doc[i].lower_ in _SEPARATORS):
            i += 1
    return out


def _salient_org(doc: Doc, gz: Gazetteer, before: int) -> str | None:
    """The organisation "the organisation"/"the bloc" refers to: the last named before, else the
    first named after."""
    last = None
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.ent_id_.startswith("org:"):
            if ent.start < before:
                last = ent.ent_id_.split(":", 1)[1]
            elif last is None:
                return ent.ent_id_.split(":", 1)[1]
    return last


def _org_in(tokens, gz: Gazetteer) -> str | None:
    for t in tokens:
        if t.ent_type_ == "ORG" and t.ent_id_.startswith("org:"):
            return t.ent_id_.split(":", 1)[1]
    return None


def _negative(tokens, gz: Gazetteer) -> bool:
    neg = gz.lex("membership_negative")
    return any(fold(t.text) in neg for t in tokens)


def read_memberships(doc: Doc, gz: Gazetteer) -> list[Found]:
    found: list[Found] = []
    group_words = gz.lex("group_words")

    def org_ref(tokens, at: int) -> str | None:
        oid = _org_in(tokens, gz)
        if oid:
            return oid
        if any(fold(t.text) in group_words for t in tokens) or any(fold(t.text) in ("its", "whose") for t in tokens):
            return _salient_org(doc, gz, at)
        return None

    for sent in doc.sents:
        for tok in sent:
            if tok._.in_quote:
                continue
            low = tok.lower_
            lemma = tok.lemma_.lower()
            # "X, Y and Z are (all) members of ORG" / "ORG, whose members are X, Y"
            if lemma == "member" and tok.dep_ in ("attr", "nsubj", "dobj", "appos"):
                verb = tok.head
                if tok.dep_ == "attr" and verb.lemma_ == "be":
                    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    if subj is not None and not _negative(list(tok.subtree), gz):
                        of = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
                        oid = org_ref(of or list(tok.lefts), tok.i)
                        names = list_from(subj.left_edge, gz, limit=verb.i)
                        if oid:
                            found += [Found(c, oid, sent, 0.85) for c in names]
                elif tok.dep_ == "nsubj" and verb.lemma_ in ("be", "include", "comprise"):
                    lefts = list(tok.lefts)
                    if _negative(lefts, gz):
                        continue
                    obj = next((c for c in verb.children if c.dep_ in ("attr", "dobj")), None)
                    oid = org_ref(lefts + list(tok.children), tok.i)
                    if obj is not None and oid:
                        names = list_from(obj.left_edge, gz)
                        found += [Found(c, oid, sent, 0.8) for c in names]
            # "Other member countries include ..." / "Member states are ..."
            if low in ("countries", "states", "nations") and any(fold(c.text) in ("member",) for c in tok.lefts) \
                    and tok.dep_ == "nsubj":
                verb = tok.head
                lefts = list(tok.lefts)
                if _negative(lefts, gz) or verb.lemma_ not in ("include", "be", "comprise", "are"):
                    continue
                obj = next((c for c in verb.children if c.dep_ in ("attr", "dobj")), None)
                oid = _org_in(lefts, gz) or _salient_org(doc, gz, tok.i)
                if obj is not None and oid:
                    found += [Found(c, oid, sent, 0.8) for c in list_from(obj.left_edge, gz)]
            # "The organization comprises China, India, ..."
            if lemma in ("comprise", "include", "consist", "compose", "unite", "bring") and tok.pos_ == "VERB":
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subj is None:
                    continue
                subj_toks = list(subj.subtree)
                if _negative(subj_toks, gz) or any(fold(t.text) in ("member", "members", "countries", "states")
                                                   for t in subj_toks):
                    continue
                oid = _org_in(subj_toks, gz)
                if oid is None and fold(subj.text) in group_words:
                    oid = _salient_org(doc, gz, subj.i)
                if oid is None:
                    continue
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None)
                if obj is None:
                    obj = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                for p in c.children if p.dep_ == "pobj"), None)
                if obj is not None:
                    names = list_from(obj.left_edge, gz)
                    if len(names) >= 2:
                        found += [Found(c, oid, sent, 0.8) for c in names]
            # "founded in 2001 by China and Russia"
            if lemma in gz.lex("founding_verbs") and tok.tag_ == "VBN":
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                if subj is None or agent is None:
                    continue
                oid = _org_in(list(subj.subtree), gz)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if oid and pobj is not None:
                    found += [Found(c, oid, sent, 0.7) for c in list_from(pobj.left_edge, gz)]
            # "As a long-standing NATO member ..., Turkey's ..." / "Turkey, a NATO member," / "X is a member of"
            if lemma == "member" and tok.tag_ == "NN" and not _negative(list(tok.subtree), gz):
                oid = _org_in(list(tok.lefts), gz) or _org_in(
                    [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree], gz)
                if oid is None:
                    continue
                country = None
                if tok.dep_ == "pobj" and tok.head.lower_ == "as":
                    # "As a long-standing NATO member ..., Turkey's ...": the first country after
                    # the phrase's comma
                    comma = next((t for t in sent if t.i > tok.i and t.text == ","), None)
                    if comma is not None:
                        country = next((_country_at(t, gz)[0] for t in sent
                                        if comma.i < t.i <= comma.i + 4 and _country_at(t, gz)), None)
                elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
                    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                    if subj is not None and not any(c.dep_ == "conj" for c in subj.children):
                        hit = _country_at(subj.left_edge if subj.left_edge.lower_ != "the" else subj, gz)
                        country = hit[0] if hit else None
                elif tok.dep_ == "appos":
                    hit = _country_at(tok.head, gz) or _country_at(tok.head.left_edge, gz)
                    country = hit[0] if hit else None
                if country:
                    found.append(Found(country, oid, sent, 0.75))
        # "BRICS (Brazil-Russia-India-China-South Africa)"
        for ent in sent.ents:
            if ent.label_ != "ORG" or not ent.ent_id_.startswith("org:"):
                continue
            rest = doc.text[ent.end_char: ent.end_char + 120]
            m = re.match(r"\s*\(([^()]{5,110})\)", rest)
            if not m:
                continue
            parts = [p.strip() for p in re.split(r"\s*(?:,|/|–|—|\band\b|-(?=[A-Z]))\s*", m.group(1)) if p.strip()]
            ids = [gz.country_name_only(p) for p in parts]
            if len(ids) >= 2 and all(ids):
                oid = ent.ent_id_.split(":", 1)[1]
                found += [Found(c, oid, sent, 0.85) for c in ids]
    unique: dict[tuple[str, str], Found] = {}
    for f in found:
        unique.setdefault((f.country_id, f.org_id), f)
    return list(unique.values())
