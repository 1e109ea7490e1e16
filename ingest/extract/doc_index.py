"""Per-document lookups computed once: ``Span.ents`` walks the whole document on every call;
the headline is parsed only if a rule asks for it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

_KEY = "diplograph_ents"
_TOKENS = "diplograph_tokens"
_WORDS = "diplograph_words"
_TEXT = "diplograph_text"


def doc_text(doc: Doc) -> str:
    """``Doc.text``, which joins every token's text anew on each call."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def doc_tokens(doc: Doc) -> list[Token]:
    """The document's tokens, listed once: indexing or iterating a Doc or Span builds every
    Token object anew, and the rules walk each sentence many times."""
    toks = doc.user_data.get(_TOKENS)
    if toks is None:
        toks = doc.user_data[_TOKENS] = list(doc)
    return toks


def tokens(span: Span) -> list[Token]:
    """The span's tokens, from ``doc_tokens``."""
    return doc_tokens(span.doc)[span.start:span.end]


def words(sent: Span) -> frozenset[str]:
    """Every lowercased form and lemma in the sentence: a reader whose cue words are not among
    them need not walk the sentence (most sentences of an article carry no cue of a reader)."""
    cache = sent.doc.user_data.setdefault(_WORDS, {})
    found = cache.get((sent.start, sent.end))
    if found is None:
        found = cache[(sent.start, sent.end)] = frozenset(
            w for t in tokens(sent) for w in (t.lower_, t.lemma_.lower()))
    return found


def _ents_and_starts(doc: Doc) -> tuple[list[Span], list[int]]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        ents = list(doc.ents)
        cached = (ents, [e.start for e in ents])
        doc.user_data[_KEY] = cached
    return cached


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
