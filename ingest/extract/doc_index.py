"""Per-document lookups computed once: ``Span.ents`` walks the whole document on every call;
the headline is parsed only if a rule asks for it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

T = TypeVar("T")


def per_doc(doc: Doc, key: str, build: Callable[[Doc], T]) -> T:
    """``build(doc)``, computed on the first call for this document and kept in its user data."""
    if key not in doc.user_data:
        doc.user_data[key] = build(doc)
    return doc.user_data[key]


def doc_text(doc: Doc) -> str:
    """``Doc.text``, which joins every token's text anew on each call."""
    return per_doc(doc, "diplograph_text", lambda d: d.text)


def doc_tokens(doc: Doc) -> list[Token]:
    """The document's tokens, listed once: indexing or iterating a Doc or Span builds every
    Token object anew, and the rules walk each sentence many times."""
    return per_doc(doc, "diplograph_tokens", list)


def clause_verb(tok: Token) -> Token | None:
    """The nearest verb above a token: the clause it sits in."""
    return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def tokens(span: Span) -> list[Token]:
    """The span's tokens, from ``doc_tokens``."""
    return doc_tokens(span.doc)[span.start:span.end]


def words(sent: Span) -> frozenset[str]:
    """Every lowercased form and lemma in the sentence: a reader whose cue words are not among
    them need not walk the sentence (most sentences of an article carry no cue of a reader)."""
    cache = per_doc(sent.doc, "diplograph_words", lambda d: {})
    found = cache.get((sent.start, sent.end))
    if found is None:
        found = cache[(sent.start, sent.end)] = frozenset(
            w for t in tokens(sent) for w in (t.lower_, t.lemma_.lower()))
    return found


def _ents_and_starts(doc: Doc) -> tuple[list[Span], list[int]]:
    def build(d: Doc) -> tuple[list[Span], list[int]]:
        ents = list(d.ents)
        return ents, [e.start for e in ents]

    return per_doc(doc, "diplograph_ents", build)


def doc_ents(doc: Doc) -> list[Span]:
    return _ents_and_starts(doc)[0]


def sent_ents(sent: Span) -> list[Span]:
    ents, starts = _ents_and_starts(sent.doc)
    i = bisect_left(starts, sent.start)
    out = []
    while i < len(ents) and ents[i].end <= sent.end:
        out.append(ents[i])
        i += 1
    return out


class Headline:
    """An article's title, parsed by ``parse`` on the first call of ``doc()``."""

    def __init__(self, text: str, parse: Callable[[str], Doc]):
        self.text = text
        self._parse = parse
        self._doc: Doc | None = None

    def doc(self) -> Doc:
        if self._doc is None:
            self._doc = self._parse(self.text)
        return self._doc
