"""No Cypher is built by pasting values into text: every statement the code sends is a
constant of app.graph.queries (or, in two named places, the statement a user typed, which is
checked and run as it is), and every statement runs in a managed, retried transaction."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = [p for folder in ("app", "ingest") for p in sorted((ROOT / folder).rglob("*.py"))]
QUERIES = ROOT / "app" / "graph" / "queries.py"

_CYPHER = re.compile(r"\b(MATCH|MERGE|CREATE|RETURN|UNWIND|DELETE|DETACH|SET|WHERE|CALL|"
                     r"FOREACH|REMOVE|EXPLAIN|PROFILE|LOAD CSV|ORDER BY|YIELD)\b")

# Where a statement that is not a constant of app.graph.queries reaches the driver, and why.
STATEMENT_PASS_THROUGH = {
    # The user's own read-only statement (POST /cypher), checked by app.graph.cypher_guard,
    # with parameters sent apart; on Neo4j it is also EXPLAINed.
    ("app/graph/read_only_cypher.py", "run_read_only"),
    ("app/graph/read_only_cypher.py", "_run_and_roll_back"),
    # `diplograph cypher QUERY`: the operator's statement, on the operator's graph.
    ("app/cli.py", "cypher"),
    # Wrappers that receive a queries constant from their callers (checked at those calls).
    ("app/graph/db.py", "work"),
    ("app/graph/db.py", "read"),
    ("ingest/writer.py", "write"),
    ("ingest/writer.py", "read"),
}
# Statements outside a managed transaction: the user's read, always rolled back.
UNMANAGED = {("app/graph/read_only_cypher.py", "run_read_only"),
             ("app/graph/read_only_cypher.py", "_run_and_roll_back")}

_DRIVER_METHODS = {"run", "execute_query"}
_WRAPPER_METHODS = {"read", "write"}
_NOT_DRIVERS = {"subprocess", "asyncio", "uvicorn", "app", "typer"}


def _functions(tree: ast.AST) -> Iterator[tuple[str, ast.AST]]:
    """Every node with the name of the innermost function around it."""
    def walk(node: ast.AST, function: str) -> Iterator[tuple[str, ast.AST]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                else function
            yield inner, child
            yield from walk(child, inner)
    yield from walk(tree, "<module>")


def _receiver(call: ast.Call) -> str:
    return ast.unparse(call.func.value) if isinstance(call.func, ast.Attribute) else ""


def _is_queries_constant(node: ast.AST) -> bool:
    """queries.NAME, queries.NAME[key] or queries.NAME.get(key)."""
    if isinstance(node, ast.Subscript):
        node = node.value
    elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
          and node.func.attr == "get"):
        node = node.func.value
    return (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            and node.value.id == "queries" and node.attr.isupper())


def _names_of_constants(tree: ast.AST) -> set[tuple[str, str]]:
    """(function, name) of local names only ever assigned a queries constant."""
    assigned: dict[tuple[str, str], bool] = {}
    for function, node in _functions(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    key = (function, target.id)
                    assigned[key] = assigned.get(key, True) and _is_queries_constant(node.value)
    return {key for key, constant in assigned.items() if constant}


def _statement_calls() -> Iterator[tuple[str, str, ast.Call]]:
    """(file, function, call) for every call that hands a statement to the driver or to a
    wrapper of it."""
    for path in SCANNED:
        relative = path.relative_to(ROOT).as_posix()
        for function, node in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.args):
                continue
            receiver, method = _receiver(node), node.func.attr
            to_driver = method in _DRIVER_METHODS and receiver.split(".")[0] not in _NOT_DRIVERS
            to_wrapper = method in _WRAPPER_METHODS and (
                receiver.endswith("graph") or receiver == "run")
            if to_driver or to_wrapper:
                yield relative, function, node


def test_the_scan_sees_the_statements() -> None:
    calls = list(_statement_calls())
    files = {f for f, _, _ in calls}
    assert {"ingest/writer.py", "app/graph/reads.py", "app/graph/db.py"} <= files
    assert len(calls) > 50


# queries.py itself is checked by test_query_builders_run_only_at_import.
@pytest.mark.parametrize("path", [p for p in SCANNED if p != QUERIES],
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_cypher_is_formatted(path: Path) -> None:
    relative = path.relative_to(ROOT).as_posix()
    for function, node in _functions(ast.parse(path.read_text(encoding="utf-8"))):
        pieces: list[str] = []
        if isinstance(node, ast.JoinedStr):
            pieces = [v.value for v in node.values if isinstance(v, ast.Constant)]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)):
            pieces = [side.value for side in (node.left, node.right)
                      if isinstance(side, ast.Constant) and isinstance(side.value, str)]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "format" and isinstance(node.func.value, ast.Constant)):
            pieces = [node.func.value.value]
        text = " ".join(p for p in pieces if isinstance(p, str))
        if not _CYPHER.search(text):
            continue
        if (relative, function) in STATEMENT_PASS_THROUGH and text.strip() == "EXPLAIN":
            continue  # "EXPLAIN " + the user's checked statement, for Neo4j's planner
        pytest.fail(f"{relative}:{node.lineno} ({function}) builds Cypher-like text: {text!r}")


def test_query_builders_run_only_at_import() -> None:
    """queries.py builds a few statements from constants (hop counts, shared fragments) when
    it is imported; nothing else may call its builders."""
    tree = ast.parse(QUERIES.read_text(encoding="utf-8"))
    builders = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert all(name.startswith("_") for name in builders), builders
    for path in SCANNED:
        if path == QUERIES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id == "queries" and node.attr in builders:
                pytest.fail(f"{path.relative_to(ROOT)}:{node.lineno} calls queries.{node.attr}")


def test_every_statement_is_a_queries_constant() -> None:
    problems = []
    constants = {path.relative_to(ROOT).as_posix(): _names_of_constants(
        ast.parse(path.read_text(encoding="utf-8"))) for path in SCANNED}
    for relative, function, call in _statement_calls():
        statement = call.args[0]
        if _is_queries_constant(statement):
            continue
        if isinstance(statement, ast.Name) and (function, statement.id) in constants[relative]:
            continue
        if isinstance(statement, ast.Constant) and isinstance(statement.value, str) \
                and relative.startswith("app/graph/engine"):
            continue  # the engine's liveness probe: a literal without any value in it
        if (relative, function) in STATEMENT_PASS_THROUGH and isinstance(
                statement, (ast.Name, ast.BinOp)):
            continue
        problems.append(f"{relative}:{call.lineno} ({function}): {ast.unparse(statement)}")
    assert problems == []


def test_statements_run_in_managed_transactions() -> None:
    """execute_read / execute_write / execute_query (retried on transient errors), except the
    user's read of POST /cypher, which runs in a transaction that is always rolled back."""
    problems = []
    for path in SCANNED:
        relative = path.relative_to(ROOT).as_posix()
        for function, node in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            receiver = _receiver(node)
            unmanaged = node.func.attr == "begin_transaction" or (
                node.func.attr == "run" and receiver.endswith("session"))
            if unmanaged and (relative, function) not in UNMANAGED:
                problems.append(f"{relative}:{node.lineno} ({function}): {ast.unparse(node)}")
    assert problems == []
