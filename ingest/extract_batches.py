"""Extraction of a batch of articles, one failing article not failing the others."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.facts import Article, ArticleFacts

log = logging.getLogger(__name__)

# Texts per nlp.pipe batch (spaCy's own default is 256; ours are news-article sized).
PIPE_BATCH = 32


@dataclass
class Failure:
    source: str
    reason: str


@dataclass
class ExtractedBatch:
    facts: list[ArticleFacts] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)


def extract_batch(articles: Sequence[Article]) -> ExtractedBatch:
    """Facts of each article through one ``nlp.pipe``; on an error, article by article."""
    from ingest.extract import extract_article, extract_many, load_nlp

    nlp = load_nlp()
    try:
        return ExtractedBatch(list(extract_many(articles, nlp=nlp, batch_size=PIPE_BATCH)))
    except Exception:
        log.debug("batch extraction failed; retrying article by article", exc_info=True)
    batch = ExtractedBatch()
    for article in articles:
        try:
            batch.facts.append(extract_article(article, nlp))
        except Exception as exc:  # noqa: BLE001
            batch.failed.append(Failure(article.source or article.id, f"extraction: {exc}"))
    return batch
