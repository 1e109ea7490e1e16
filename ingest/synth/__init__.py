"""Synthetic diplomatic news: seeded, reproducible articles with their gold, for benchmarks and
for measuring extraction quality at any size.

- ``generate(n)`` streams (article, gold) pairs in the evaluation gold format;
- ``write_corpus(dir, n)`` writes them as ``articles.jsonl`` and ``gold.jsonl``;
- ``meeting_graph(n_meetings, n_people)`` streams meeting records without text, for loading a
  large graph directly.
"""

from .articles import DEFAULT_MEETINGS_PER_ARTICLE, generate
from .world import World, build_world

__all__ = ["DEFAULT_MEETINGS_PER_ARTICLE", "World", "build_world", "generate"]
