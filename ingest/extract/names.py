"""Person names the statistical NER misses or cuts, found by their shape and their anchors.

The small English model knows few names from outside Europe and North America: it reads
"Hong Mi-jong" as a place, cuts "Ruben van den Berg" in two and sees no one in "President To Hoang
Chinh". A run of name-shaped tokens is a person's name when

* a capitalised title ends right before it ("President", "Foreign Minister", "Mr", "King"),
* it ends a title's chain of portfolios, countries and bodies ("Minister of Foreign Affairs, Trade and
  Malians Abroad X", "Chairman of the State Committee for National Security X"), or
* an apposition describing a person follows it (", the South Korean president,"),

and a PERSON entity is extended over hyphenated parts ("Mi" "-" "jong") and particles ("van den").
Titles, particles and the words that never start or end a name are data in ``titles.json`` and
``lexicon.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ingest.extract.dates import MONTHS, WEEKDAYS
from ingest.extract.gazetteer import Gazetteer, fold, load_gazetteer

# the links of an Arabic name's chain of fathers: "Mohammed bin Salman bin Abdulaziz"
PATRONYMIC = {"bin", "ibn", "bint"}

_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
_MAX_NAME = 5


@lru_cache(maxsize=1)
def _chain_heads() -> frozenset[str]:
    """Titles that are an office by themselves ("Minister", "Chairman", "Governor") or head one with
    "of" ("Head" of "head of state"), not the end of one ("State" in "Secretary of State"): only these
    head a chain of portfolios."""
    gz = load_gazetteer()
    forms = [*gz.titles, *gz.leader_words]
    heads = {f for f in forms if " " not in f} | {f.split()[0] for f in forms if " of " in f}
    heads |= {fold(w) for w in gz.lexicon["title_anchors"]}
    return frozenset(heads - {fold(w) for w in gz.lexicon["not_title_anchors"]})


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(title words that can stand right before a name, particles, words that are never a name)."""
    gz = load_gazetteer()
    anchors = {form.split()[-1] for form in gz.titles} | set(gz.name_prefixes)
    anchors |= {fold(w) for w in gz.lexicon["title_anchors"]}
    anchors -= {fold(w) for w in gz.lexicon["not_title_anchors"]}
    particles = frozenset(fold(w) for w in gz.lexicon["name_particles"])
    never = {fold(w) for w in gz.lexicon["not_name_words"]} | set(gz.title_words) | set(gz.name_prefixes)
    never |= set(MONTHS) | set(WEEKDAYS) | anchors
    return frozenset(anchors), particles, frozenset(never)


def _joined(doc: Doc, i: int) -> bool:
    """Token ``i`` is glued to the one before it (no whitespace): "Mi" "-" "jong"."""
    return i > 0 and not doc[i - 1].whitespace_


def _name_word(tok: Token, gz: Gazetteer, never: frozenset[str], stop_ok: bool = False,
               place_ok: bool = False) -> bool:
    text = tok.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text) or tok.is_punct:
        return False
    low = fold(text)
    if low in never or tok.like_num or tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"):
        return False
    if low in STOP_WORDS and not stop_ok:
        return False
    if gz.country_name_only(text) or gz.org(text) or (gz.country(text) or gz.place(text)) and not place_ok:
        return False
    if low.endswith("s") and gz.country(text[:-1]):
        return False  # "Tunisians" in "Tunisians Abroad"
    return not (text.isupper() and len(text) > 3)  # not "NAYPYITAW", not an acronym


