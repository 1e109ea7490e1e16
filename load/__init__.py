"""The load test: many concurrent API clients mixing reads and writes, then checks that the
graph they built is the graph of one sequential ingest of the same articles."""
