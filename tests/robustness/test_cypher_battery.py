"""POST /cypher of a running `diplograph serve` stays read-only against a battery of
attempts to write, call procedures, read files or smuggle clauses, and the graph's canonical
dump is the same after the battery as before."""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx
import pytest

from app.config import Settings
from app.graph import queries
from app.graph.db import Graph
from app.graph.dump import canonical_dump
from ingest.writer import write_facts
from tests.api.sample_facts import sample_facts

from .processes import clean_env, served

WRITES = [
    "CREATE (n:Intruder) RETURN n",
    "CREATE (:Person {id: 'intruder'})",
    "MERGE (n:Person {id: 'intruder'}) RETURN n",
    "MATCH (p:Person) SET p.name = 'changed' RETURN p",
    "MATCH (p:Person) SET p += {name: 'changed'} RETURN p",
    "MATCH (p:Person) SET p:Intruder RETURN p",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) DELETE n",
    "MATCH ()-[r]->() DELETE r",
    "MATCH (p:Person) REMOVE p.name RETURN p",
    "MATCH (p:Person) REMOVE p:Person RETURN p",
    "FOREACH (x IN [1, 2] | CREATE (:Intruder {x: x}))",
    "MATCH (p:Person) FOREACH (x IN [1] | SET p.name = 'changed')",
    "UNWIND range(1, 10) AS i CREATE (:Intruder {i: i})",
    "MATCH (p:Person) WITH p CREATE (p)-[:KNOWS]->(:Intruder) RETURN p",
    "OPTIONAL MATCH (p:Person) SET p.name = 'changed' RETURN p",
    "MATCH (n) RETURN n UNION MATCH (m) DETACH DELETE m RETURN m",
    "CALL db.labels() YIELD label CREATE (:Intruder {label: label}) RETURN label",
    "CALL { CREATE (:Intruder) } RETURN 1",
    "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS RETURN 1",
    "CREATE INDEX intruder FOR (n:Intruder) ON (n.x)",
    "CREATE CONSTRAINT intruder IF NOT EXISTS FOR (n:Intruder) REQUIRE n.x IS UNIQUE",
    "DROP CONSTRAINT person_id",
    "DROP INDEX meeting_date",
    "EXPLAIN CREATE (:Intruder)",
    "PROFILE MATCH (n) DETACH DELETE n",
]
PROCEDURES = [
    "CALL dbms.security.createUser('intruder', 'secret-0123', false)",
    "CALL dbms.killQueries(['1'])",
    "CALL db.createLabel('Intruder')",
    "CALL db.clearQueryCaches()",
    "CALL apoc.create.node(['Intruder'], {}) YIELD node RETURN node",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "CALL apoc.cypher.runWrite('CREATE (:Intruder)', {})",
    "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n RETURN 1', {}) AS x",
    "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value",
    "CALL apoc.export.csv.all('/tmp/out.csv', {})",
    "CALL gds.graph.drop('g')",
    "CALL `apoc`.`create`.`node`(['Intruder'], {})",
    "CALL db.labels() YIELD label CALL apoc.create.node([label], {}) YIELD node RETURN node",
    "SHOW USERS",
    "SHOW DATABASES",
    "ALTER USER neo4j SET PASSWORD 'intruder-0123'",
    "GRANT ALL ON DATABASE * TO PUBLIC",
    "STOP DATABASE neo4j",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "USE system CREATE USER intruder SET PASSWORD 'secret-0123'",
]
FILES = [
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row CREATE (:Intruder)",
    "USING PERIODIC COMMIT LOAD CSV FROM 'file:///x' AS row RETURN row",
]
STATEMENTS = [
    "MATCH (n) RETURN n; MATCH (n) DETACH DELETE n",
    "RETURN 1; CREATE (:Intruder)",
    "RETURN 1;CREATE (:Intruder);",
    "MATCH (n) RETURN count(n) AS c\n;\nCREATE (:Intruder)",
]
COMMENTS = [
    "MATCH (n) /* RETURN n */ DETACH DELETE n",
    "/* RETURN 1 */ CREATE (:Intruder)",
    "// RETURN 1\nCREATE (:Intruder)",
    "MATCH (n) RETURN n // harmless\n; CREATE (:Intruder)",
    "MATCH (n) WHERE n.id = 'x' /* ' */ SET n.name = 'changed' RETURN n",
]
UNICODE = [
    "\uff23\uff32\uff25\uff21\uff34\uff25 (:Intruder)",  # full-width CREATE
    "\u0421REATE (:Intruder)",  # Cyrillic Es
    "CRE\u200bATE (:Intruder)",  # zero-width space
    "MATCH (n)\u2028DETACH DELETE n",  # line separator
    "MATCH (n) RETURN n \u202eETELED HCATED",  # right-to-left override
    "\\u0043REATE (:Intruder)",  # Cypher unicode escape
    "M\\u0041TCH (n) DETACH DELETE n",
    "CREATE\u00a0(:Intruder)",  # no-break space
    "MATCH (n) RETURN n\x00; CREATE (:Intruder)",
    "\ufeffCREATE (:Intruder)",  # byte order mark
    "MATCH (n) DETACH\tDELETE n",
    "create (:Intruder)",
    "CrEaTe (:Intruder)",
]
REFUSED = WRITES + PROCEDURES + FILES + STATEMENTS + COMMENTS + UNICODE

