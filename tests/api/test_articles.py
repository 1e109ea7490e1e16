from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from app.article_intake import write_and_report
from app.config import Settings
from app.graph import queries
from app.graph.db import Graph
from app.main import create_app
from ingest.facts import Article, ArticleFacts, Interaction

from .conftest import API_KEY
from .sample_facts import MOSCOW, PEOPLE, _evidence

ARTICLE = {
    "id": "api-putin-xi-2022-09-15",
    "title": "Putin and Xi meet in Samarkand",
    "published": "2022-09-15",
    "text": "Russian President Vladimir Putin met Chinese President Xi Jinping in Samarkand "
            "on September 15, 2022, on the sidelines of the SCO summit.",
}
KEY = {"X-API-Key": API_KEY}


def _extraction_ready() -> bool:
    try:
        from ingest.extract import extract_many  # noqa: F401
    except ImportError:
        return False
    return True


def _census(graph: Graph) -> dict[str, int]:
    return {r["label"]: r["count"] for r in graph.read(queries.COUNT_BY_LABEL)}


def _hand_made() -> ArticleFacts:
    sentence = "Vladimir Putin received Lee Hsien Loong in Moscow on January 10, 2024."
    article = Article("hand-made-moscow", sentence, "Lee in Moscow", date(2024, 1, 10))
    return ArticleFacts(
        article=article,
        people={p: PEOPLE[p] for p in ("vladimir-putin", "lee-hsien-loong")},
        places={"moscow": MOSCOW},
        interactions=[Interaction(["lee-hsien-loong", "vladimir-putin"], "in_person", "held",
                                  _evidence(sentence, sentence), "2024-01-10", "moscow")],
    )


def test_written_facts_are_reported_and_recorded(client: TestClient, sample_graph: Graph) -> None:
    added = write_and_report(sample_graph, [_hand_made()])
    [item] = added.items
    assert (item.id, item.interactions, item.memberships, item.roles) == (
        "hand-made-moscow", 1, 0, 0)
    assert added.nodes_created == 2  # the article and the meeting
    [meeting_id] = item.meetings
    meeting = client.get(f"/meetings/{meeting_id}").json()
    assert (meeting["date"], meeting["place"]) == ("2024-01-10", "Moscow")
    assert [s["article_id"] for s in meeting["sources"]] == ["hand-made-moscow"]
    last = client.get("/stats").json()["last_ingest"]
    assert (last["source"], last["articles_written"], last["nodes_created"]) == ("api", 1, 2)

    census = _census(sample_graph)
    again = write_and_report(sample_graph, [_hand_made()])
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert again.items[0].meetings == [meeting_id]
    assert _census(sample_graph) == census


def test_writes_need_the_key(client: TestClient, sample_graph: Graph) -> None:
    before = _census(sample_graph)
    missing = client.post("/articles", json=ARTICLE)
    assert missing.status_code == 401
    assert missing.json() == {"detail": "missing or wrong API key (header X-API-Key)"}
    wrong = client.post("/articles", json=ARTICLE, headers={"X-API-Key": API_KEY[:-1] + "x"})
    assert wrong.status_code == 401
    assert _census(sample_graph) == before


def test_no_key_configured_refuses_writes(sample_graph: Graph, graph_settings: Settings) -> None:
    settings = graph_settings.model_copy(update={"api_key": None})
    with TestClient(create_app(settings, sample_graph)) as c:
        r = c.post("/articles", json=ARTICLE, headers=KEY)
    assert r.status_code == 403
    assert "DIPLOGRAPH_API_KEY" in r.json()["detail"]


@pytest.mark.parametrize("body", [
    [], {"title": "no text"}, {"text": 42}, {"text": "x", "published": "15 Sept 2022"},
    [{"text": "x"}] * 101,
])
def test_invalid_bodies_are_422(client: TestClient, body: object) -> None:
    r = client.post("/articles", json=body, headers=KEY)
    assert r.status_code == 422
    assert "detail" in r.json()


def test_articles_the_loader_refuses_are_422(client: TestClient) -> None:
    r = client.post("/articles", headers=KEY, json=[
        {"text": "   "}, {"text": "x", "published": "2022-02-30"}])
    assert r.status_code == 422
    assert [d["loc"] for d in r.json()["detail"]] == [["body", "articles[0]"],
                                                       ["body", "articles[1]"]]


@pytest.mark.skipif(not _extraction_ready(), reason="ingest.extract.extract_many is not ready")
def test_posted_article_goes_through_extraction(client: TestClient, sample_graph: Graph) -> None:
    sample_graph.write(queries.DELETE_ALL)
    r = client.post("/articles", json=[ARTICLE, {"text": "   "}], headers=KEY)
    assert r.status_code == 200, r.text
    body = r.json()
    [item] = body["items"]
    assert item["id"] == ARTICLE["id"] and item["interactions"] >= 1 and item["meetings"]
    assert [f["source"] for f in body["failed"]] == ["articles[1]"]
    met = client.get("/people/vladimir-putin/met/xi-jinping").json()
    [meeting] = met["items"]
    assert (meeting["date"], meeting["place"]) == ("2022-09-15", "Samarkand")
    assert meeting["id"] in item["meetings"]
    assert [s["article_id"] for s in meeting["sources"]] == [ARTICLE["id"]]

    census = _census(sample_graph)
    repeat = client.post("/articles", json=ARTICLE, headers=KEY).json()
    assert (repeat["nodes_created"], repeat["relationships_created"]) == (0, 0)
    assert _census(sample_graph) == census
