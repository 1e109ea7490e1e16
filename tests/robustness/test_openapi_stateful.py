"""Stateful property-based test of the API: Schemathesis follows links between operations
(inferred from the schemas: a person's id from GET /people into GET /people/{person_id}/met,
a meeting's id into GET /meetings/{meeting_id}, ...; and, declared here, the meetings an
article posted with POST /articles added) through sequences of calls, on the real engine.
No call may answer a server error or break its schema."""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterator

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from pydantic import SecretStr
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.config import Settings
from app.graph import queries
from app.graph.db import Graph
from app.main import create_app
from ingest.writer import write_facts
from tests.api.sample_facts import sample_facts

API_KEY = "stateful-test-key-0123456789"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]

# POST /articles answers with the meetings each article added: follow them.
ARTICLE_LINKS = {
    "PostedMeeting": {
        "operationId": None,  # filled in from the schema
        "parameters": {"meeting_id": "$response.body#/items/0/meetings/0"},
    },
}


def _with_article_links(document: dict) -> dict:
    document = copy.deepcopy(document)
    target = document["paths"]["/meetings/{meeting_id}"]["get"]["operationId"]
    links = copy.deepcopy(ARTICLE_LINKS)
    links["PostedMeeting"]["operationId"] = target
    response = document["paths"]["/articles"]["post"]["responses"]["200"]
    response["links"] = links
    return document


@pytest.fixture(scope="module")
def app(graph: Graph, graph_settings: Settings) -> Iterator:
    graph.write(queries.DELETE_ALL)
    write_facts(graph, sample_facts())
    application = create_app(graph_settings.model_copy(update={"api_key": SecretStr(API_KEY)}),
                             graph)
    with TestClient(application):  # runs the lifespan: the graph and the NLP pipeline
        yield application


def test_sequences_of_linked_calls_conform(app) -> None:
    schema = schemathesis.openapi.from_dict(_with_article_links(app.openapi()))
    schema.app = app
    machine = schema.as_state_machine()
    assert "RANDOM__POST_articles" in dir(machine), "POST /articles is not in the machine"
    assert any(name.startswith("GET_people___200") for name in dir(machine)), \
        "no link was inferred from GET /people"

    answered: Counter[tuple[str, int]] = Counter()

    class Workflow(machine):  # type: ignore[misc, valid-type]
        def get_call_kwargs(self, case):
            return {"headers": {"X-API-Key": API_KEY}}

        def after_call(self, response, case):
            answered[(case.operation.label, response.status_code)] += 1
            super().after_call(response, case)

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            case.validate_response(response, checks=CHECKS, headers={"X-API-Key": API_KEY},
                                   recorder=self.recorder)

    Workflow.run(settings=settings(
        max_examples=40, stateful_step_count=6, deadline=None, database=None,
        suppress_health_check=list(HealthCheck),
    ))
    # Articles were written, and calls with ids taken from earlier answers found their data
    # (made-up ids would only get 404s).
    report = "\n".join(map(str, sorted(answered.items())))
    assert answered[("POST /articles", 200)] > 0, report
    assert sum(n for (operation, status), n in answered.items()
               if status == 200 and "{" in operation) > 0, report
