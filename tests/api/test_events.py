from __future__ import annotations

from fastapi.testclient import TestClient


def test_events_in_start_order(client: TestClient) -> None:
    body = client.get("/events").json()
    assert [e["id"] for e in body["items"]] == ["eastern-economic-forum-2022", "sco-summit-2022"]
    assert body["total"] == 2
    assert client.get("/events", params={"name": "forum"}).json()["total"] == 1
    assert client.get("/events", params={"name": "SCO Summit"}).json()["items"][0]["start"] == (
        "2022-09-15")
    assert client.get("/events", params={"name": "davos"}).json() == {"items": [], "total": 0}


def test_event_with_place_organiser_and_meetings(client: TestClient) -> None:
    body = client.get("/events/sco-summit-2022").json()
    assert body["place"] == {"id": "samarkand", "name": "Samarkand"}
    assert body["organization"] == {"id": "sco", "name": "Shanghai Cooperation Organisation"}
    assert [m["date"] for m in body["meetings"]] == ["2022-09-15", "2022-09-16"]
    forum = client.get("/events/eastern-economic-forum-2022").json()
    assert forum["organization"] is None
    assert [p["id"] for p in forum["meetings"][0]["participants"]] == [
        "li-zhanshu", "vladimir-putin"]


def test_unknown_event_is_404(client: TestClient) -> None:
    assert client.get("/events/g20-summit-2099").status_code == 404
