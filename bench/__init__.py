"""Benchmarks of ingest and the API at scale: `python -m bench.run` (see docs/scaling.md)."""
