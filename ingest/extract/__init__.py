"""Extraction: articles in, facts (people, meetings, memberships, roles) out.

    nlp = load_nlp()
    facts = extract_article(article, nlp)
    for facts in extract_many(articles, batch_size=32): ...
    document = to_eval_document(all_facts)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import tee

import spacy

from ingest.extract.article import facts_from_doc
from ingest.extract.eval_format import to_eval_document
from ingest.extract.nlp import load_nlp
from ingest.facts import Article, ArticleFacts

__all__ = ["extract_article", "extract_many", "load_nlp", "to_eval_document"]


def extract_article(article: Article, nlp: spacy.Language | None = None) -> ArticleFacts:
    nlp = nlp or load_nlp()
    doc = nlp(article.text)
    title_doc = nlp(article.title) if article.title else None
    return facts_from_doc(article, doc, title_doc)


def extract_many(articles: Iterable[Article], *, nlp: spacy.Language | None = None, batch_size: int = 32,
                 n_process: int = 1) -> Iterator[ArticleFacts]:
    """Facts for each article, in input order; texts and titles go through ``nlp.pipe``."""
    nlp = nlp or load_nlp()
    for_texts, for_titles, for_facts = tee(articles, 3)
    docs = nlp.pipe((a.text for a in for_texts), batch_size=batch_size, n_process=n_process)
    titles = nlp.pipe((a.title or "" for a in for_titles), batch_size=batch_size)
    for article, doc, title_doc in zip(for_facts, docs, titles):
        yield facts_from_doc(article, doc, title_doc if article.title else None)
