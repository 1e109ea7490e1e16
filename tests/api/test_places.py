from __future__ import annotations

from fastapi.testclient import TestClient


def test_place_with_country_events_and_meetings(client: TestClient) -> None:
    body = client.get("/places/samarkand").json()
    assert body["country"] == {"id": "uzbekistan", "name": "Uzbekistan"}
    assert [e["id"] for e in body["events"]] == ["sco-summit-2022"]
    assert [m["date"] for m in body["meetings"]] == ["2022-09-15", "2022-09-16"]
    assert body["meetings_total"] == 2


def test_place_without_events(client: TestClient) -> None:
    body = client.get("/places/moscow").json()
    assert body["events"] == []
    assert [m["date"] for m in body["meetings"]] == ["2023-03-21"]


def test_unknown_place_is_404(client: TestClient) -> None:
    assert client.get("/places/atlantis").status_code == 404
