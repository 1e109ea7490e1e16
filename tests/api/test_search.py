from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def _hits(client: TestClient, q: str, **params) -> list[dict]:
    r = client.get("/search", params={"q": q, **params})
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.parametrize(("q", "first"), [
    ("putin", {"id": "vladimir-putin", "label": "Person", "name": "Vladimir Putin"}),
    ("ERDOGAN", {"id": "recep-tayyip-erdogan", "label": "Person", "name": "Recep Tayyip Erdoğan"}),
    ("sco", {"id": "sco", "label": "Organization", "name": "Shanghai Cooperation Organisation"}),
    ("samark", {"id": "samarkand", "label": "Place", "name": "Samarkand"}),
    ("economic forum", {"id": "eastern-economic-forum-2022", "label": "Event",
                        "name": "Eastern Economic Forum"}),
    ("Russia", {"id": "russia", "label": "Country", "name": "Russia"}),
])
def test_search_across_labels(client: TestClient, q: str, first: dict) -> None:
    assert _hits(client, q)[0] == first


def test_a_shared_id_is_found_under_both_labels(client: TestClient) -> None:
    assert [(h["id"], h["label"]) for h in _hits(client, "singapore")] == [
        ("singapore", "Country"), ("singapore", "Place")]


def test_exact_names_come_before_partial_ones(client: TestClient) -> None:
    hits = _hits(client, "india")
    assert hits[0]["id"] == "india"
    assert [h["label"] for h in _hits(client, "xi")] == ["Person"]


def test_limit_and_nothing_found(client: TestClient) -> None:
    assert len(_hits(client, "a", limit=3)) == 3
    assert _hits(client, "zzzz") == []
    assert _hits(client, "!!!") == []
    assert client.get("/search", params={"q": ""}).status_code == 422
    assert client.get("/search").status_code == 422


@pytest.mark.parametrize("q", ["Shanghai Cooperation Organisation", "shanghai cooperation organization"])
def test_british_and_american_spellings_find_the_same(client: TestClient, q: str) -> None:
    assert _hits(client, q)[0]["id"] == "sco"
