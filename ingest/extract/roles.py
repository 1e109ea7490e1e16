"""Titles around a name: "Russian President Vladimir Putin", "President Shavkat Mirziyoyev of
Uzbekistan", "Russian Ambassador to China Andrey Denisov", "NATO Secretary General Jens Stoltenberg".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ingest.extract.gazetteer import Gazetteer, fold

_LEFT_GLUE = {"'s", "’s", "to", "of", "-", "acting", "deputy", "chief", "senior", "the"}
_MAX_LEFT = 8


@dataclass
class TitlePhrase:
    title: str | None  # canonical title, "Ambassador to China" for envoys
    title_class: str | None
    of_kind: str | None  # "Country" | "Organization"
    of_id: str | None
    current: bool = True


def entity_ref(token: Token, gz: Gazetteer) -> tuple[str, str] | None:
    """("Country", id) or ("Organization", id) for a token inside a country/demonym/seat/org name."""
    if token.ent_type_ in ("GPE", "NORP", "FAC", "ORG", "LOC"):
        ent_id = token.ent_id_ or ""
        if ent_id.startswith(("country:", "seat:")):
            return ("Country", ent_id.split(":", 1)[1])
        if ent_id.startswith("org:"):
            return ("Organization", ent_id.split(":", 1)[1])
    cid = gz.country(token.text) if token.text[:1].isupper() else None
    if cid:
        return ("Country", cid)
    return None


def _ent_start(token: Token) -> int:
    """Start index of the entity a token belongs to, else the token's own index."""
    if token.ent_iob_ in ("B", "I"):
        i = token.i
        while i > 0 and token.doc[i].ent_iob_ == "I":
            i -= 1
        return i
    return token.i


_HONORIFICS = {"datuk", "seri", "dato", "tun", "tan", "sri", "dr", "haji", "pehin", "dato'"}


def title_before(span: Span, gz: Gazetteer) -> TitlePhrase | None:
    """The title phrase written directly before a name."""
    doc = span.doc
    i = span.start - 1
    tokens: list[Token] = []
    while i >= 0 and len(tokens) < _MAX_LEFT:
        tok = doc[i]
        low = fold(tok.text)
        if tok.is_space or tok.is_punct and tok.text not in ("-",):
            break
        if not tokens and (low in _HONORIFICS or low in gz.name_prefixes):
            i -= 1  # "Foreign Minister Datuk Seri Dr A": honorifics between the title and the name
            continue
        if low in gz.title_words or low in _LEFT_GLUE or low in gz.not_current or entity_ref(tok, gz):
            if low == "the" and i >= 2 and doc[i - 1].lower_ == "to" and fold(doc[i - 2].text) in gz.title_words:
                # "Senior Advisor to the US President A": A is the adviser, not the president
                tokens[:0] = [doc[i - 1], tok]
                i -= 2
                continue
            if low == "the":
                break
            tokens.insert(0, tok)
            i -= 1
            continue
        break
    if not tokens:
        return None
    return _read_title(tokens, gz)


def _read_title(tokens: list[Token], gz: Gazetteer) -> TitlePhrase | None:
    words = [fold(t.text) for t in tokens]
    current = not any(w in gz.not_current for w in words)
    best: tuple[int, int, str] | None = None  # (start, end, form)
    for a in range(len(words)):
        for b in range(len(words), a, -1):
            form = " ".join(words[a:b])
            if form in gz.titles:
                if best is None or b - a > best[1] - best[0]:
                    best = (a, b, form)
                break
    if best is None:
        return None
    info = gz.titles[best[2]]
    title = info.title
    of: tuple[str, str] | None = None
    for k, tok in enumerate(tokens):
        ref = entity_ref(tok, gz)
        if ref is None:
            continue
        if k >= best[1] and k > 0 and words[k - 1] == "to":
            name = gz.countries[ref[1]].name if ref[0] == "Country" else gz.orgs[ref[1]].name
            title = f"{title} to {name}"
            continue
        if of is None and k < best[0] or of is None and k >= best[1] and words[k - 1] == "of":
            of = ref
    return TitlePhrase(title, info.cls, of[0] if of else None, of[1] if of else None, current)


def country_after(span: Span, gz: Gazetteer) -> tuple[str, str] | None:
    """"President Shavkat Mirziyoyev of Uzbekistan": the country named right after the name."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        return entity_ref(doc[span.end + 1], gz)
    return None


def apposition_after(span: Span, gz: Gazetteer) -> TitlePhrase | None:
    """", the Russian president," or ", a member of the Chinese Communist Party's Politburo"."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    tokens: list[Token] = []
    for tok in doc[span.end + 1: span.end + 16]:
        if tok.text in (",", ".", ";", ":") or tok.is_space or tok.ent_type_ == "PERSON":
            break
        tokens.append(tok)
    if not tokens or fold(tokens[0].text) not in {"the", "a", "an", "his", "her", "their"}:
        return None
    phrase = _read_title([t for t in tokens[1:] if fold(t.text) not in {"country", "nation"}], gz)
    refs = [entity_ref(t, gz) for t in tokens]
    refs = [r for r in refs if r]
    if phrase is None:
        if refs:
            return TitlePhrase(None, None, refs[0][0], refs[0][1])
        return None
    if phrase.of_id is None and refs:
        phrase.of_kind, phrase.of_id = refs[0]
    return phrase
