"""Who the argument tokens of a trigger stand for: names, descriptions ("the Russian president",
"his Chinese counterpart"), pronouns and groups ("the two leaders", "they"), resolved through the
article's people. Speakers reached only through a description are not participants."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ingest.extract.candidates import Candidate
from ingest.extract.doc_index import clause_verb, tokens
from ingest.extract.gazetteer import Gazetteer, fold
from ingest.extract.people import PersonRegistry, description_parts
from ingest.extract.triggers import SUBJ

PRONOUNS_SG = {"he", "him", "his", "she", "her", "hers"}
PRONOUNS_PL = {"they", "them", "their"}


_KIN = {"wife", "husband", "spouse"}


class Participants:
    def __init__(self, doc: Doc, gz: Gazetteer, people: PersonRegistry, found: list[Candidate]):
        self.doc = doc
        self.gz = gz
        self.people = people
        self.lex = gz.lexicon
        self.found = found  # the interactions read so far, for "the two leaders" and "they"
        self.described: set[str] = set()  # people reached through a description in this trigger
        self.anaphor: Candidate | None = None  # the interaction "the two leaders" was read as
        self.mates_scanned = 0  # surface scans of name lists, a measure of the work done
        self._mates: dict[int, list[Token]] = {}
        self._mention_index: tuple[int, dict[int, tuple[int, int]]] | None = None

    def stray_subject(self, verb: Token, sent: Span) -> list[Token]:
        """A finite verb the parser left without a subject ("According to Tass, Li Zhanshu, a
        member of ..., will meet Putin"): the last name before it in the sentence."""
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        # "The Custodian of the Two Holy Mosques King A received ... B": a main verb the parser hung on
        # the title as a clause of its own
        title_clause = verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.i < verb.i \
            and any(c.dep_ in ("dobj", "obj") for c in verb.children)
        if not finite or verb.dep_ not in ("ROOT",) and not title_clause:
            return []
        before = [m for m in self.people.mentions if sent.start <= m.start < verb.i]
        if not before:
            return []
        m = before[-1]
        if self.doc[m.end - 1].dep_ in ("dobj", "obj", "attr"):
            return []
        return [self.doc[m.end - 1]]

    def expand(self, tok: Token) -> list[Token]:
        """A token and the tokens coordinated with it, by the parse and by the surface: the parser
        often breaks long lists of names ("A, King B of C and Prince D of E held ...")."""
        # the surface list of a name is read once per call: a long list parsed as a deep chain of
        # conjuncts would otherwise be rescanned at every level
        self._mates = {}
        try:
            return self._expand(tok)
        finally:
            self._mates = {}

    def _expand(self, tok: Token) -> list[Token]:
        out = [tok]
        for c in tok.children:
            if c.dep_ in ("conj", "appos") and self._bare_titles_of(tok, c):
                continue  # "Prince A, Crown Prince, Deputy Prime Minister and Minister of Defense": A's titles
            if c.dep_ in ("conj", "appos"):
                out.extend(self._expand(c))
            elif c.dep_ == "nmod" and self.people.at(c) not in (None, self.people.at(tok)):
                out.extend(self._expand(c))  # "met A and negotiator B": the parser hangs A on B
        if tok.pos_ == "ADP":
            first = self.first_person_after(tok)
            if first is not None:
                out.append(first)
        seen = {t.i for t in out}
        for t in list(out):
            mates = self._mates.get(t.i)
            if mates is None:
                mates = self._mates[t.i] = self.list_mates(t)
                self.mates_scanned += 1
            for mate in mates:
                if mate.i not in seen:
                    seen.add(mate.i)
                    out.append(mate)
        return out

    def _named_after(self, t: Token) -> str | None:
        """"the Vatican's Secretary of State, Cardinal B": the name set off after a title the parser
        hung elsewhere."""
        doc, k = self.doc, t.right_edge.i
        k += doc[k].text != ","
        if k + 1 >= len(doc) or doc[k].text != "," or any(c.dep_ == "appos" for c in t.children) \
                or fold(t.text) not in self.gz.title_words:
            return None
        k += 1
        for j in range(k, min(k + 3, len(doc))):
            pid = self.people.at(doc[j])
            if pid is not None:
                end = j
                while end + 1 < len(doc) and self.people.at(doc[end + 1]) == pid:
                    end += 1
                # an apposition closes there (not "..., Trend reports")
                return pid if end + 1 == len(doc) or doc[end + 1].is_punct else None
            if not doc[j].is_title:
                return None
        return None

    def _bare_titles_of(self, name: Token, c: Token) -> bool:
        """``c`` starts a run of titles set off by a comma after a name, with no name, article or
        country of their own: the named person's offices, not more people."""
        doc = self.doc
        if self.people.at(name) is None or c.i < name.i or doc[c.left_edge.i - 1].text != ",":
            return False
        return fold(c.text) in self.gz.title_words and not any(
            self.people.at(t) or t.dep_ in ("det", "poss") or t.ent_type_ in ("GPE", "NORP") and t.head.i == c.i
            for t in c.subtree)

    def _person_at(self, tok: Token, adopt: bool = True) -> str | None:
        pid = self.people.at(tok)
        if pid is None and adopt and tok.pos_ == "PROPN" and not tok._.in_quote:
            pid = self.people.adopt(tok)
        return pid

    def _mention(self, tok: Token) -> tuple[int, int] | None:
        mentions = self.people.mentions
        index = self._mention_index
        if index is None or index[0] != len(mentions):
            by_token: dict[int, tuple[int, int]] = {}
            for m in reversed(mentions):  # the first mention covering a token wins
                for i in range(m.start, m.end):
                    by_token[i] = (m.start, m.end)
            index = self._mention_index = (len(mentions), by_token)
        return index[1].get(tok.i)

    def _filler(self, tok: Token) -> bool:
        """A word that may stand between list items and a name: "the Comoros' President"."""
        low = fold(tok.text)
        return (low in ("the", "his", "her", "its", "counterpart") or tok.tag_ == "POS"
                or low in self.gz.title_words or tok.ent_type_ in ("NORP",)
                or bool(tok.ent_id_.startswith(("country:", "seat:", "org:")))
                or self._portfolio(tok) or self._title_adjective(tok))

    def _title_adjective(self, tok: Token) -> bool:
        """"new" in "Australia's new Prime Minister X": an adjective just before a title."""
        nxt = tok.i + 1
        return tok.pos_ == "ADJ" and tok.ent_type_ == "" and nxt < len(self.doc) \
            and fold(self.doc[nxt].text) in self.gz.title_words

    def _portfolio(self, tok: Token) -> bool:
        """"Trade" in "Trade Minister Tanja X": a capitalised word just before a title."""
        nxt = tok.i + 1
        return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN") and nxt < len(self.doc) \
            and fold(self.doc[nxt].text) in self.gz.title_words and self.people.at(tok) is None

    def first_person_after(self, prep: Token) -> Token | None:
        """"with the Netherlands' Prime Minister Ruben van den Berg": the name after a preposition
        the parser did not attach."""
        doc = self.doc
        for i in range(prep.i + 1, min(len(doc), prep.i + 10)):
            tok = doc[i]
            if self._person_at(tok):
                return tok
            if not self._filler(tok):
                return None
        return None

    def list_mates(self, tok: Token) -> list[Token]:
        """Names listed with the one at ``tok``: separated by commas and "and", each maybe behind
        titles ("and Prince Jean-Noel X of Monaco") or followed by an apposition (", the Mozambican
        president,"). A name that is the subject of a verb of its own ends the list."""
        if self._person_at(tok) is None:
            return []
        span = self._mention(tok)
        if span is None:
            return []
        doc = self.doc
        sent = tok.sent
        out: list[Token] = []
        role = self._role(doc[span[1] - 1])
        # rightwards
        end = span[1]
        while True:
            j = self._skip_trailer(end, sent.end)
            trailer = range(end, j)
            if j >= sent.end or doc[j].text not in (",", "and"):
                break
            while j < sent.end and doc[j].text in (",", "and"):
                j += 1
            while j < sent.end and self._filler(doc[j]) and not self.people.at(doc[j]):
                j += 1
            if j >= sent.end or not self._person_at(doc[j]):
                break
            mate = self._mention(doc[j])
            if mate is None or mate[1] < sent.end and doc[mate[1]].tag_ == "POS":
                break  # (not "..., A's office said")
            head = doc[mate[1] - 1]
            reduced = head.dep_ in SUBJ and _reduced_relative(head.head, head)
            if head.dep_ in SUBJ and head.head.i > head.i and not reduced \
                    and head.head.i not in (doc[span[1] - 1].head.i, _verb_above(doc[span[1] - 1])):
                break
            mate_role = role if reduced else self._role(head)
            # "A of North Korea and B": the parser hangs B on the country of A's trailer
            if not self._same_role(role, mate_role) and not (mate_role is not None and mate_role.i in trailer) \
                    and not (role is not None and mate_role is None and _conj_of_verb(head)):
                break
            out.append(doc[mate[1] - 1])
            end = mate[1]
        # leftwards
        start = span[0]
        while True:
            j = start - 1
            while j >= sent.start and self._filler(doc[j]) and not self.people.at(doc[j]):
                j -= 1
            if j < sent.start or doc[j].text not in (",", "and"):
                break
            while j >= sent.start and doc[j].text in (",", "and"):
                j -= 1
            j = self._skip_trailer_left(j, sent.start)
            if j < sent.start or not self._person_at(doc[j]):
                break
            mate = self._mention(doc[j])
            if mate is None or not self._same_role(role, self._role(doc[mate[1] - 1])):
                break
            out.append(doc[mate[1] - 1])
            start = mate[0]
        return out

    def _role(self, tok: Token) -> Token | None:
        """The preposition a name hangs under ("with" in "his meeting with Biden"), climbing
        through coordination; None outside any prepositional phrase."""
        cur = tok
        for _ in range(8):
            if cur.dep_ == "pobj" and self.people.at(cur.head) == self.people.at(cur) and self.people.at(cur):
                cur = cur.head  # "Per Moen" read as a preposition and its object: one name
                continue
            if cur.dep_ == "pobj":
                return cur.head
            if cur.dep_ in ("conj", "appos", "compound", "flat", "nmod", "amod", "prep") and cur.head.i != cur.i:
                cur = cur.head
                continue
            return None
        return None

    @staticmethod
    def _same_role(a: Token | None, b: Token | None) -> bool:
        """Two names are one list unless the parse puts them under different prepositions, or one
        under a preposition and the other not."""
        if a is None or b is None:
            return a is None and b is None
        return a.i == b.i

    def _skip_trailer(self, i: int, stop: int) -> int:
        """Past "of Saudi Arabia" and ", the Mozambican president" after a name (to the comma)."""
        doc = self.doc
        if i + 1 < stop and doc[i].lower_ == "of" and doc[i + 1].ent_type_ in ("GPE", "ORG"):
            i += 1
            while i < stop and doc[i].ent_iob_ == "I" or i < stop and doc[i].ent_type_ in ("GPE", "ORG") \
                    and doc[i].ent_iob_ == "B" and doc[i - 1].lower_ == "of":
                i += 1
        if i + 2 < stop and doc[i].text == "," and fold(doc[i + 1].text) in ("the", "a", "an"):
            k = i + 2
            while k < stop and k < i + 10 and doc[k].text != "," and doc[k].pos_ not in ("VERB", "AUX"):
                k += 1
            if k < stop and doc[k].text == "," and any(fold(t.text) in self.gz.title_words for t in doc[i + 2: k]):
                return k
        return i

    def _skip_trailer_left(self, j: int, stop: int) -> int:
        """Leftwards past ", the Mozambican president" and "of Saudi Arabia" to the name before."""
        doc = self.doc
        if j >= stop and fold(doc[j].text) in self.gz.title_words and not self.people.at(doc[j]):
            k = j
            while k > stop and doc[k].text != ",":
                k -= 1
            if doc[k].text == "," and k + 1 <= j and fold(doc[k + 1].text) in ("the", "a", "an"):
                j = k - 1
        if j >= stop and doc[j].ent_type_ in ("GPE", "ORG") and not self.people.at(doc[j]):
            k = j
            while k > stop and doc[k].ent_iob_ == "I":
                k -= 1
            if k - 1 >= stop and doc[k - 1].lower_ == "of":
                j = k - 2
        return j

    def people_of(self, tok: Token, other_side: set[str], sent: Span) -> tuple[list[str], bool]:
        """Person ids an argument stands for, and whether it was a group ("the two leaders")."""
        found: list[str] = []
        group = False
        for t in self.expand(tok):
            if fold(t.text) in _KIN or t.dep_ in ("appos", "compound") and fold(t.head.text) in _KIN:
                continue  # "hosted A and his wife B": a spouse along, not a party to the talks
            if t.lower_ == "whom" and (clause := next((a for a in t.ancestors if a.dep_ == "relcl"), None)):
                t = clause.head  # "B, with whom he held a conversation"
            if t.dep_ == "appos" and self.people.at(t.head) and self.people.at(t) is None \
                    and any(c.dep_ in ("det", "poss") for c in t.children):
                continue  # "A, the younger sister of leader B": a description of A, not B
            if fold(t.text) in ("hm", "hrh", "he") and t.tag_ == "NNP":
                # "between HM the King and B": the honorific stands before who is meant
                t = next((c for c in t.children if c.dep_ == "appos"), t)
            pid = self._person_at(t)
            # "he, Mr Biden and Mr Modi": a pronoun heading a list is not the name after it
            pronoun = fold(t.text) in PRONOUNS_SG | PRONOUNS_PL
            if pid is None and not pronoun:
                for c in t.children:
                    if c.dep_ in ("appos", "compound", "flat", "nmod") and self.people.at(c):
                        pid = self.people.at(c)
                        break
            if pid is None and t.head.dep_ != "poss" and t.dep_ != "poss" and not pronoun \
                    and t.lower_ not in self.lex["interaction_nouns"] \
                    and not any(c.dep_ == "prep" and c.lower_ == "including" for c in t.children) \
                    and not (t.tag_ in ("NNS", "NNPS") and len(self.named_inside(t)) >= 2):
                # a trailing name inside the argument ("his Turkish counterpart Recep Tayyip"); not inside
                # a meeting noun ("host a summit ... with Olaf Y"), whose people the noun trigger reads
                listed = {x.i for k in t.children if k.dep_ == "conj" and self.people.at(k) for x in k.subtree}
                for c in t.subtree:
                    # ("General Secretary of the X Central Committee and State President To Lam": a
                    # name ending the argument, the parser taking "To" or "of China" for a preposition;
                    # not the next name of a list: "The Crown Prince and Al-Kadhimi")
                    if c.i > t.i and c.i not in listed and self.people.at(c) and (c.dep_ in ("appos", "compound", "npadvmod", "dobj")
                                                             or c.dep_ == "pobj" and c.i == t.right_edge.i
                                                             and self._titled_name(c)) \
                            and not self._in_meeting_noun(c, t) and not self._in_clause_below(c, t):
                        pid = self.people.at(c)
                        break
            if pid is None:
                low = fold(t.text)
                if low in PRONOUNS_SG and not t._.in_quote:
                    pid = self.pronoun(t, other_side, sent)
                elif low in PRONOUNS_PL and not t._.in_quote:
                    group = True
                    found.extend(self.plural_pronoun(t, other_side, sent))
                    continue
                elif self._bare_pair(t):
                    group = True  # "the two had held a virtual summit"
                    found.extend(self.group(t, None, other_side, sent, anyone=True, exact=True))
                    continue
                elif t.dep_ == "appos" and self.people.at(t.head):
                    continue  # "Wang Yi, China's top diplomat": the description is the named person
                elif self._title_of_next_name(t):
                    continue  # "A and Foreign Minister B": the parser splits B's title off
                elif t.tag_ in ("NNS", "NNPS") and (named := self._including(t, sent)):
                    found.extend(p for p in named if p not in found)  # "members of the cabinet, including A and B"
                    continue
                elif t.tag_ == "NNS" and (named := [c for x in [t, *(p for o in t.children if o.dep_ == "prep" and o.lower_ == "of"
                                                                    for p in o.children if p.dep_ == "pobj")]
                                                    for c in x.children if c.dep_ == "appos" and self.people.at(c)]):
                    # "the heads of the Czech and Slovenian governments, A and B" (the parser may hang the
                    # names on "governments")
                    found.extend(p for p in self.people_of_all(named, sent) if p not in found)
                    continue
                elif t.pos_ in ("NOUN", "PROPN", "NUM"):
                    desc = description_parts(t, self.gz)
                    if desc is None:
                        pid = self._named_after(t)
                    else:
                        named = self.named_inside(t)
                        if (desc["plural"] or desc["two"]) and len(named) >= 2:
                            found.extend(p for p in named if p not in found)  # "the presidents of A and B"
                            continue
                        if (desc["plural"] or desc["two"]) and self._of_countries(t):
                            # "the presidents of A, B and C": the one person of each country the
                            # article names with that title; none when a country has no one
                            per = self._one_per_country(t, desc["wanted"], other_side)
                            found.extend(p for p in per if p not in found)
                            group |= not per  # the leaders of countries the text names no one of (yet)
                            continue
                        if desc["plural"] and desc["count"] and desc["det"] in ("the", "their", "all"):
                            group = True  # "the three leaders"
                            found.extend(self.group(t, desc["wanted"], other_side, sent, need=desc["count"]))
                            continue
                        if desc["plural"] and not desc["two"] and t.dep_ in ("dobj", "obj") and any(
                                c.dep_ in ("compound", "nmod") and c.ent_id_.startswith("org:") for c in t.children) \
                                and len({m.person_id for m in self.people.mentions if sent.start <= m.start < t.i}) < 2:
                            group = True  # "host the G7 leaders in person in June": the body's leaders, whoever
                            continue
                        if desc["plural"] or desc["two"]:
                            if desc["two"] or (desc["det"] in ("the", "their") and not desc["counted"]):
                                group = True
                                found.extend(self.group(t, desc["wanted"], other_side, sent, exact=desc["two"]))
                            elif desc["det"] is None and not desc["counted"] and t.dep_ == "pobj":
                                group = True  # "a video call with European leaders": named later, if at all
                            continue
                        pid = self.description(t, desc, other_side)
                        if pid:
                            self.described.add(pid)
                        else:
                            pid = self._named_after(t)
            if pid and pid not in found:
                found.append(pid)
        return found, group

    def people_of_all(self, toks: list[Token], sent: Span) -> list[str]:
        """The people of several argument tokens, in order, each once."""
        out: list[str] = []
        for t in toks:
            ids, _ = self.people_of(t, set(out), sent)
            out += [i for i in ids if i not in out]
        return out

    def _including(self, t: Token, sent: Span) -> list[str]:
        """"members of the cabinet, including A and B", "their delegations, which included A and B"."""
        named = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "including"
                 for p in c.children if p.dep_ == "pobj"]
        named += [o for c in t.children if c.dep_ == "relcl" and c.lemma_.lower() in ("include", "comprise")
                  for o in c.children if o.dep_ in ("dobj", "obj")]
        return self.people_of_all(named, sent)

    def _titled_name(self, last: Token) -> bool:
        """The name ending at ``last`` follows its title: "State President To Lam", "President of
        China Xi Jinping"."""
        pid, i = self.people.at(last), last.i
        while i > 0 and self.people.at(self.doc[i - 1]) == pid:
            i -= 1
        prev = self.doc[i - 1] if i else None
        if prev is None:
            return False
        if fold(prev.text) in self.gz.titles:
            return True
        return prev.ent_type_ == "GPE" and prev.i >= 2 and self.doc[prev.i - 1].lower_ == "of" \
            and fold(self.doc[prev.i - 2].text) in self.gz.titles

    @staticmethod
    def _in_clause_below(c: Token, top: Token) -> bool:
        """``c`` sits in a clause on the argument ("sites associated with B"), not in its name."""
        t = c.head
        while t.i != top.i and t.head.i != t.i:
            if t.dep_ in ("acl", "relcl") and t.pos_ == "VERB" and t.lemma_.lower() not in ("lead", "head") \
                    and not any(c.tag_ == "WRB" for c in t.children):
                # (not "leaders led by A"; "Libreville, where A co-hosted ...": the parser hangs the
                # clause holding the real subject on the place)
                return True
            t = t.head
        return False

    def _in_meeting_noun(self, c: Token, top: Token) -> bool:
        """``c`` sits inside a meeting noun's phrase below ``top`` ("the office, for talks with B")."""
        t = c.head
        while t.i != top.i and t.head.i != t.i:
            if t.lower_ in self.lex["interaction_nouns"]:
                return True
            t = t.head
        return False

    def _title_of_next_name(self, t: Token) -> bool:
        """A capitalised title word standing right before a name: "Minister" in "Minister B"."""
        nxt = t.i + 1
        return t.text[:1].isupper() and fold(t.text) in self.gz.title_words and nxt < len(self.doc) \
            and self.people.at(self.doc[nxt]) is not None

    @staticmethod
    def _bare_pair(t: Token) -> bool:
        """"the two" or "both" standing alone for two people."""
        low = fold(t.text)
        if t.dep_ not in (*SUBJ, "pobj", "dobj", "poss") or any(c.dep_ == "prep" for c in t.children):
            return False
        if low in ("men", "women"):  # "the two men"
            return any(c.lower_ == "two" for c in t.children) and any(c.lower_ == "the" for c in t.children)
        return low == "both" or low == "two" and any(c.lower_ == "the" and c.dep_ == "det" for c in t.children)

    @staticmethod
    def _of_countries(t: Token) -> bool:
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(x.ent_id_.startswith("country:") for x in c.subtree)
                   for c in t.children)

    def _one_per_country(self, t: Token, wanted: str | None, other_side: set[str]) -> list[str]:
        countries: list[str] = []
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for x in c.subtree:
                    cid = x.ent_id_.removeprefix("country:") if x.ent_id_.startswith("country:") else None
                    if cid is not None and cid not in countries:
                        countries.append(cid)
        out: list[str] = []
        for country in countries:
            fits = [p for p in self.people.people if p not in other_side and country in self.people.countries_of(p)
                    and self.people.fits(p, wanted or "leader")]
            if len(fits) != 1:
                return []
            out.append(fits[0])
        return out

    def named_inside(self, t: Token) -> list[str]:
        out: list[str] = []
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for x in c.subtree:
                    pid = self.people.at(x)
                    if pid and pid not in out:
                        out.append(pid)
        return out

    def description(self, t: Token, desc: dict, other_side: set[str]) -> str | None:
        counterpart_of = None
        if desc["counterpart"]:
            poss = desc["possessor"]
            if poss is None:
                return None
            counterpart_of = self.people.at(poss) or (
                self.pronoun(poss, set(), t.sent) if fold(poss.text) in PRONOUNS_SG else None)
            if counterpart_of is None:
                return None
        span = self.doc[t.left_edge.i: t.i + 1]
        return self.people.resolve_description(
            desc["country"], desc["wanted"], rank=desc["rank"], counterpart_of=counterpart_of,
            exclude=other_side | ({counterpart_of} if counterpart_of else set()), span=span,
            before=t.i, elect=desc["elect"], title=desc["title"])

    def pronoun(self, t: Token, exclude: set[str], sent: Span) -> str | None:
        # "In his talks with Z, Modi said ...": a pronoun before the main subject is that subject
        root = sent.root
        main_subj = [c for c in root.children if c.dep_ in SUBJ]
        # (not "..., he met B, A's office said": the one who reports what the pronoun did)
        reported = root.lemma_.lower() in self.lex["report_verbs"] and any(
            a.dep_ == "ccomp" and a.head.i == root.i for a in t.ancestors)
        if main_subj and t.i < main_subj[0].i and not reported:
            pid = self.people.at(main_subj[0]) or next(
                (self.people.at(c) for c in main_subj[0].subtree if self.people.at(c)), None)
            if pid and pid not in exclude:
                return pid
        if main_subj and t.i > main_subj[0].i and self.people.at(main_subj[0]) is None:
            # "The Kremlin leader last visited France in 2017, when Macron received him"
            desc = description_parts(main_subj[0], self.gz)
            if desc is not None and not desc["plural"] and not desc["counterpart"]:
                pid = self.description(main_subj[0], desc, exclude)
                if pid:
                    return pid
        before = [m for m in self.people.mentions if m.end <= t.i and m.person_id not in exclude]
        in_sent = [m for m in before if m.start >= sent.start]
        subj = [m for m in in_sent if m.is_subject]
        if subj:
            return subj[0].person_id if len({m.person_id for m in subj}) > 1 and fold(t.text) != "his" \
                else subj[-1].person_id
        if in_sent:
            return in_sent[-1].person_id
        if sent.start > 0:
            # "The Vietnamese leader arrived in Guangzhou on Sunday ... He is scheduled to meet B":
            # the subject the sentence before describes
            last = self.doc[sent.start - 1].sent
            subj = [c for c in last.root.children if c.dep_ in SUBJ and self.people.at(c) is None]
            desc = description_parts(subj[0], self.gz) if subj and subj[0].tag_ == "NN" else None
            if desc is not None and not desc["plural"] and not desc["counterpart"] and desc["country"]:
                pid = self.description(subj[0], desc, exclude)
                if pid:
                    return pid
        prev = [m for m in before if m.is_subject]
        if prev:
            return prev[-1].person_id
        return before[-1].person_id if before else None

    def group(self, t: Token, wanted: str | None, other_side: set[str], sent: Span, need: int = 2,
              anyone: bool = False, exact: bool = False) -> list[str]:
        """"the two presidents", "both leaders", "the three leaders", "they": the people meant, most
        recent first. ``need`` is a least number unless ``exact`` ("the two", "both")."""
        if not other_side and not anyone:
            # "A had hoped to meet B at X, but the gathering, where the two leaders had been due to
            # meet, was postponed": the ones the sentence itself names
            speakers = self.speakers(sent)
            named: list[str] = []
            for m in self.people.mentions:
                if sent.start <= m.start < t.i and m.person_id not in named and m.person_id not in speakers:
                    named.append(m.person_id)
            if len(named) == need and self._all_fit(named, wanted):
                return named
        if not other_side:
            options = [o for c in reversed(self.found) if c.sent.start <= sent.start and t.i - c.trigger.i <= 400
                       for o in [self._group_of(c, wanted, need, exact)] if o]
            if options:
                # the meeting of the people the story keeps naming, not one with a person named once
                # ("welcomed by the Governor-General" between the leaders' talks and "the two leaders")
                counts = {}
                for m in self.people.mentions:
                    if m.start < t.i:
                        counts[m.person_id] = counts.get(m.person_id, 0) + 1
                people, c = max(options, key=lambda o: min(counts.get(p, 0) for p in o[0]))
                if set(people) == set(c.participants):
                    self.anaphor = c
                return people
        picked: list[str] = []
        speakers = self.speakers(sent)
        for m in reversed(self.people.mentions):
            if m.start >= t.i or m.person_id in other_side or m.person_id in picked:
                continue
            if m.start >= sent.start and m.person_id in speakers:
                continue
            if t.i - m.start > 250:
                break
            if not anyone and not self.people.fits(m.person_id, wanted or "leader"):
                continue
            if m.start > 0 and fold(self.doc[m.start - 1].text) in _KIN:
                continue  # "Steinmeier and his wife Elke B": a spouse is not one of "the two heads of state"
            picked.append(m.person_id)
            if len(picked) == need:
                break
        if len(picked) < need and speakers:
            # "Modi told Putin that ... as the two leaders met": the speaker of the sentence is one
            # of the two when no one else is named in it
            here: list[str] = []
            for m in self.people.mentions:
                if sent.start <= m.start < t.i and m.person_id not in other_side and m.person_id not in here:
                    here.append(m.person_id)
            if len(here) == need and set(picked) <= set(here):
                return here
        return picked if len(picked) == need else []

    def _group_of(self, c: Candidate, wanted: str | None, need: int, exact: bool = False
                  ) -> tuple[list[str], Candidate] | None:
        """The people of meeting ``c`` that "the two presidents" / "the three leaders" can mean."""
        # delegation members added from later sentences are not "the two leaders"
        principals = [p for p in c.participants if p not in getattr(c, "delegates", ())]
        if (len(principals) >= 2 if need == 2 and not exact else len(principals) == need) \
                and self._all_fit(principals, wanted):
            return principals, c
        # "the two presidents" after a meeting of two presidents and their ministers
        heads = [p for p in principals if self.people.title_classes(p) and self.people.fits(p, wanted or "leader")]
        return (heads, c) if len(principals) > need and len(heads) == need else None

    def _all_fit(self, pids: list[str], wanted: str | None) -> bool:
        """"the two prime ministers" for a pair of whom one is called prime minister and the other
        has no title in the text or the gazetteer."""
        fit = [self.people.fits(p, wanted) for p in pids]
        return all(fit) or any(fit) and all(f or not self.people.title_classes(p) for p, f in zip(pids, fit))

    def plural_pronoun(self, t: Token, other_side: set[str], sent: Span) -> list[str]:
        """"their talks": the two people of the same sentence (speakers aside); "they" as a subject
        may also be the pair of the interaction just before."""
        speakers = self.speakers(sent)
        here: list[str] = []
        for m in self.people.mentions:
            if sent.start <= m.start < sent.end and m.person_id not in speakers \
                    and m.person_id not in other_side and m.person_id not in here:
                here.append(m.person_id)
        if t.dep_ == "poss" and here and self._named_later_elsewhere(t, sent):
            here = []  # "their summit ..., joined by C and D": C and D are not "they"
        if t.dep_ in SUBJ and t.head.dep_ in ("advcl", "relcl", "conj"):
            # "The two leaders elevated ties when they met in Manila": the subject of the clause above
            main = [c for c in t.head.head.children if c.dep_ in SUBJ and fold(c.text) not in PRONOUNS_PL]
            above = self.people_of(main[0], other_side, sent)[0] if main else []
            # "African leaders led by A are meeting B, a day after they held talks with C"
            if len(above) >= 2 or above and main[0].tag_ == "NNS":
                return above
        if len(here) == 2:
            last = self.found[-1] if self.found else None
            if last is not None and last.sent.start < sent.start and set(last.participants) == set(here) \
                    and sent.start - last.sent.end < 60:
                self.anaphor = last  # "During their meeting at the palace, A told B ..."
            return here
        # "A, B and C agreed ... after their talks": everyone named, when they are one list before
        mentions = [m for m in self.people.mentions if sent.start <= m.start < sent.end and m.person_id in here]
        if len(here) > 2 and mentions[-1].end <= t.i and not any(
                tok.pos_ in ("VERB", "AUX") for a, b in pairwise(mentions) for tok in self.doc[a.end: b.start]):
            return here
        if t.dep_ in SUBJ and not here and self.found:
            last = self.found[-1]
            if sent.start - last.sent.end < 60:
                return list(last.participants)
        if t.dep_ == "poss" and not here:
            # "In their talks at the office, the two leaders agreed ...": the sentence's subject
            verb = clause_verb(t)
            verb = sent.root if verb is None else verb
            main = [c for c in verb.children if c.dep_ in SUBJ and c.i > t.i and fold(c.text) not in PRONOUNS_PL]
            if main:
                return self.people_of(main[0], other_side, sent)[0]
            # "the third meeting between the two heads of state, following their talks in Bali": the pair
            # the sentence named before
            pair = next((c for c in sent if c.i < t.i and c.tag_ == "NNS"
                         and any(k.lower_ in ("two", "both") for k in c.children)), None)
            if pair is not None and len(ids := self.people_of(pair, other_side, sent)[0]) >= 2:
                return ids
            if sent.start > 0:
                # "A and B agreed on X. The agreement came at their summit ...": the two just named
                prev = self.doc[sent.start - 1].sent
                speakers = self.speakers(prev)
                named: list[str] = []
                for m in self.people.mentions:
                    if prev.start <= m.start < prev.end and m.person_id not in named and m.person_id not in speakers \
                            and m.person_id not in other_side and not self.doc[m.start]._.in_quote:
                        named.append(m.person_id)
                if len(named) == 2:
                    return named
        return []

    def _named_later_elsewhere(self, t: Token, sent: Span) -> bool:
        """Everyone the sentence names comes after the possessive ``t`` and none is the subject of
        the clause ``t`` sits in."""
        mentions = [m for m in self.people.mentions if sent.start <= m.start < sent.end]
        if any(m.start < t.i for m in mentions):
            return False
        verb = clause_verb(t)
        subjects = {x.i for c in (verb.children if verb is not None else ()) if c.dep_ in SUBJ for x in c.subtree}
        return not any(i in subjects for m in mentions for i in range(m.start, m.end))

    def speakers(self, sent: Span) -> set[str]:
        out = set()
        for tok in tokens(sent):
            if tok.lemma_.lower() in self.lex["report_verbs"]:
                for c in tok.children:
                    if c.dep_ in SUBJ:
                        for t in c.subtree:
                            if self.people.at(t):
                                out.add(self.people.at(t))
        return out


def _reduced_relative(verb: Token, subj: Token) -> bool:
    """"a call between A and B planned for May": the parser makes B the subject of "planned", a
    participle that modifies the noun before the names."""
    return verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBD" and verb.head.i < subj.i \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _conj_of_verb(tok: Token) -> bool:
    """"with Biden, Indian Prime Minister Narendra Modi and ...": the parser makes the later names
    conjuncts of the verb, a name coordinated with a clause."""
    cur = tok
    for _ in range(8):
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return True
    return False


def _verb_above(tok: Token) -> int:
    """The verb a name hangs under, through the noun phrase it is part of."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur.i
        cur = cur.head
    return cur.i
