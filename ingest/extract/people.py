"""Who the people in one article are: names clustered and linked to the gazetteer, their titles,
and resolution of descriptions ("the Russian president", "his Chinese counterpart", "China's No. 3").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise

from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span, Token

from ingest.extract.doc_index import doc_ents
from ingest.extract.gazetteer import Gazetteer, KnownPerson, fold
from ingest.extract.names import PATRONYMIC
from ingest.extract.places import dateline_end
from ingest.extract.roles import (
    TitlePhrase,
    apposition_after,
    country_after,
    entity_ref,
    title_before,
)
from ingest.ids import slug

HEAD_CLASSES = {"head_of_state", "head_of_government"}


@dataclass
class PersonEntry:
    id: str
    name: str
    mentions: list[str] = field(default_factory=list)
    known: KnownPerson | None = None
    countries: list[str] = field(default_factory=list)  # from the text, then the gazetteer
    titles: list[TitlePhrase] = field(default_factory=list)  # from the text
    spans: list[Span] = field(default_factory=list)

    @property
    def wikidata(self) -> str | None:
        return self.known.wikidata if self.known else None

    def country(self) -> str | None:
        return self.countries[0] if self.countries else None


@dataclass
class Mention:
    start: int  # token offsets
    end: int
    person_id: str
    is_subject: bool


class PersonRegistry:
    """The people of one article, with a token -> person index."""

    def __init__(self, doc: Doc, gz: Gazetteer, published: date | None):
        self.doc = doc
        self.gz = gz
        self.published = published
        self.people: dict[str, PersonEntry] = {}
        self.by_token: dict[int, str] = {}
        self.mentions: list[Mention] = []
        self._build()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        gz = self.gz
        skip = dateline_end(self.doc)  # "CAMP DAVID, Md. (AP)" is tagged as people
        # a span of titles alone ("Councilor" in "State Councilor and Foreign Minister X") names no one
        never = gz.derived("never a person's name", lambda g: {fold(w) for w in g.lexicon["not_name_words"]}
                           | set(g.title_words) | set(g.name_prefixes) | _FORMS_OF_ADDRESS)
        spans = [e for e in doc_ents(self.doc) if e.label_ == "PERSON" and _plausible_name(e, never) and e.start >= skip]
        forms: dict[str, list[Span]] = {}
        for span in spans:
            forms.setdefault(fold(span.text), []).append(span)

        resolved: dict[str, str | None] = {}
        for form, group in forms.items():
            ent_id = group[0].ent_id_
            resolved[form] = ent_id.split(":", 1)[1] if ent_id.startswith("person:") else self._known_id(form)

        # a short form stands for the longest form in the article that contains all its words
        canonical: dict[str, str] = {}
        by_length = sorted(forms, key=lambda f: -len(f.split()))
        # "Stoere" for "Jonas Gahr Støre": a transliterated surname is the same person
        translit = {f: {_translit(w) for w in f.split()} for f in forms}
        for form in forms:
            words = translit[form]
            supers = [f for f in by_length if f != form and words < translit[f] and _same_bearer(form, f)]
            target = supers[0] if supers else form
            canonical[form] = target
        particles = gz.derived("folded name_particles", lambda g: {fold(w) for w in g.lexicon["name_particles"]})
        for nick, full in _nicknames(spans, particles).items():
            if nick in canonical and full in canonical and resolved.get(nick) in (None, resolved.get(full)):
                canonical[nick] = canonical[full]

        for form, group in forms.items():
            target = canonical[form]
            known_id = resolved.get(target)
            if known_id is None and (target == form or self._compatible(resolved.get(form), target, form)):
                known_id = resolved.get(form)
            if known_id is None and len(form.split()) == 1 and target == form:
                known_id = self._surname_id(form)
            if known_id:
                known = gz.people[known_id]
                pid = known.id
                entry = self.people.get(pid) or PersonEntry(pid, known.name, known=known)
            else:
                surface = max(forms[target], key=lambda s: len(s.text)).text
                pid = slug(surface)
                entry = self.people.get(pid) or PersonEntry(pid, surface)
            self.people[pid] = entry
            for span in group:
                self._add_mention(entry, span)
        self._mistagged_surnames(skip)
        self.mentions.sort(key=lambda m: m.start)
        for entry in self.people.values():
            if entry.known is None:
                longest = max(entry.mentions, key=len)
                if len(longest) > len(entry.name):
                    entry.name = longest
            self._read_titles(entry)

    def _mistagged_surnames(self, skip: int) -> None:
        """"Cuban President Miguel Díaz-Canel ... Díaz-Canel, who ...": a later surname the NER tagged
        as an organisation is the one person of the article who bears it."""
        ends: dict[str, set[str]] = {}
        for pid, entry in self.people.items():
            for m in entry.mentions:
                words = fold(m).split()
                if len(words) >= 2:
                    ends.setdefault(" ".join(words[-1:]), set()).add(pid)
                    if len(words) >= 3:
                        ends.setdefault(" ".join(words[-2:]), set()).add(pid)
        if not ends:
            return
        for e in doc_ents(self.doc):
            if e.label_ != "ORG" or e.start < skip or any(i in self.by_token for i in range(e.start, e.end)):
                continue
            if not all(t.pos_ == "PROPN" or t.text == "-" for t in e):
                continue
            pids = ends.get(fold(e.text))
            if not pids or len(pids) != 1:
                continue
            self._add_mention(self.people[next(iter(pids))], Span(self.doc, e.start, e.end, label="PERSON"))

    def _add_mention(self, entry: PersonEntry, span: Span) -> None:
        if span.text not in entry.mentions:
            entry.mentions.append(span.text)
        entry.spans.append(span)
        for i in range(span.start, span.end):
            self.by_token[i] = entry.id
        self.mentions.append(Mention(span.start, span.end, entry.id, _is_subject(span)))

    def _compatible(self, known_id: str | None, long_form: str, short_form: str) -> bool:
        """Whether the gazetteer person a short form names can be the one of the longer form the
        article also uses: "Harris" is not Kamala Harris when the text says "Michael Harris"."""
        if known_id is None:
            return False
        known = self.gz.people[known_id]
        words = {w for f in [known.name, *known.aliases] for w in fold(f).split()}
        extra = set(long_form.split()) - set(short_form.split())
        return bool(extra & words)

    def adopt(self, token: Token) -> str | None:
        """A name-shaped word the NER did not take for a name, standing where an interaction needs
        a person ("Akhannouch will speak with Greenidge"): registered as a person, joined to the
        article's person of the same name when there is one."""
        from ingest.extract.names import name_span

        if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in ("visit", "tour"):
            return None  # "will visit Indore": an unknown name one visits is a place
        if token.ent_type_ in ("GPE", "LOC") and token.ent_id_:
            return None  # "the WHO Africa office": a place the gazetteer knows
        span = name_span(token, self.gz)
        if span is not None and span.start < dateline_end(self.doc):
            return None
        if span is not None and set(fold(span.text).split()) <= self.gz.derived(
                "titles and forms of address", lambda g: _FORMS_OF_ADDRESS | set(g.title_words)):
            # "Head of State Tokayev", "His Highness", "State Councilor": how a person is addressed
            # or a title, not a name
            return None
        if span is not None and span.end < len(self.doc) and self.doc[span.end].is_title \
                and fold(self.doc[span.end].text) in self.gz.derived(
                "title words and anchors", lambda g: set(g.title_words) | {fold(w) for w in g.lexicon["title_anchors"]}):
            return None  # "IMF Managing Director B": a word of the title, not a name
        if span is None or any(i in self.by_token for i in range(span.start, span.end)):
            return self.by_token.get(token.i)
        form = fold(span.text)
        words = set(form.split())
        tr_words = {_translit(w) for w in words}
        pid = None
        for entry in self.people.values():
            if any(tr_words <= {_translit(w) for w in fold(m).split()} and _same_bearer(form, fold(m))
                   for m in entry.mentions):
                pid = entry.id
                break
        if pid is None and len(words) > 1:
            pid = self._surname_entry(form)
        if pid is None:
            known_id = self._known_id(form) if len(words) > 1 else self._surname_id(form)
            if known_id:
                known = self.gz.people[known_id]
                pid = known.id
                if pid not in self.people:
                    self.people[pid] = PersonEntry(pid, known.name, known=known)
                    self._read_titles(self.people[pid])
            else:
                pid = slug(span.text)
                self.people.setdefault(pid, PersonEntry(pid, span.text))
        entry = self.people[pid]
        self._add_mention(entry, span)
        if entry.known is None and len(span.text) > len(entry.name):
            entry.name = span.text
        self.mentions.sort(key=lambda m: m.start)
        return pid

    def _surname_entry(self, form: str) -> str | None:
        """"Ayman Saleh" found late, when the article's "Saleh" is already someone: the same person,
        under the fuller name, when no one else in the article goes by that surname."""
        surname = form.split()[-1]
        hits = [e for e in self.people.values() if e.known is None
                and all(fold(m).split() == [surname] for m in e.mentions)]
        if len(hits) != 1:
            return None
        entry = hits[0]
        if any(surname == fold(e.name).split()[-1] for e in self.people.values() if e is not entry):
            return None
        return entry.id

    def _known_id(self, form: str) -> str | None:
        gz = self.gz
        if form in gz.person_by_form:
            return gz.person_by_form[form]
        words = form.split()
        if len(words) >= 2:
            forms = set.intersection(*(gz.person_forms_by_word.get(w, set()) for w in words))
            hits = {gz.person_by_form[f] for f in forms}
            if len(hits) == 1:
                return hits.pop()
            match = process.extractOne(form, list(gz.person_by_form), scorer=fuzz.ratio, score_cutoff=88)
            if match:
                return gz.person_by_form[match[0]]
        return None

    def _surname_id(self, form: str) -> str | None:
        gz = self.gz
        ids = gz.people_by_surname.get(form, [])
        if len(ids) > 1 and self.published:
            ids = [i for i in ids if gz.people[i].titles_on(self.published)]
        if len(ids) == 1:
            return ids[0]
        if not ids and len(form) >= 6:
            match = process.extractOne(form, list(gz.people_by_surname), scorer=fuzz.ratio, score_cutoff=88)
            if match and len(gz.people_by_surname[match[0]]) == 1:
                return gz.people_by_surname[match[0]][0]
        return None

    def _read_titles(self, entry: PersonEntry) -> None:
        gz = self.gz
        for span in entry.spans:
            phrase = title_before(span, gz)
            after = country_after(span, gz)
            if phrase and after and phrase.of_id is None:
                phrase.of_kind, phrase.of_id = after
            appos = apposition_after(span, gz)
            for p in (phrase, appos):
                if p is None:
                    continue
                if p.title and p.current:
                    entry.titles.append(p)
                if p.of_kind == "Country" and p.of_id and p.current and p.of_id not in entry.countries:
                    entry.countries.append(p.of_id)
        if entry.known:
            kc = entry.known.country
            if kc in gz.countries and kc not in entry.countries:
                entry.countries.append(kc)

    # ------------------------------------------------------------ queries
    def at(self, token: Token) -> str | None:
        return self.by_token.get(token.i)

    def title_classes(self, pid: str) -> set[str]:
        entry = self.people[pid]
        classes = {t.title_class for t in entry.titles if t.title_class}
        if entry.known:
            for title in self._known_titles(entry):
                info = self.gz.title(title)
                if info:
                    classes.add(info.cls)
                elif title in ("Supreme Leader", "Premier", "Chancellor"):
                    classes.add("head_of_state")
        return classes

    def countries_of(self, pid: str) -> set[str]:
        return set(self.people[pid].countries)

    def titles_held(self, pid: str) -> set[str]:
        entry = self.people[pid]
        held = {t.title for t in entry.titles if t.title}
        if entry.known:
            held.update(self._known_titles(entry))
        return held

    def _known_titles(self, entry: PersonEntry) -> list[str]:
        """The gazetteer titles of a known person on the article's day (an undated article: any
        office the person has held)."""
        return entry.known.titles_on(self.published) if self.published else [o.title for o in entry.known.offices]

    def fits(self, pid: str, wanted: str | None) -> bool:
        """Whether a person can be meant by a title class ("leader" = head of state or government)."""
        if wanted is None:
            return True
        classes = self.title_classes(pid)
        if wanted == "leader":
            return bool(classes & HEAD_CLASSES) or not classes
        if wanted == "minister":  # "the two ministers": of any portfolio
            return any(c.endswith("minister") and c != "prime_minister" for c in classes)
        return wanted in classes

    def add_known(self, known: KnownPerson, surface: str, span: Span) -> str:
        entry = self.people.get(known.id)
        if entry is None:
            entry = PersonEntry(known.id, known.name, known=known)
            if known.country in self.gz.countries:
                entry.countries.append(known.country)
            self.people[known.id] = entry
        if surface not in entry.mentions:
            entry.mentions.append(surface)
        return known.id

    def resolve_description(self, country: str | None, wanted: str | None, *, rank: bool,
                            counterpart_of: str | None, exclude: set[str], span: Span,
                            before: int | None = None, elect: bool = False, title: str | None = None) -> str | None:
        """The one person a description can mean, from the article first, then the gazetteer
        (``elect``: the one who takes the title within the next three months)."""
        if elect:
            return self._elect(country, wanted, span)
        cands = []
        for pid in self.people:
            if pid in exclude:
                continue
            if country and country not in self.countries_of(pid):
                continue
            cands.append(pid)
        if counterpart_of is not None:
            own = self.title_classes(counterpart_of)
            cands = [p for p in cands if not own or not self.title_classes(p) or own & self.title_classes(p)]
            if country is None:
                return None
            return cands[0] if len(cands) == 1 else None
        if rank:
            cands = [p for p in cands if not (self.title_classes(p) & HEAD_CLASSES)]
            return cands[0] if len(cands) == 1 else None
        if wanted:
            exact = [p for p in cands if self.fits(p, wanted) and self.title_classes(p)]
            if len(exact) > 1 and title:
                # "the Crown Prince" with a prime minister in the story: the one holding that very title
                exact = [p for p in exact if title in self.titles_held(p)] or exact
            loose = [p for p in cands if self.fits(p, wanted)]
            if len(exact) == 1:
                return exact[0]
            if len(exact) > 1 and before is not None:
                return self._nearest(exact, before)
            if not exact and len(loose) == 1 and country:
                return loose[0]
        if country and self.published:
            known = [p for p in self.gz.people.values() if p.country == country
                     and p.titles_on(self.published)
                     and (wanted is None or self._known_fits(p, wanted))]
            if wanted in (None, "leader"):
                known = [p for p in known if self._known_fits(p, "leader")]
                known = [p for p in known if "head_of_state" in self._known_classes(p)] or known
            if len(known) == 1:
                return self.add_known(known[0], span.text, span)
        return None

    def _elect(self, country: str | None, wanted: str | None, span: Span) -> str | None:
        if not country or not self.published:
            return None
        soon = self.published + timedelta(days=90)
        known = [p for p in self.gz.people.values() if p.country == country and p.titles_on(soon)
                 and not p.titles_on(self.published)]
        known = [p for p in known if any((info := self.gz.title(t)) and (wanted in (None, "leader") and info.cls
                                          in HEAD_CLASSES or info.cls == wanted) for t in p.titles_on(soon))]
        return self.add_known(known[0], span.text, span) if len(known) == 1 else None

    def _nearest(self, pids: list[str], before: int) -> str:
        """The one the story keeps naming (more than twice as often as any other), else the one
        named last: "the prime minister" in a story about Modi's tour that names another premier once."""
        counts = {p: sum(1 for m in self.mentions if m.person_id == p and m.start < before) for p in pids}
        ranked = sorted(pids, key=lambda p: -counts[p])
        if counts[ranked[0]] > 2 * counts[ranked[1]]:
            return ranked[0]
        best, best_pos = pids[0], -1
        for m in self.mentions:
            if m.person_id in pids and m.start < before and m.start > best_pos:
                best, best_pos = m.person_id, m.start
        return best

    def _known_classes(self, p: KnownPerson) -> set[str]:
        out = set()
        for title in p.titles_on(self.published):
            info = self.gz.title(title)
            if info:
                out.add(info.cls)
        return out

    def _known_fits(self, p: KnownPerson, wanted: str) -> bool:
        classes = self._known_classes(p)
        if wanted == "leader":
            return bool(classes & HEAD_CLASSES)
        return wanted in classes