# Parameters are values, never query text: each of these runs as the read it is, and the
# smuggled clause stays a string.
SMUGGLED = [
    ("MATCH (p:Person) WHERE p.id = $id RETURN p.id AS id",
     {"id": "x' }) DETACH DELETE p //"}),
    ("RETURN $q AS q", {"q": "MATCH (n) DETACH DELETE n"}),
    ("MATCH (p:Person {id: $id}) RETURN p.name AS name", {"id": "vladimir-putin'}) SET p.name='x"}),
    ("MATCH (p:Person) WHERE p.name = $name RETURN count(p) AS c",
     {"name": "*/ CREATE (:Intruder) /*"}),
    ("UNWIND $rows AS row RETURN row.cypher AS c",
     {"rows": [{"cypher": "CREATE (:Intruder)"}, {"cypher": "CALL dbms.killQueries([])"}]}),
]


@pytest.fixture(scope="module")
def api(graph: Graph, graph_settings: Settings) -> Iterator[tuple[str, Graph]]:
    graph.write(queries.DELETE_ALL)
    write_facts(graph, sample_facts())
    env = dict(os.environ) if os.environ.get("DIPLOGRAPH_GRAPH_URI") else clean_env(
        graph_settings.data_dir)
    with served(env) as (base, _):
        yield base, graph


@pytest.fixture(scope="module")
def dump_before(api: tuple[str, Graph]):
    return canonical_dump(api[1])


@pytest.mark.parametrize("query", REFUSED, ids=[repr(q)[1:40] for q in REFUSED])
def test_refused(api: tuple[str, Graph], dump_before, query: str) -> None:
    base, _ = api
    response = httpx.post(base + "/cypher", json={"query": query}, timeout=30)
    assert response.status_code == 400, (response.status_code, response.text)
    assert response.json()["detail"]


@pytest.mark.parametrize(("query", "parameters"), SMUGGLED,
                         ids=[repr(p)[1:40] for _, p in SMUGGLED])
def test_parameters_stay_values(api: tuple[str, Graph], dump_before, query: str,
                                parameters: dict) -> None:
    base, _ = api
    response = httpx.post(base + "/cypher", json={"query": query, "parameters": parameters},
                          timeout=30)
    assert response.status_code == 200, response.text
    if query == "RETURN $q AS q":
        assert response.json()["rows"] == [{"q": parameters["q"]}]


def test_graph_unchanged_after_the_battery(api: tuple[str, Graph], dump_before) -> None:
    base, graph = api
    # Runs after the battery (tests run in file order); the same battery once more, then
    # the dump.
    for query in REFUSED:
        httpx.post(base + "/cypher", json={"query": query}, timeout=30)
    for query, parameters in SMUGGLED:
        httpx.post(base + "/cypher", json={"query": query, "parameters": parameters}, timeout=30)
    after = canonical_dump(graph)
    assert after == dump_before, after.difference(dump_before)
    assert "Intruder" not in "".join(after.nodes)
