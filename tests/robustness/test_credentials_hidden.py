"""Credentials never appear in logs, error messages or response bodies: a wrong password for
a reachable graph, an unreachable graph with a password, and a URI carrying one, through the
API in process (every logger at DEBUG) and through the commands as a user runs them."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr, ValidationError

from app.config import Settings
from app.graph.db import Graph, GraphUnavailable, connect
from app.main import create_app

from .processes import clean_env, diplograph, free_port, served

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DIPLOGRAPH_GRAPH_URI")), reason="uses the embedded engine's address"
)

API_KEY = "credentials-test-key-0123456789"
REQUESTS = [
    ("GET", "/health", None),
    ("GET", "/stats", None),
    ("GET", "/people?name=putin", None),
    ("POST", "/cypher", {"query": "RETURN 1 AS one"}),
    ("POST", "/articles", {"id": "c-1", "text": "Vladimir Putin met Xi Jinping in Moscow."}),
]


def _password() -> str:
    return "pw-" + secrets.token_hex(12)


@pytest.fixture(scope="module")
def reachable_uri(graph: Graph) -> str:
    """The test engine's Bolt address, which refuses any password but its own."""
    return graph.uri


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    for name in ("neo4j", "app", "uvicorn", "httpx"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield caplog
    for name in ("neo4j", "app", "uvicorn", "httpx"):
        logging.getLogger(name).setLevel(logging.NOTSET)


def _settings(uri: str, password: str) -> Settings:
    return Settings(_env_file=None, graph_uri=uri, graph_user="root",
                    graph_password=SecretStr(password), graph_database="diplograph",
                    api_key=SecretStr(API_KEY))


def _api_answers(settings: Settings) -> str:
    with TestClient(create_app(settings)) as client:
        bodies = []
        for method, path, body in REQUESTS:
            response = client.request(method, path, json=body, headers={"X-API-Key": API_KEY})
            assert response.status_code == 503, (path, response.text)
            bodies.append(response.text + str(response.headers))
    return "\n".join(bodies)


@pytest.mark.parametrize("where", ["reachable, wrong password", "unreachable"])
def test_in_process_nothing_shows_the_password(
    where: str, reachable_uri: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    password = _password()
    uri = reachable_uri if where.startswith("reachable") else f"bolt://127.0.0.1:{free_port()}"
    settings = _settings(uri, password)
    with pytest.raises(GraphUnavailable) as refused:
        connect(settings)
    assert ("refused the credentials: AuthError" if where.startswith("reachable")
            else "did not answer: ServiceUnavailable") in str(refused.value)
    shown = [str(refused.value), repr(settings), _api_answers(settings), debug_logs.text]
    assert debug_logs.records, "nothing was logged: the check would be empty"
    for text in shown:
        assert password not in text


def test_a_password_in_the_uri_is_refused_without_showing_it() -> None:
    password = _password()
    with pytest.raises(ValidationError) as refused:
        Settings(_env_file=None, graph_uri=f"bolt://neo4j:{password}@127.0.0.1:7687")
    assert "must not hold a user or password" in str(refused.value)
    assert password not in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        Settings(_env_file=None, graph_uri="bolt://127.0.0.1:7687", graph_password=password,
                 api_key="change-me")
    assert password not in str(refused.value)


def test_the_commands_show_no_password(reachable_uri: str, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Vladimir Putin met Xi Jinping in Moscow on May 1, 2023.", encoding="utf-8")
    for uri in (reachable_uri, f"bolt://127.0.0.1:{free_port()}"):
        password = _password()
        env = clean_env(None, graph_uri=uri, graph_user="root", graph_password=password,
                        graph_database="diplograph", api_key=API_KEY)
        output = []
        for args in (("ingest", str(article)), ("cypher", "RETURN 1 AS one"),
                     ("export", "--format", "jsonl")):
            result = diplograph(env, *args, timeout=120)
            assert result.returncode == 2, (args, result.stderr)
            output += [result.stdout, result.stderr]
        with served(env, health=503) as (base, process):
            for method, path, body in REQUESTS:
                response = httpx.request(method, base + path, json=body, timeout=10,
                                         headers={"X-API-Key": API_KEY})
                assert response.status_code == 503
                output.append(response.text)
            process.terminate()
            out, err = process.communicate(timeout=30)
        output += [out, err]
        assert "answering 503" in err  # the server said why, and that is all it said
        for text in output:
            assert password not in text