_QUOTES = {"'", '"', "‘", "’", "“", "”"}
_PLACE_HEADS = {"region", "province", "district", "oblast", "governorate", "prefecture", "county", "krai",
                "municipality", "valley", "river", "airport"}


def _nicknames(spans: list[Span], particles: set[str]) -> dict[str, str]:
    """"Pushpa Kamal Dahal 'Prachanda'": a quoted name right after a full name is that person's
    other name (folded forms, nickname to full name); one inside a name ("Luiz Inacio 'Lula' da
    Silva") is not read here."""
    out: dict[str, str] = {}
    for a, b in pairwise(spans):
        doc = a.doc
        if b.start != a.end + 1 or b.end >= len(doc) or len(a) < 2 or len(b) > 2:
            continue
        if doc[a.end].text not in _QUOTES or doc[b.end].text not in _QUOTES:
            continue
        nxt = doc[b.end + 1] if b.end + 1 < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or fold(nxt.text) in particles):
            continue
        out.setdefault(fold(b.text), fold(a.text))
    return out


def _plausible_name(span: Span, never: set[str] = frozenset()) -> bool:
    """Name-shaped, and not only words that never name a person ("Twitter", "Kremlin")."""
    text = span.text.strip()
    if never and all(fold(t.text) in never for t in span if t.is_alpha):
        return False
    if any(t.is_digit for t in span):
        return False  # "Nord Stream 2"
    if span.end < len(span.doc) and fold(span.doc[span.end].text) in _PLACE_HEADS:
        return False  # "Uzbekistan's Jizzakh region"
    return len(text) > 1 and any(c.isalpha() for c in text) and text[:1].isupper() and "\n" not in text


