"""Articles posted to the API: validate as the loader does, extract, write, report."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import neo4j.exceptions

from app import models
from app.graph import queries
from app.graph.db import Graph
from app.graph.ingest_runs import record_ingest_run
from ingest.facts import Article, ArticleFacts
from ingest.loader import LoadError, article_from_record
from ingest.writer import write_facts

log = logging.getLogger(__name__)


def articles_from_records(
    records: Sequence[dict[str, Any]],
) -> tuple[list[Article], list[models.ArticleFailure]]:
    articles, failed = [], []
    for index, record in enumerate(records):
        item = article_from_record(record, source=f"articles[{index}]")
        if isinstance(item, LoadError):
            failed.append(models.ArticleFailure(source=item.source, reason=item.reason))
        else:
            articles.append(item)
    return articles, failed


def extract(articles: Sequence[Article]) -> tuple[list[ArticleFacts], list[models.ArticleFailure]]:
    from ingest.extract import extract_article, extract_many

    try:
        return list(extract_many(articles)), []
    except Exception:  # noqa: BLE001 - find the article at fault, keep the others
        log.debug("batch extraction failed; retrying article by article", exc_info=True)
    facts, failed = [], []
    for article in articles:
        try:
            facts.append(extract_article(article))
        except Exception as exc:  # noqa: BLE001
            failed.append(models.ArticleFailure(source=article.source or article.id,
                                                reason=f"extraction: {exc}"))
    return facts, failed


def write_and_report(
    graph: Graph,
    facts: Sequence[ArticleFacts],
    *,
    failed: Sequence[models.ArticleFailure] = (),
    read: int | None = None,
) -> models.ArticlesAdded:
    """Write the facts in one transaction, record the run, and say what each article added."""
    try:
        counts = write_facts(graph, facts)
    except neo4j.exceptions.ConstraintError:
        # Another writer merged the same new node first; the second attempt finds it.
        counts = write_facts(graph, facts)
    if facts:
        record_ingest_run(
            graph, source="api", articles_read=len(facts) + len(failed) if read is None else read,
            articles_written=len(facts), articles_failed=len(failed), counts=counts,
        )
    meetings = {
        r["id"]: r["meetings"]
        for r in graph.read(queries.ARTICLES_ADDED, ids=[f.article.id for f in facts])
    }
    items = [
        models.ArticleAdded(
            id=f.article.id, title=f.article.title, interactions=len(f.interactions),
            memberships=len(f.memberships), roles=len(f.roles),
            meetings=sorted(meetings.get(f.article.id, [])),
        )
        for f in facts
    ]
    return models.ArticlesAdded(
        items=items, failed=list(failed), nodes_created=counts.nodes_created,
        relationships_created=counts.relationships_created, properties_set=counts.properties_set,
    )


def add_articles(graph: Graph, records: Sequence[dict[str, Any]]) -> models.ArticlesAdded:
    articles, failed = articles_from_records(records)
    facts, extraction_failed = extract(articles) if articles else ([], [])
    return write_and_report(graph, facts, failed=failed + extraction_failed, read=len(records))
