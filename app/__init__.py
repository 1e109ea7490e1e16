"""DiploGraph: a knowledge graph of diplomatic meetings read from news articles."""