_FORMS_OF_ADDRESS = {"head", "his", "her", "highness", "majesty", "excellency", "royal", "serene", "holiness",
                     # words of offices the title list does not hold: "Special Assistant to the President"
                     "special", "assistant", "adviser", "advisor", "aide", "senior", "deputy", "envoy"}


def _same_bearer(short: str, long: str) -> bool:
    """"Abdulaziz bin Salman" is not "Mohammed bin Salman bin Abdulaziz": a name with a "bin" chain
    names its bearer first, so the first words must agree."""
    a, b = short.split(), long.split()
    if not (PATRONYMIC & set(a)) or a[0] in PATRONYMIC:
        return True
    return a[0] == b[0] or (len(b) > 1 and b[0] in ("al", "el") and a[0] == b[1])


def _translit(word: str) -> str:
    """"stoere" and "store" (from "Støre"), "mueller" and "muller": one form for matching."""
    word = word.replace("ø", "o").replace("æ", "a")
    return word.replace("oe", "o").replace("ae", "a").replace("ue", "u") if len(word) > 3 else word


def _is_subject(span: Span) -> bool:
    return span.root.dep_ in ("nsubj", "nsubjpass") or (
        span.root.dep_ == "conj" and span.root.head.dep_ in ("nsubj", "nsubjpass"))


