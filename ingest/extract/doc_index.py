"""Per-document lookups computed once: ``Span.ents`` walks the whole document on every call."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span

_KEY = "diplograph_ents"


def sent_ents(sent: Span) -> list[Span]:
    doc = sent.doc
    cached = doc.user_data.get(_KEY)
    if cached is None:
        ents = list(doc.ents)
        cached = (ents, [e.start for e in ents])
        doc.user_data[_KEY] = cached
    ents, starts = cached
    i = bisect_left(starts, sent.start)
    out = []
    while i < len(ents) and ents[i].end <= sent.end:
        out.append(ents[i])
        i += 1
    return out
