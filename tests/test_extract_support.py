"""Shared fixture and helpers for the extraction tests (no tests of its own)."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract import extract_article, load_nlp
from ingest.facts import Article, ArticleFacts


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def run(nlp, text: str, published: date | None = date(2023, 5, 10), title: str | None = None) -> ArticleFacts:
    return extract_article(Article(id="t", text=text, title=title, published=published), nlp)


def pairs(facts: ArticleFacts) -> set[frozenset[str]]:
    out = set()
    for i in facts.interactions:
        ids = i.participant_ids
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                out.add(frozenset((ids[a], ids[b])))
    return out


def only(facts: ArticleFacts):
    assert len(facts.interactions) == 1, [(i.participant_ids, i.status, i.evidence.sentence)
                                          for i in facts.interactions]
    return facts.interactions[0]
