from __future__ import annotations

from fastapi.testclient import TestClient

from .sample_facts import SCO_MEMBERS


def test_organization_with_members_events_and_meetings(client: TestClient) -> None:
    r = client.get("/organizations/sco")
    assert r.status_code == 200
    body = r.json()
    assert (body["name"], body["acronym"]) == ("Shanghai Cooperation Organisation", "SCO")
    assert {m["id"] for m in body["members"]} == set(SCO_MEMBERS)
    assert [e["id"] for e in body["events"]] == ["sco-summit-2022"]
    assert body["people"] == []
    assert [m["date"] for m in body["meetings"]] == ["2022-09-15", "2022-09-16"]
    assert body["meetings_total"] == 2


def test_organization_with_role_holders(client: TestClient) -> None:
    body = client.get("/organizations/asean").json()
    assert body["people"] == [
        {"id": "lee-hsien-loong", "name": "Lee Hsien Loong", "title": "Chair"}]
    assert [m["id"] for m in body["members"]] == ["singapore"]


def test_unknown_organization_is_404(client: TestClient) -> None:
    assert client.get("/organizations/nato").status_code == 404
