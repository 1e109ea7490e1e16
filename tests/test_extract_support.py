"""Shared fixture and helpers for the extraction tests (no tests of its own)."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract import extract_article, load_nlp, to_eval_document
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


def ids(interaction) -> set[str]:
    return set(interaction.participant_ids)


def only(facts: ArticleFacts):
    assert len(facts.interactions) == 1, [(i.participant_ids, i.status, i.evidence.sentence)
                                          for i in facts.interactions]
    return facts.interactions[0]


def rows(facts: ArticleFacts) -> list[dict]:
    """The facts' interactions as the evaluation document prints them."""
    return to_eval_document([facts])["articles"][0]["interactions"]


def row_with(facts: ArticleFacts, *names: str) -> dict:
    """The first printed interaction whose participants include every one of ``names``."""
    found = [r for r in rows(facts)
             if all(any(n in p["name"] for p in r["participants"]) for n in names)]
    assert found, rows(facts)
    return found[0]
