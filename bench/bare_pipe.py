"""The floor for ingest: the extraction pipeline's nlp.pipe over the same texts, nothing else.

python -m bench.bare_pipe ARTICLES.jsonl --processes 2 [--out FILE]   (one JSON line, printed or written)
"""

from __future__ import annotations

import argparse
import json
import time

from ingest.extract import load_nlp
from ingest.extract_batches import PIPE_BATCH
from ingest.loader import load


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("articles")
    parser.add_argument("--processes", type=int, required=True)
    parser.add_argument("--out", help="write the JSON line to this file instead of printing it")
    args = parser.parse_args()
    texts = [a.text for a in load([args.articles]) if hasattr(a, "text")]
    nlp = load_nlp()
    start = time.perf_counter()
    docs = sum(1 for _ in nlp.pipe(texts, batch_size=PIPE_BATCH, n_process=args.processes))
    elapsed = time.perf_counter() - start
    line = json.dumps({"docs": docs, "seconds": elapsed, "components": nlp.pipe_names})
    if args.out:
        with open(args.out, "w") as out:
            out.write(line + "\n")
    else:
        print(line)


if __name__ == "__main__":
    main()
