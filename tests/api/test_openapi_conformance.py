"""Property-based: every operation of /openapi.json, fed generated requests (valid and
invalid), answers without a server error and as its schema says (status code, content type,
response body). The app serves the sample graph on the real engine, in process."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.config import Settings
from app.graph.db import Graph
from app.main import create_app

from .conftest import API_KEY

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]
EXAMPLES_PER_OPERATION = 25

# The document does not need a graph; the operations are listed at collection time.
OPERATIONS = sorted(
    (method.upper(), path)
    for path, methods in create_app().openapi()["paths"].items()
    for method in methods
)


@pytest.fixture(scope="module")
def api_schema(sample_graph: Graph, api_settings: Settings):
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(api_settings, sample_graph))


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_operation_conforms_to_its_schema(api_schema, method: str, path: str) -> None:
    operation = api_schema[path][method]
    cases = st.one_of(operation.as_strategy(GenerationMode.POSITIVE),
                      operation.as_strategy(GenerationMode.NEGATIVE))

    @given(case=cases)
    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case) -> None:
        # With the key, POST /articles extracts and writes generated articles as well.
        case.call_and_validate(headers={"X-API-Key": API_KEY}, checks=CHECKS)

    check()
