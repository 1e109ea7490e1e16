from __future__ import annotations

from fastapi.testclient import TestClient


def _months(body: dict) -> dict[str, int]:
    return {item["month"]: item["count"] for item in body["items"]}


def test_meetings_of_a_person_per_month(client: TestClient) -> None:
    body = client.get("/timeline", params={"person": "xi-jinping"}).json()
    assert _months(body) == {"2022-09": 1, "2023-03": 2, "2023-06": 1}
    assert [i["month"] for i in body["items"]] == sorted(_months(body))
    assert (body["without_month"], body["total"]) == (0, 4)


def test_meetings_of_a_country_per_month(client: TestClient) -> None:
    # Putin holds a role of Russia: his six meetings, one dated only by its year.
    body = client.get("/timeline", params={"country": "russia"}).json()
    assert _months(body) == {"2022-09": 3, "2023-03": 1, "2023-04": 1}
    assert (body["without_month"], body["total"]) == (1, 6)


def test_undated_meetings_are_counted_apart(client: TestClient) -> None:
    body = client.get("/timeline", params={"person": "lee-hsien-loong"}).json()
    assert _months(body) == {"2023-06": 1}
    assert body["without_month"] == 1


def test_timeline_takes_the_meeting_filters(client: TestClient) -> None:
    body = client.get("/timeline", params={"country": "russia", "since": "2023-01-01"}).json()
    assert _months(body) == {"2023-03": 1, "2023-04": 1}
    assert client.get("/timeline", params={"mode": "fax"}).status_code == 422
    assert client.get("/timeline", params={"person": "nobody"}).json()["total"] == 0
