"""Writing a synthetic corpus to disk: ``articles.jsonl`` and ``gold.jsonl``, one record a line."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .articles import DEFAULT_MEETINGS_PER_ARTICLE, generate

ARTICLES_FILE = "articles.jsonl"
GOLD_FILE = "gold.jsonl"


@dataclass
class CorpusSummary:
    articles: int = 0
    articles_without_date: int = 0
    interactions: int = 0
    interactions_by_mode: dict[str, int] = field(default_factory=dict)
    interactions_by_status: dict[str, int] = field(default_factory=dict)
    memberships: int = 0
    people: int = 0  # distinct participants named in the gold
    articles_bytes: int = 0
    gold_bytes: int = 0

    @property
    def bytes(self) -> int:
        return self.articles_bytes + self.gold_bytes


def _line(record: dict) -> bytes:
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def write_corpus(
    out_dir: Path,
    n_articles: int,
    *,
    seed: int = 0,
    progress: bool = True,
    n_people: int | None = None,
    meetings_per_article: float = DEFAULT_MEETINGS_PER_ARTICLE,
) -> CorpusSummary:
    """Write ``n_articles`` articles and their gold under ``out_dir`` (created if missing)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = CorpusSummary()
    modes: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    people: set[str] = set()
    console = Console(stderr=True)
    bar = Progress(
        TextColumn("synthetic articles"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not (progress and console.is_terminal),
    )
    with (
        open(out_dir / ARTICLES_FILE, "wb") as articles,
        open(out_dir / GOLD_FILE, "wb") as gold,
        bar,
    ):
        task = bar.add_task("write", total=n_articles)
        stream = generate(
            n_articles, seed=seed, n_people=n_people, meetings_per_article=meetings_per_article
        )
        for i, (article, record) in enumerate(stream, 1):
            a, g = _line(article), _line(record)
            articles.write(a)
            gold.write(g)
            summary.articles_bytes += len(a)
            summary.gold_bytes += len(g)
            summary.articles += 1
            summary.articles_without_date += article["published"] is None
            for interaction in record["interactions"]:
                modes[interaction["mode"]] += 1
                statuses[interaction["status"]] += 1
                people.update(interaction["participants"])
            summary.memberships += len(record["memberships"])
            if i % 200 == 0 or i == n_articles:
                bar.update(task, completed=i)
    summary.interactions = sum(modes.values())
    summary.interactions_by_mode = dict(sorted(modes.items()))
    summary.interactions_by_status = dict(sorted(statuses.items()))
    summary.people = len(people)
    return summary
