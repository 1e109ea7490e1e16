from __future__ import annotations

from fastapi.testclient import TestClient

from .sample_facts import COUNTRIES


def test_countries_by_name(client: TestClient) -> None:
    body = client.get("/countries").json()
    assert body["total"] == len(COUNTRIES)
    names = [c["name"] for c in body["items"]]
    assert names == sorted(names)
    found = client.get("/countries", params={"name": "STAN"}).json()
    assert [c["id"] for c in found["items"]] == [
        "kazakhstan", "kyrgyzstan", "pakistan", "tajikistan", "uzbekistan"]
    page = client.get("/countries", params={"limit": 3, "offset": 3}).json()
    assert page["total"] == len(COUNTRIES)
    assert [c["name"] for c in page["items"]] == names[3:6]


def test_country_with_leaders_memberships_and_meetings(client: TestClient) -> None:
    r = client.get("/countries/russia")
    assert r.status_code == 200
    body = r.json()
    assert (body["name"], body["iso2"]) == ("Russia", "RU")
    assert body["leaders"] == [{"id": "vladimir-putin", "name": "Vladimir Putin",
                                "title": "President"}]
    assert [o["id"] for o in body["memberships"]] == ["sco"]
    assert body["meetings_total"] == 6
    dates = [m["date"] for m in body["meetings"]]
    assert dates[0] == "2019" and "2023-04" in dates


def test_country_and_place_sharing_an_id(client: TestClient) -> None:
    country = client.get("/countries/singapore").json()
    assert [o["acronym"] for o in country["memberships"]] == ["ASEAN"]
    assert country["leaders"][0]["id"] == "lee-hsien-loong"
    place = client.get("/places/singapore").json()
    assert place["country"] == {"id": "singapore", "name": "Singapore"}


def test_unknown_country_is_404(client: TestClient) -> None:
    r = client.get("/countries/atlantis")
    assert r.status_code == 404
    assert r.json() == {"detail": "no country with id 'atlantis'"}