_GROUP_SIZES = {"three": 3, "four": 4, "five": 5, "3": 3, "4": 4, "5": 5}


def description_parts(token: Token, gz: Gazetteer) -> dict | None:
    """Read a description noun phrase ("the Kremlin leader", "his Chinese counterpart",
    "China's number three leader", "the Indian prime minister") ending at ``token``."""
    left = [c for c in token.lefts if c.dep_ in ("amod", "compound", "poss", "nummod", "det", "nmod", "quantmod", "npadvmod")]
    toks: list[Token] = []
    for c in left:
        toks.extend(t for t in c.subtree if t.i < token.i)
    toks = sorted(set(toks), key=lambda t: t.i) + [token]
    words = [fold(t.text) for t in toks]
    text = " ".join(words)
    country = None
    for t in toks:
        ref = entity_ref(t, gz)
        if ref and ref[0] == "Country":
            country = ref[1]
            break
    title_cls = title = None
    for a in range(len(words)):
        for b in range(len(words), a, -1):
            info = gz.titles.get(" ".join(words[a:b]))
            if info:
                title_cls, title = info.cls, info.title
                break
        if title_cls:
            break
    head = fold(token.text)
    if title_cls is None and token.tag_ in ("NNS", "NNPS") and head.endswith("s") and head[:-1] in gz.titles:
        title_cls = gz.titles[head[:-1]].cls  # "the two ministers"
    is_leader = head in gz.leader_words or head in ("head", "heads") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(fold(p.text) in ("state", "government") for p in c.children)
        for c in token.children)  # "the two heads of state"
    is_counterpart = head in gz.counterpart_words
    rank = any(r in text for r in gz.rank_words) or (
        any(w in ("number", "no") for w in words) and any(t.like_num for t in toks))
    if not (title_cls or is_leader or is_counterpart or rank):
        return None
    possessor = next((c for c in token.children if c.dep_ == "poss"), None)
    return {
        "country": country,
        "wanted": title_cls or ("leader" if is_leader or rank else None),
        "title": title,
        "rank": rank,
        "counterpart": is_counterpart,
        "possessor": possessor,
        "plural": token.tag_ in ("NNS", "NNPS") or head.endswith("s") and head[:-1] in gz.titles,
        "two": any(w in ("two", "both") for w in words) or any(
            fold(c.text) in ("both",) for c in token.children),
        "counted": any(t.like_num and fold(t.text) not in ("two", "2") for t in toks),
        "count": next((_GROUP_SIZES[fold(t.text)] for t in toks if fold(t.text) in _GROUP_SIZES), None),
        "det": next((fold(c.text) for c in token.children if c.dep_ in ("det", "poss", "predet")), None),
        # "the US president-elect", "the incoming U.S. leader": the next holder, not the one in office
        "elect": head in ("elect", "designate") and token.i > 0 and token.doc[token.i - 1].text == "-"
        or "incoming" in words,  # "the incoming U.S. leader"
    }
