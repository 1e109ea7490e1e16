"""Command line: write a synthetic corpus, or a meeting graph without text.

python -m ingest.synth corpus OUT_DIR --articles 20000 --seed 0
python -m ingest.synth graph OUT.jsonl --meetings 100000 --people 10000
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

from .meeting_graph import meeting_graph
from .writer import write_corpus

app = typer.Typer(add_completion=False, help=__doc__)
console = Console(stderr=True)


@app.command()
def corpus(
    out_dir: Path,
    articles: int = typer.Option(2000, "--articles", "-n"),
    seed: int = 0,
    people: int | None = typer.Option(None, help="size of the world"),
    meetings: float = typer.Option(1.5, help="gold interactions per article, on average"),
) -> None:
    """Write OUT_DIR/articles.jsonl and OUT_DIR/gold.jsonl."""
    summary = write_corpus(
        out_dir, articles, seed=seed, n_people=people, meetings_per_article=meetings
    )
    console.print(summary)


@app.command()
def graph(out: Path, meetings: int = 100_000, people: int = 10_000, seed: int = 0) -> None:
    """Write one meeting record a line to OUT."""
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(
            json.dumps(record, ensure_ascii=False) + "\n"
            for record in meeting_graph(meetings, people, seed=seed)
        )
    console.print(f"{meetings} meetings among up to {people} people written to {out}")


if __name__ == "__main__":
    app()
