"""Synthetic diplomatic news: seeded, reproducible articles with their gold, for benchmarks and
for measuring extraction quality at any size.

- ``generate(n)`` streams (article, gold) pairs in the evaluation gold format;
- ``write_corpus(dir, n)`` writes them as ``articles.jsonl`` and ``gold.jsonl``;
- ``meeting_graph(n_meetings, n_people)`` streams meeting records without text, for loading a
  large graph directly.

The same seed gives byte-identical output; memory does not grow with the number of articles.
"""

from .articles import DEFAULT_MEETINGS_PER_ARTICLE, generate
from .meeting_graph import meeting_graph
from .world import World, build_world
from .writer import CorpusSummary, write_corpus

__all__ = [
    "DEFAULT_MEETINGS_PER_ARTICLE",
    "CorpusSummary",
    "World",
    "build_world",
    "generate",
    "meeting_graph",
    "write_corpus",
]
