"""Every Cypher statement of the project passes Neo4j's own Cypher linter (tools/cypher-lint).

The embedded engine accepts some Cypher that Neo4j 5 rejects, so green graph tests alone do
not prove a statement runs on Neo4j. The samples below show that the linter catches such
statements; the project test then requires that no statement has an error.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest

from app.graph import queries

LINT_DIR = Path(__file__).resolve().parents[1] / "tools" / "cypher-lint"
LINT_SCRIPT = LINT_DIR / "lint.mjs"
LIBRARY_NAME = "@neo4j-cypher/language-support"
INSTALL_HINT = (
    "run `make test`, which installs Node.js and the linter (`npm ci` in tools/cypher-lint)"
)

Report = dict[str, list[dict]]


class CypherLintWarning(UserWarning):
    """A linter warning: shown in the test summary, never a failure."""


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.fail(f"Node.js (`node`) is not on PATH: {INSTALL_HINT}")
    return node


def _check_library_installed() -> None:
    pinned = json.loads((LINT_DIR / "package.json").read_text())["dependencies"][LIBRARY_NAME]
    manifest = LINT_DIR / "node_modules" / LIBRARY_NAME / "package.json"
    if not manifest.is_file():
        pytest.fail(f"{LIBRARY_NAME} is not installed in {LINT_DIR}: {INSTALL_HINT}")
    installed = json.loads(manifest.read_text())["version"]
    if installed != pinned:
        pytest.fail(f"{LIBRARY_NAME} {installed} is installed, {pinned} is pinned: {INSTALL_HINT}")


def run_linter(batch: dict[str, object]) -> Report:
    node = _node()
    _check_library_installed()
    result = subprocess.run(
        [node, str(LINT_SCRIPT)],
        input=json.dumps(batch),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode in (0, 1), f"the linter crashed:\n{result.stderr}"
    report: Report = json.loads(result.stdout)
    assert set(report) == set(batch)
    has_error = any(d["severity"] == "error" for ds in report.values() for d in ds)
    assert result.returncode == int(has_error), "exit status disagrees with the report"
    return report


def errors(diagnostics: list[dict]) -> list[dict]:
    return [d for d in diagnostics if d["severity"] == "error"]


def describe(name: str, query: str, diagnostic: dict) -> str:
    start, end = diagnostic["offsets"]["start"], diagnostic["offsets"]["end"]
    return (
        f"{name} (line {diagnostic['line']}, column {diagnostic['column']}): "
        f"{diagnostic['severity']}: {diagnostic['message']} [at {query[start:end]!r}]"
    )


# --- the linter bites ----------------------------------------------------------------------

REJECTED = {
    # Neo4j 5 removed exists() on a property; the embedded engine still accepts it.
    "property_exists_function": ("MATCH (n) WHERE exists(n.prop) RETURN n", "exists(n.prop)"),
    "syntax_error": ("MATCH (n RETURN n", "RETURN"),
    "undefined_variable": ("MATCH (n:Person) RETURN m", "m"),
    "merge_without_relationship_type": (
        "MERGE (a:Person {id: $a})-[r]->(b:Person {id: $b})",
        "-[r]->",
    ),
    "nested_aggregate": ("MATCH (m:Meeting) RETURN collect(count(m)) AS c", "count(m)"),
    # A Cypher 25 clause: the linter reads statements as Cypher 5.
    "cypher_25_filter_clause": ("MATCH (n:Person) FILTER n.name = $name RETURN n", "FILTER"),
    "two_statements": ("MATCH (n) RETURN n; MATCH (m) RETURN m", None),
    "blank": ("   ", None),
}

ACCEPTED = {
    "parameters": "MATCH (p:Person {name: $name}) WHERE p.id <> $id RETURN p.name AS name",
    "unwind_merge": (
        "UNWIND $rows AS row\n"
        "MERGE (p:Person {id: row.id})\n"
        "SET p.name = row.name\n"
        "WITH p, row\n"
        "MATCH (m:Meeting {id: row.meeting_id})\n"
        "MERGE (p)-[:ATTENDED]->(m)"
    ),
    "constraint": "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
    "property_not_null": "MATCH (n:Person) WHERE n.wikidata IS NOT NULL RETURN n.id AS id",
    "shortest_path": (
        "MATCH p = shortestPath((a:Person {id: $a})-[:MET*..4]-(b:Person {id: $b})) "
        "RETURN [n IN nodes(p) | n.id] AS ids"
    ),
    "trailing_semicolon": "MATCH (n:Country) RETURN n.id AS id;",
    "unknown_label_is_only_a_warning": "MATCH (n:Persn)-[:MEETS]->(m) RETURN m.id AS id",
}


@pytest.fixture(scope="module")
def samples_report() -> Report:
    batch = {name: query for name, (query, _) in REJECTED.items()} | ACCEPTED
    return run_linter(batch)


@pytest.mark.parametrize("name", REJECTED)
def test_linter_rejects_what_neo4j_5_rejects(samples_report: Report, name: str) -> None:
    query, culprit = REJECTED[name]
    found = errors(samples_report[name])
    assert found, f"no error for {query!r}"
    if culprit is not None:
        spans = [query[d["offsets"]["start"] : d["offsets"]["end"]] for d in found]
        assert culprit in spans, f"errors point at {spans}, not at {culprit!r}"


@pytest.mark.parametrize("name", ACCEPTED)
def test_linter_accepts_valid_cypher(samples_report: Report, name: str) -> None:
    query = ACCEPTED[name]
    assert errors(samples_report[name]) == [], [
        describe(name, query, d) for d in samples_report[name]
    ]


def test_unknown_label_and_type_are_warned_about(samples_report: Report) -> None:
    messages = [d["message"] for d in samples_report["unknown_label_is_only_a_warning"]]
    assert any("Persn" in m for m in messages), messages
    assert any("MEETS" in m for m in messages), messages


# --- the project's statements --------------------------------------------------------------


def test_all_queries_holds_every_statement_of_the_module() -> None:
    constants = {
        name: value
        for name, value in vars(queries).items()
        if name.isupper() and isinstance(value, str)
    }
    assert constants, "app.graph.queries defines no statements"
    assert queries.ALL_QUERIES == constants


def test_project_queries_have_no_lint_errors() -> None:
    report = run_linter(queries.ALL_QUERIES)
    problems: list[str] = []
    for name, diagnostics in sorted(report.items()):
        query = queries.ALL_QUERIES[name]
        for diagnostic in diagnostics:
            line = describe(name, query, diagnostic)
            if diagnostic["severity"] == "error":
                problems.append(line)
            else:
                warnings.warn(line, CypherLintWarning, stacklevel=1)
    assert not problems, "Cypher that Neo4j 5 would reject:\n" + "\n".join(problems)
