from __future__ import annotations

from fastapi.testclient import TestClient


def test_person_with_roles_aliases_and_counts(client: TestClient) -> None:
    r = client.get("/people/vladimir-putin")
    assert r.status_code == 200
    body = r.json()
    assert body["name"] == "Vladimir Putin"
    assert "Putin" in body["aliases"]
    assert {"title": "President", "of": "Russia", "of_id": "russia"} in body["roles"]
    assert body["counts"] == {"meetings": 6, "people_met": 4, "articles": 3}


def test_person_with_roles_of_a_country_and_an_organisation(client: TestClient) -> None:
    roles = client.get("/people/lee-hsien-loong").json()["roles"]
    assert {(r["title"], r["of_id"]) for r in roles} == {
        ("Prime Minister", "singapore"), ("Chair", "asean")}


def test_did_a_meet_b_every_meeting_with_its_evidence(client: TestClient) -> None:
    r = client.get("/people/vladimir-putin/met/xi-jinping")
    assert r.status_code == 200
    body = r.json()
    assert body["met"] is True
    assert (body["person"]["id"], body["other"]["id"]) == ("vladimir-putin", "xi-jinping")
    assert [(m["date"], m["place"]) for m in body["items"]] == [
        ("2022-09-15", "Samarkand"), ("2023-03-21", "Moscow")]
    assert body["total"] == 2
    samarkand = body["items"][0]
    assert [s["article_id"] for s in samarkand["sources"]] == ["a1-summit-ahead", "a2-summit-held"]
    assert [s["reported_status"] for s in samarkand["sources"]] == ["planned", "held"]
    for source in samarkand["sources"]:
        assert "Samarkand" in source["sentence"]


def test_met_reads_both_ways(client: TestClient) -> None:
    there = client.get("/people/vladimir-putin/met/narendra-modi").json()
    back = client.get("/people/narendra-modi/met/vladimir-putin").json()
    assert [m["id"] for m in there["items"]] == [m["id"] for m in back["items"]]
    assert [m["date"] for m in there["items"]] == ["2019", "2022-09-16"]


def test_people_who_never_met(client: TestClient) -> None:
    body = client.get("/people/li-zhanshu/met/lee-hsien-loong").json()
    assert (body["met"], body["total"], body["items"]) == (False, 0, [])
    assert client.get("/people/xi-jinping/met/xi-jinping").json()["met"] is False


def test_unknown_people_are_404(client: TestClient) -> None:
    assert client.get("/people/nobody").status_code == 404
    r = client.get("/people/vladimir-putin/met/nobody")
    assert r.status_code == 404
    assert "nobody" in r.json()["detail"]
    assert client.get("/people/nobody/met/vladimir-putin").status_code == 404
