from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from app import cli
from app.config import Settings, get_settings
from app.exporters import export
from app.graph import queries
from app.graph.db import Graph


def _census(graph: Graph) -> tuple[dict[str, int], int]:
    labels = {r["label"]: r["count"] for r in graph.read(queries.COUNT_BY_LABEL)}
    return labels, sum(r["count"] for r in graph.read(queries.COUNT_BY_TYPE))


def test_graphml_reads_back(sample_graph: Graph, tmp_path: Path) -> None:
    [path] = export(sample_graph, "graphml", tmp_path / "graph.graphml")
    g = nx.read_graphml(path, force_multigraph=True)
    labels, relationships = _census(sample_graph)
    assert g.number_of_nodes() == sum(labels.values())
    assert g.number_of_edges() == relationships
    putin = g.nodes["Person:vladimir-putin"]
    assert (putin["label"], putin["labels"], putin["wikidata"]) == (
        "Vladimir Putin", ":Person", "Q7747")
    assert json.loads(putin["aliases"]) == ["Putin", "Vladimir Putin"]
    assert g.nodes["Place:singapore"]["labels"] == ":Place"
    assert g.nodes["Country:singapore"]["labels"] == ":Country"
    assert g.has_edge("Place:singapore", "Country:singapore")
    [role] = g.get_edge_data("Person:vladimir-putin", "Country:russia").values()
    assert (role["label"], role["title"]) == ("HOLDS_ROLE", "President")
    confidences = [d["confidence"] for _, _, d in g.edges(data=True) if "confidence" in d]
    assert confidences and all(isinstance(c, float) for c in confidences)


def test_csv_in_neo4j_admin_import_format(sample_graph: Graph, tmp_path: Path) -> None:
    files = export(sample_graph, "csv", tmp_path)
    labels, relationships = _census(sample_graph)
    ids: dict[str, set[str]] = {}
    for path in (f for f in files if f.name.startswith("nodes_")):
        label = path.stem.removeprefix("nodes_")
        with path.open(encoding="utf-8", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        assert header[:2] == [f"id:ID({label})", ":LABEL"]
        assert {row[1] for row in rows} == {label}
        ids[label] = {row[0] for row in rows}
        assert len(ids[label]) == len(rows) == labels[label]
        if label == "Person":
            putin = dict(zip(header, next(r for r in rows if r[0] == "vladimir-putin")))
            assert putin["aliases:string[]"] == "Putin;Vladimir Putin"
    assert set(ids) == set(labels)
    total = 0
    for path in (f for f in files if f.name.startswith("relationships_")):
        with path.open(encoding="utf-8", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        start = header[0].removeprefix(":START_ID(").removesuffix(")")
        end = header[1].removeprefix(":END_ID(").removesuffix(")")
        assert header[2] == ":TYPE" and start in labels and end in labels
        for row in rows:
            assert row[0] in ids[start] and row[1] in ids[end]
        total += len(rows)
        if "REPORTS_Article_Meeting" in path.name:
            assert "confidence:double" in header and "start:long" in header
    assert total == relationships


def test_jsonl_one_element_per_line(sample_graph: Graph, tmp_path: Path) -> None:
    [path] = export(sample_graph, "jsonl", tmp_path / "graph.jsonl")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    nodes = [x for x in lines if x["type"] == "node"]
    rels = [x for x in lines if x["type"] == "relationship"]
    labels, relationships = _census(sample_graph)
    assert (len(nodes), len(rels)) == (sum(labels.values()), relationships)
    node_ids = {n["id"] for n in nodes}
    assert len(node_ids) == len(nodes)
    assert len({r["id"] for r in rels}) == len(rels)
    for r in rels:
        assert r["start"]["id"] in node_ids and r["end"]["id"] in node_ids
    putin = next(n for n in nodes if n["id"] == "Person:vladimir-putin")
    assert putin["labels"] == ["Person"] and putin["properties"]["name"] == "Vladimir Putin"


@pytest.fixture
def cli_env(graph_settings: Settings, monkeypatch: pytest.MonkeyPatch):
    if not graph_settings.graph_uri:
        monkeypatch.setenv("DIPLOGRAPH_DATA_DIR", str(graph_settings.data_dir))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_export_command(sample_graph: Graph, tmp_path: Path, cli_env: None) -> None:
    runner = CliRunner()
    result = runner.invoke(cli.app, ["export", "--format", "csv", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "nodes_Person.csv").is_file()
    assert "neo4j-admin database import full" in result.output
    result = runner.invoke(cli.app, ["export", "--format", "jsonl"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == sum(_census(sample_graph)[0].values()) + (
        _census(sample_graph)[1])


def test_export_command_refuses_bad_arguments(cli_env: None, tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli.app, ["export", "--format", "xml"]).exit_code == 1
    assert runner.invoke(cli.app, ["export", "--format", "csv"]).exit_code == 1
