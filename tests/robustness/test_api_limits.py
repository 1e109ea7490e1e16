"""Safe by default: writes need the API key (compared in constant time), request bodies are
limited, CORS is off unless origins are configured, articles keep to the input limits, and an
article id stands for one text."""

from __future__ import annotations

import inspect
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.api import security
from app.config import Settings
from app.graph import queries
from app.graph.db import Graph
from app.main import create_app

from .conftest import crowd_names

API_KEY = "limits-test-key-0123456789"
KEY = {"X-API-Key": API_KEY}
MEETING = ("Russian President Vladimir Putin met Chinese President Xi Jinping in Samarkand on "
           "September 15, 2022.")


@pytest.fixture(scope="module")
def settings(graph_settings: Settings) -> Settings:
    return graph_settings.model_copy(update={"api_key": SecretStr(API_KEY),
                                             "api_max_body_bytes": 4000})


@pytest.fixture(scope="module")
def client(graph: Graph, settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings, graph)) as c:
        yield c


def _article(article_id: str, text: str = MEETING) -> dict:
    return {"id": article_id, "published": "2022-09-15", "text": text}


# --- the API key ------------------------------------------------------------------------

def test_every_write_endpoint_needs_the_key() -> None:
    paths = create_app(Settings(_env_file=None)).openapi()["paths"]
    writes = [(path, method, operation) for path, methods in paths.items()
              for method, operation in methods.items() if method not in ("get", "head")]
    assert ("/articles", "post") in [(p, m) for p, m, _ in writes]
    for path, method, operation in writes:
        if path == "/cypher":
            assert "security" not in operation  # a read, proven read-only
        else:
            assert operation.get("security") == [{"APIKeyHeader": []}], (path, method)


def test_the_key_is_compared_in_constant_time() -> None:
    source = inspect.getsource(security.require_api_key)
    assert "hmac.compare_digest(" in source
    assert "== expected" not in source and "expected ==" not in source


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "wrong-key-0123456789"},
                                     {"X-API-Key": API_KEY[:-1]}, {"X-API-Key": API_KEY + "x"}])
def test_a_missing_or_wrong_key_is_401(client: TestClient, headers: dict) -> None:
    response = client.post("/articles", json=_article("key-test"), headers=headers)
    assert response.status_code == 401
    assert "detail" in response.json()


def test_without_a_configured_key_writes_are_off(graph: Graph, graph_settings: Settings) -> None:
    with TestClient(create_app(graph_settings.model_copy(update={"api_key": None}), graph)) as c:
        response = c.post("/articles", json=_article("key-test"), headers=KEY)
    assert response.status_code == 403


# --- body size ---------------------------------------------------------------------------

def test_a_body_over_the_limit_is_413(client: TestClient) -> None:
    big = _article("too-big", MEETING + " " + "word " * 2000)
    response = client.post("/articles", json=big, headers=KEY)
    assert response.status_code == 413
    assert response.json() == {"detail": "the request body is larger than 4000 bytes "
                                         "(DIPLOGRAPH_API_MAX_BODY_BYTES)"}


def test_a_streamed_body_over_the_limit_is_413(client: TestClient) -> None:
    chunks = (b'{"id": "streamed", "text": "' + b"x" * 1000 for _ in range(10))
    response = client.post("/cypher", content=chunks,
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert "larger than 4000 bytes" in response.json()["detail"]


def test_the_default_limit_is_5_mb() -> None:
    assert Settings(_env_file=None).api_max_body_bytes == 5 * 1024 * 1024


def test_a_body_under_the_limit_passes(client: TestClient) -> None:
    response = client.post("/cypher", json={"query": "RETURN 1 AS one"})
    assert response.status_code == 200


# --- CORS --------------------------------------------------------------------------------

def _preflight(client: TestClient, origin: str):
    return client.options("/people", headers={
        "Origin": origin, "Access-Control-Request-Method": "GET"})


def test_cors_is_off_by_default(client: TestClient) -> None:
    assert Settings(_env_file=None).cors_origins == []
    response = client.get("/health", headers={"Origin": "https://ui.example"})
    assert "access-control-allow-origin" not in response.headers
    assert "access-control-allow-origin" not in _preflight(client, "https://ui.example").headers


def test_cors_allows_only_the_configured_origins(graph: Graph, settings: Settings) -> None:
    configured = settings.model_copy(update={"cors_origins": ["https://ui.example"]})
    with TestClient(create_app(configured, graph)) as c:
        allowed = c.get("/health", headers={"Origin": "https://ui.example"})
        other = c.get("/health", headers={"Origin": "https://evil.example"})
        preflight = _preflight(c, "https://ui.example")
    assert allowed.headers["access-control-allow-origin"] == "https://ui.example"
    assert "access-control-allow-origin" not in other.headers
    assert preflight.status_code == 200
    assert "X-API-Key" in preflight.headers["access-control-allow-headers"] or \
        "x-api-key" in preflight.headers["access-control-allow-headers"].lower()


def test_cors_origins_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_CORS_ORIGINS", "https://a.example, https://b.example")
    assert Settings(_env_file=None).cors_origins == ["https://a.example", "https://b.example"]


# --- input limits and versions through the API --------------------------------------------

@pytest.mark.parametrize(("text", "reason"), [
    ("Vladimir Putin met " + "very " * 1500 + "briefly.", "a sentence has 1,504 words"),
    ("Delegates included " + ", ".join(crowd_names(150)) + ".",
     "a sentence names 150 people or places"),
])
def test_an_article_over_a_limit_is_422(graph: Graph, graph_settings: Settings,
                                        text: str, reason: str) -> None:
    settings = graph_settings.model_copy(update={"api_key": SecretStr(API_KEY)})
    with TestClient(create_app(settings, graph)) as c:
        response = c.post("/articles", json=_article("over-a-limit", text), headers=KEY)
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert reason in problem["msg"]


def test_an_id_posted_again_with_another_text_is_409(graph: Graph, client: TestClient) -> None:
    graph.write(queries.DELETE_ALL)
    first = client.post("/articles", json=_article("versioned"), headers=KEY)
    assert first.status_code == 200, first.text
    again = client.post("/articles", json=_article("versioned"), headers=KEY)
    assert again.status_code == 200  # the same text: nothing changes
    other = _article("versioned", "French President Emmanuel Macron met German Chancellor "
                                  "Olaf Scholz in Paris on October 26, 2022.")
    response = client.post("/articles", json=other, headers=KEY)
    assert response.status_code == 409
    assert "'versioned' is already in the graph with a different text" in \
        response.json()["detail"]
    assert graph.read(queries.PERSON_WITH_ROLES, id="olaf-scholz") == []


def test_one_id_with_two_texts_in_one_request_is_422(client: TestClient) -> None:
    body = [_article("twice"), _article("twice", "Another text about a meeting.")]
    response = client.post("/articles", json=body, headers=KEY)
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["body", 1, "id"]
    assert "already read from [0] with a different text" in problem["msg"]