def name_run(doc: Doc, start: int, gz: Gazetteer, limit: int | None = None, anchored: bool = False) -> int:
    """End (exclusive) of the name-shaped run starting at ``start``, or ``start`` when none. Right
    after a title a name may start with a word that is otherwise a stop word ("President To Lam")."""
    _, particles, never = _vocab()
    limit = min(len(doc), limit if limit is not None else len(doc), start + 3 * _MAX_NAME)
    i = start
    last_good = start
    words = 0
    while i < limit:
        tok = doc[i]
        low = fold(tok.text)
        if i > start and tok.text in ("-", "'", "’") and _joined(doc, i) and i + 1 < limit and _joined(doc, i + 1):
            i += 1
            continue
        if i > start and _joined(doc, i) and doc[i - 1].text in ("-", "'", "’") and tok.text[:1].isalpha():
            # the second part of "Mi-jong", "al-Maliki", "Hu'akavameiliku"
            i += 1
            last_good = i
            continue
        if low in particles and i + 1 < limit:
            i += 1
            continue
        if words and _ROMAN.match(tok.text) and tok.text:
            i += 1
            last_good = i
            break
        # right after a title, a city's name may be a first name when a name follows ("President
        # Santiago Peña")
        place_ok = anchored and i == start and i + 1 < limit and _name_word(doc[i + 1], gz, never)
        if _name_word(tok, gz, never, stop_ok=anchored and i == start, place_ok=place_ok):
            words += 1
            i += 1
            last_good = i
            if words >= _MAX_NAME:
                break
            continue
        break
    return last_good


def _is_anchor(tok: Token) -> bool:
    anchors, _, _ = _vocab()
    return tok.text[:1].isupper() and fold(tok.text).rstrip(".") in anchors


