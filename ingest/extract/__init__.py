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
    return facts_from_doc(article, nlp(article.text), nlp)


def extract_many(articles: Iterable[Article], *, nlp: spacy.Language | None = None, batch_size: int = 32,
                 n_process: int = 1) -> Iterator[ArticleFacts]:
    """Facts for each article, in input order; texts go through ``nlp.pipe``, a headline through
    ``nlp`` only when a rule needs it."""
    nlp = nlp or load_nlp()
    for_texts, for_facts = tee(articles, 2)
    docs = nlp.pipe((a.text for a in for_texts), batch_size=batch_size, n_process=n_process)
    for article, doc in zip(for_facts, docs):
        yield facts_from_doc(article, doc, nlp)
