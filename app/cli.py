"""The `diplograph` command."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.config import get_settings

app = typer.Typer(help="DiploGraph: a knowledge graph of diplomatic meetings.", no_args_is_help=True)
db_app = typer.Typer(help="The embedded graph engine (used when no graph URI is configured).")
app.add_typer(db_app, name="db")
console = Console(stderr=True)

Paths = Annotated[list[Path], typer.Argument(help="Article files (.txt, .json, .jsonl) or folders")]


def _say(label: str, message: str) -> None:
    """One unwrapped line on stderr, so that file names and reasons stay greppable."""
    console.print(f"[red]{label}[/red] {escape(message)}", soft_wrap=True, highlight=False)


def _fail(message: str, code: int = 1) -> typer.Exit:
    _say("error:", message)
    return typer.Exit(code)


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):  # the cores this process may run on
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _graph_gone(error: BaseException) -> str | None:
    """The name of the failure if `error` (or what caused it) says the graph is gone."""
    from app.graph.db import GRAPH_GONE, GraphUnavailable

    while error is not None:
        if isinstance(error, GRAPH_GONE):
            return error.reason if isinstance(error, GraphUnavailable) else type(error).__name__
        error = error.__cause__
    return None


def _connect(*, api: bool = False):
    """The graph; for the API (`api`), also a graph that is down, which answers 503 until
    it is up."""
    from app.graph.db import GraphUnavailable, connect
    from app.graph.engine import EngineError

    from pydantic import ValidationError

    try:
        return connect(get_settings(), api=api, required=not api)
    except ValidationError as exc:
        reasons = "; ".join(e["msg"] for e in exc.errors())
        raise _fail(f"bad settings: {reasons}", 2) from exc
    except (GraphUnavailable, EngineError) as exc:
        raise _fail(str(exc), 2) from exc


@app.command()
def ingest(
    paths: Paths,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per write transaction")] = 64,
    workers: Annotated[Optional[int], typer.Option(
        min=1, help="Extraction processes [default: the number of cores]")] = None,
    shard: Annotated[Optional[str], typer.Option(
        help="Only shard K of N (K/N, e.g. 2/4), chosen by a hash of each article's id: run "
             "each shard anywhere, in any order, against the same graph")] = None,
) -> None:
    """Read articles, extract their facts and write them to the graph."""
    from app.graph.ingest_runs import record_ingest_run
    from ingest.loader import iter_files
    from ingest.pipeline import ingest_paths
    from ingest.shards import Shard

    try:
        part = Shard.parse(shard) if shard else None
    except ValueError as exc:
        raise _fail(str(exc), 2) from exc
    workers = workers or _cores()
    files = list(iter_files(paths))
    graph = _connect()
    try:
        with Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=console, disable=not console.is_terminal, transient=False,
        ) as progress:
            one_per_file = part is None and not any(f.suffix == ".jsonl" for f in files)
            task = progress.add_task("ingest", total=len(files) if one_per_file else None)
            summary = ingest_paths(
                graph, files, batch_size=batch_size, workers=workers, shard=part,
                on_progress=lambda n: progress.advance(task, n),
            )
        record_ingest_run(
            graph, source="cli", articles_read=summary.read, articles_written=summary.written,
            articles_failed=len(summary.failed), counts=summary.counts,
        )
    except Exception as exc:
        gone = _graph_gone(exc)
        if gone is None:
            raise
        raise _fail(
            f"the graph became unavailable during the ingest ({gone}); every article written "
            "before is complete (one transaction each batch): run the same ingest again", 2,
        ) from exc
    finally:
        graph.close()
    table = Table(title="ingest summary", show_header=False)
    table.add_row("articles read", str(summary.read))
    if part is not None:
        table.add_row(f"left to the other shards (this is {part})", str(summary.other_shards))
    table.add_row("articles written", str(summary.written))
    table.add_row("articles failed", str(len(summary.failed)))
    table.add_row("interactions / memberships / roles extracted",
                  f"{summary.interactions} / {summary.memberships} / {summary.roles}")
    table.add_row("nodes created", str(summary.counts.nodes_created))
    table.add_row("relationships created", str(summary.counts.relationships_created))
    table.add_row("properties set", str(summary.counts.properties_set))
    table.add_row("graph nodes / relationships",
                  f"{summary.nodes_before} → {summary.nodes_after} / "
                  f"{summary.relationships_before} → {summary.relationships_after}")
    console.print(table)
    for failure in summary.failed:
        _say("failed", f"{failure.source}: {failure.reason}")
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def synth(
    articles: Annotated[int, typer.Argument(min=1, help="How many articles")],
    out: Annotated[Path, typer.Option("--out", help="Folder for articles.jsonl and gold.jsonl")],
    seed: Annotated[int, typer.Option(help="The same seed gives the same corpus")] = 0,
) -> None:
    """Write a synthetic corpus of news articles with their gold facts (for benchmarks)."""
    from ingest.synth import write_corpus
    from ingest.synth.writer import ARTICLES_FILE, GOLD_FILE

    summary = write_corpus(out, articles, seed=seed)
    console.print(
        f"wrote {summary.articles} articles ({summary.interactions} meetings, "
        f"{summary.memberships} memberships in the gold) to {out / ARTICLES_FILE} and "
        f"{out / GOLD_FILE}", markup=False, highlight=False, soft_wrap=True,
    )


@app.command()
def extract(
    paths: Paths,
    format: Annotated[str, typer.Option("--format", help="Output format (json)")] = "json",
) -> None:
    """Print the facts extracted from articles, without touching the graph."""
    from ingest.extract import extract_many, to_eval_document
    from ingest.loader import LoadError, load

    if format != "json":
        raise _fail(f"unknown format {format!r}; use json")
    articles, failed = [], 0
    for item in load(paths):
        if isinstance(item, LoadError):
            _say("failed", f"{item.source}: {item.reason}")
            failed += 1
        else:
            articles.append(item)
    document = to_eval_document(extract_many(articles))
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    if failed:
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold files")],
    per_article: Annotated[bool, typer.Option("--per-article", help="List each article's misses")] = False,
) -> None:
    """Extract the gold articles of a folder and score the result."""
    from ingest.evaluate import format_scores, load_gold, score
    from ingest.extract import extract_many, to_eval_document
    from ingest.loader import LoadError, article_from_record

    if not gold_dir.is_dir():
        raise _fail(f"{gold_dir} is not a folder")
    gold = load_gold(gold_dir)
    articles = [article_from_record(g, source=g.get("id", "?")) for g in gold]
    bad = [a for a in articles if isinstance(a, LoadError)]
    for b in bad:
        _say("failed", f"{b.source}: {b.reason}")
    predicted = to_eval_document(extract_many([a for a in articles if not isinstance(a, LoadError)]))
    typer.echo(format_scores(score(gold, predicted), per_article=per_article))


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="Address to bind")] = None,
    port: Annotated[Optional[int], typer.Option(help="Port")] = None,
    workers: Annotated[Optional[int], typer.Option(
        min=1, help="Worker processes, each with its own graph connection "
                    "[default: DIPLOGRAPH_API_WORKERS, 1]")] = None,
) -> None:
    """Serve the REST API (OpenAPI at /docs)."""
    import uvicorn

    from app.main import create_app

    settings = get_settings()
    host, port = host or settings.api_host, port or settings.api_port
    workers = workers or settings.api_workers
    if workers > 1:
        # Every worker process builds the app and connects to the graph in its lifespan.
        _connect(api=True).close()  # start the embedded engine once, before the workers
        uvicorn.run("app.main:create_app", factory=True, host=host, port=port,
                    workers=workers, log_level="info")
        return
    graph = _connect(api=True)
    try:
        uvicorn.run(create_app(settings, graph), host=host, port=port, log_level="info")
    finally:
        graph.close()


@app.command()
def cypher(
    query: Annotated[str, typer.Argument(help="A Cypher statement")],
    param: Annotated[list[str], typer.Option("--param", "-p", help="name=JSON value")] = [],
) -> None:
    """Run a Cypher statement and print its rows as JSON lines."""
    params = {}
    for item in param:
        name, _, value = item.partition("=")
        try:
            params[name] = json.loads(value)
        except json.JSONDecodeError:
            params[name] = value
    graph = _connect()
    try:
        records, _, _ = graph.driver.execute_query(query, params, database_=graph.database)
    except Exception as exc:  # noqa: BLE001 - show the engine's message
        raise _fail(f"{type(exc).__name__}: {getattr(exc, 'message', None) or exc}") from exc
    finally:
        graph.close()
    for record in records:
        typer.echo(json.dumps(record.data(), ensure_ascii=False, default=str))


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", help="graphml, csv or jsonl")] = "graphml",
    out: Annotated[Optional[Path], typer.Option(
        "--out", help="File for graphml and jsonl (default: standard output); folder for csv",
    )] = None,
) -> None:
    """Write the whole graph as GraphML (Gephi, yEd), CSV for neo4j-admin import, or JSON lines."""
    from app.exporters import FORMATS
    from app.exporters import export as export_graph
    from app.exporters.neo4j_csv import import_command

    if format not in FORMATS:
        raise _fail(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    if format == "csv" and out is None:
        raise _fail("csv export writes one file per label and type: give a folder with --out")
    graph = _connect()
    try:
        files = export_graph(graph, format, out)
    finally:
        graph.close()
    for path in files:
        console.print(f"wrote {path}", markup=False, highlight=False)
    if format == "csv":
        typer.echo(f"load into an empty Neo4j database with:\n  {import_command(files)}", err=True)


@db_app.command("start")
def db_start() -> None:
    """Start the embedded engine (or find it running)."""
    from app.graph.engine import EngineError, ensure_engine

    s = get_settings()
    try:
        info = ensure_engine(s.data_dir, timeout=s.engine_start_timeout, heap=s.engine_heap,
                             query_timeout_ms=s.engine_query_timeout_ms)
    except EngineError as exc:
        raise _fail(str(exc), 2) from exc
    typer.echo(f"running: pid {info.pid}, {info.uri}, database {info.database}, log {info.log_path}")


@db_app.command("stop")
def db_stop() -> None:
    """Stop the embedded engine; the data stays."""
    from app.graph.engine import stop_engine

    stopped = stop_engine(get_settings().data_dir)
    typer.echo("stopped" if stopped else "not running")


@db_app.command("status")
def db_status() -> None:
    """Say whether the embedded engine runs, and where."""
    from app.graph.engine import engine_status

    info = engine_status(get_settings().data_dir)
    if info is None:
        typer.echo("not running")
        raise typer.Exit(3)
    typer.echo(f"running: pid {info.pid}, {info.uri}, database {info.database}, log {info.log_path}")


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