def _apposition_follows(doc: Doc, end: int, gz: Gazetteer) -> bool:
    """", the South Korean president," / ", a former foreign minister of Mali,"."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    if fold(doc[end + 1].text) not in ("the", "a", "an", "his", "her", "its"):
        return False
    for tok in doc[end + 2: end + 9]:
        if tok.text in (",", ".", ";", ":") or tok.is_space:
            return False
        low = fold(tok.text)
        if low in gz.title_words and low not in ("of", "the", "and", "foreign", "state", "general", "first"):
            return True
    return False


def _past_posting(doc: Doc, j: int, gz: Gazetteer) -> int:
    """"Ambassador to Serbia Puan Maharani": past the country an envoy is posted to."""
    if j + 1 >= len(doc) or doc[j].lower_ != "to" or not (gz.country(doc[j + 1].text) or doc[j + 1].ent_type_ == "GPE"):
        return j
    k = j + 2
    while k < len(doc) and doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "GPE":
        k += 1
    return k


_CHAIN_LINKS = frozenset({"of", "for", "and", "the", ",", "&"})
_CHAIN_MAX = 24


def portfolio_word(doc: Doc, i: int, gz: Gazetteer) -> bool:
    """A capitalised word of an office's or a ministry's name, not of a person's: "Affairs",
    "Cooperation", "Kazakhstan", "Moroccan", "Tunisians" (in "Tunisians Abroad")."""
    tok = doc[i]
    text = tok.text
    if not text[:1].isupper():
        return False
    if text.isupper() and len(text) > 1:
        return True  # an acronym ("CPC")
    low = fold(text)
    if tok.ent_id_.startswith("place:") or not tok.ent_id_ and (gz.place(text) or low in gz.country_by_seat):
        return not _first_name_in_chain(doc, i, gz)
    if tok.ent_id_ and not tok.ent_id_.startswith("person:"):
        return True  # a known country or body ("St. Vincent")
    _, particles, never = _vocab()
    if low in particles:
        return False
    return low in never or tok.ent_type_ == "NORP" or bool(gz.country(text) or gz.org(text)) \
        or low.endswith("s") and bool(gz.country(text[:-1]))


def _first_name_in_chain(doc: Doc, i: int, gz: Gazetteer) -> bool:
    """A city ends a chain ("Mayor of Lagos"), unless it stands alone between a portfolio and a name:
    then it is a first name ("Minister of Health Santiago Ruiz")."""
    if doc[i].ent_iob_ == "I" or i + 1 >= len(doc) or doc[i + 1].ent_iob_ == "I" or i == 0:
        return False
    return doc[i - 1].text[:1].isupper() and _name_word(doc[i + 1], gz, _vocab()[2])


def _heads_chain(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return i + 1 < len(doc) and doc[i + 1].lower_ in ("of", "for") and fold(tok.text) in _chain_heads() \
        and (tok.text[:1].isupper() or tok.pos_ == "NOUN")


def _after_portfolios(doc: Doc, j: int, gz: Gazetteer) -> tuple[int, int] | None:
    """"Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita",
    "Chairman of the State Committee for National Security Kamchybek Tashiev": from the "of"/"for"
    after a title, past the portfolios, countries and bodies it names, to the name ending the chain.
    A name-shaped run right before another portfolio word was one too ("Malians Abroad", "Standing
    Committee")."""
    _, _, never = _vocab()
    limit = min(len(doc), j + _CHAIN_MAX)
    found = None
    k = j + 1
    while k < limit:
        tok = doc[k]
        if tok.lower_ in _CHAIN_LINKS or portfolio_word(doc, k, gz):
            k += 1
        elif _name_word(tok, gz, never, place_ok=True):  # a place left here is a first name
            end = name_run(doc, k, gz, limit=limit, anchored=True)
            start = k
            if doc[k - 1].lower_ in ("of", "for") and end - k >= 3 and not _joined(doc, k + 1):
                start = k + 1  # "President of Zanzibar Hussein Mwinyi": the first word is the place
            found = (start, end)
            if end >= limit or not portfolio_word(doc, end, gz) or doc[end].ent_type_ in ("DATE", "TIME"):
                break
            found = None
            k = end
        else:
            break
    return found


def past_portfolios(doc: Doc, start: int, end: int) -> int:
    """Where the name in ``doc[start:end]`` starts when a title's chain of portfolios runs into it:
    "Moroccan [Expatriates] Nasser Bourita", "Migration and [Tunisians Abroad] Othman Jerandi"."""
    gz = load_gazetteer()
    if not _chain_before(doc, start, gz):
        return start
    # two words stay: "Korean Park Geun-hye" keeps its "Park"
    while len(doc[start + 1:end].text.split()) >= 2 and portfolio_word(doc, start, gz):
        start += 1
    return start


def _chain_before(doc: Doc, i: int, gz: Gazetteer) -> bool:
    """A portfolio word other than a title ends right before ``i``, perhaps followed by "and", ","..
    ("President Park Geun-hye" is no chain: "Park" stays)."""
    k = i - 1
    while k >= 0 and doc[k].lower_ in _CHAIN_LINKS:
        k -= 1
    return k >= 0 and portfolio_word(doc, k, gz) and not _is_anchor(doc[k]) \
        and fold(doc[k].text) not in gz.title_words


def find_names(doc: Doc, skip_before: int = 0) -> list[Span]:
    """PERSON spans anchored by a title before them or an apposition after them."""
    gz = load_gazetteer()
    out: list[Span] = []
    i = max(skip_before, 0)
    n = len(doc)
    while i < n:
        tok = doc[i]
        # "Chairman of the State Committee for National Security X", "head of the Intelligence Service X"
        chain = _after_portfolios(doc, i + 1, gz) if _heads_chain(doc, i) else None
        if chain is not None:
            out.append(Span(doc, *chain, label="PERSON"))
            i = chain[1]
            continue
        if _is_anchor(tok) and i + 1 < n:
            j = i + 1
            if doc[j].text == "." and fold(tok.text) in ("mr", "mrs", "ms", "dr"):
                j += 1
            j = _past_posting(doc, j, gz)
            end = name_run(doc, j, gz, anchored=True)
            if end - j == 1 and _ROMAN.match(doc[j].text) and doc[j].text != "I":
                j = i  # "Sultan V": the title word is the name
            if end > j and not (end - j == 1 and doc[j].ent_type_ in ("GPE", "ORG", "NORP") and doc[j].ent_id_):
                out.append(Span(doc, j, end, label="PERSON"))
                i = end
                continue
        if tok.text[:1].isupper() and (i == 0 or not _name_word(doc[i - 1], gz, _vocab()[2])
                                       or doc[i - 1].is_sent_start):
            end = name_run(doc, i, gz)
            if end - i >= 2 and _apposition_follows(doc, end, gz):
                out.append(Span(doc, i, end, label="PERSON"))
                i = end
                continue
        i += 1
    return out


def extend_person(span: Span) -> Span:
    """A PERSON entity stretched over glued hyphen parts and name particles on either side."""
    doc = span.doc
    gz = load_gazetteer()
    start, end = span.start, span.end
    end = max(end, _glued_end(doc, end))
    # "Ruben van" + "den" + "Berg": particles then a name word
    _, particles, never = _vocab()
    k = end
    while k < len(doc) and fold(doc[k].text) in particles:
        k += 1
    if k > end and k < len(doc) and _name_word(doc[k], gz, never):
        end = name_run(doc, k, gz)
    elif end - 1 >= start and fold(doc[end - 1].text) in particles and end < len(doc) \
            and _name_word(doc[end], gz, never):
        end = name_run(doc, end, gz)
    while start >= 2 and doc[start - 1].text == "-" and _joined(doc, start) and _joined(doc, start - 1) \
            and doc[start - 2].text[:1].isupper():
        start -= 2
    # "Van den Berg", "de Wever": particles written before the surname
    k = start
    while k > 0 and fold(doc[k - 1].text) in particles and not doc[k - 1].is_space:
        k -= 1
    if k < start and (doc[k].text[:1].isupper() or k > 0 and _name_word(doc[k - 1], gz, never)):
        start = k
        while start > 0 and _name_word(doc[start - 1], gz, never):
            start -= 1
    return Span(doc, start, end, label="PERSON", span_id=span.id_) if (start, end) != (span.start, span.end) else span


def _glued_end(doc: Doc, end: int) -> int:
    while end + 1 < len(doc) and doc[end].text in ("-", "'", "’") and _joined(doc, end) and _joined(doc, end + 1) \
            and doc[end + 1].text[:1].isalpha():
        end += 2
    return end


def _in_institution(token: Token, never: frozenset[str]) -> bool:
    """Part of an organisation or building named with a word such as "Committee" or "Palace"
    ("the Standing Committee of the National People's Congress")."""
    if token.ent_type_ not in ("ORG", "FAC"):
        return False
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return any(fold(t.text) in never for t in doc[start:end] if t.i != token.i and t.text[:1].isupper())


def name_span(token: Token, gz: Gazetteer) -> Span | None:
    """The name-shaped run a proper noun belongs to, when it looks like a person's name: not a
    country, place, organisation, title or date, and not tagged as an organisation or event."""
    doc = token.doc
    _, particles, never = _vocab()
    if token.pos_ != "PROPN" or token.ent_type_ in ("EVENT", "PRODUCT", "LAW", "WORK_OF_ART",
                                                    "LANGUAGE", "NORP") or token.ent_id_:
        return None
    if not _name_word(token, gz, never) or _in_institution(token, never):
        return None
    if token.text.isupper() and len(token.text) > 1 and (token.ent_type_ == "ORG" or 0 < token.i < len(doc) - 1
                                                         and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"):
        return None  # "National Intelligence Organization (MIT)": an acronym, not a name
    start = token.i
    while start > 0 and (_name_word(doc[start - 1], gz, never) or fold(doc[start - 1].text) in particles) \
            and doc[start - 1].ent_type_ in ("", "PERSON", "GPE", "ORG", "FAC") and not doc[start - 1].ent_id_:
        start -= 1
    while start < token.i and fold(doc[start].text) in particles and not doc[start].text[:1].isupper() \
            and not (doc[start + 1].text == "-" and _joined(doc, start + 1)):
        start += 1
    end = name_run(doc, start, gz)
    if end <= token.i:
        return None
    return Span(doc, start, end, label="PERSON")
