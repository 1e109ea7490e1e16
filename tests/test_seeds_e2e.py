"""The acceptance test: the two seed articles, through extraction and the graph, to the API."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.graph import queries
from app.graph.db import Graph
from app.main import create_app
from ingest.pipeline import ingest_paths

from .conftest import SEEDS

SCO_MEMBERS = {
    "China", "India", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Russia", "Tajikistan", "Uzbekistan",
}
SEED_IDS = {"000-915eeb5320653d16", "004-27e1e6ece1bd52d9"}


def _census(graph: Graph) -> tuple[dict[str, int], dict[str, int]]:
    labels = {r["label"]: r["count"] for r in graph.read(queries.COUNT_BY_LABEL)}
    types = {r["type"]: r["count"] for r in graph.read(queries.COUNT_BY_TYPE)}
    return labels, types


@pytest.fixture(scope="module")
def seeded(graph: Graph) -> Graph:
    graph.write(queries.DELETE_ALL)
    summary = ingest_paths(graph, [SEEDS])
    assert summary.ok, summary.failed
    assert summary.read == 2 and summary.written == 2
    return graph


@pytest.fixture(scope="module")
def client(seeded: Graph):
    with TestClient(create_app(graph=seeded)) as c:
        yield c


def _person_id(client: TestClient, name: str) -> str:
    r = client.get("/people", params={"name": name})
    assert r.status_code == 200
    items = r.json()["items"]
    assert items, f"nobody found for {name!r}"
    return items[0]["id"]


def _meetings_with(client: TestClient, person: str, other_name: str) -> list[dict]:
    r = client.get(f"/people/{_person_id(client, person)}/met")
    assert r.status_code == 200
    for counterpart in r.json()["items"]:
        if counterpart["name"] == other_name:
            return counterpart["meetings"]
    raise AssertionError(f"{person} did not meet {other_name}: {r.json()['items']}")


@pytest.mark.parametrize("query", ["putin", "PUTIN", "Vladimir Putin"])
def test_people_search_is_case_insensitive(client: TestClient, query: str) -> None:
    r = client.get("/people", params={"name": query})
    assert [p["name"] for p in r.json()["items"]] == ["Vladimir Putin"]
    assert r.json()["total"] == 1


@pytest.mark.parametrize("query", ["Xi", "xi jinping"])
def test_xi_is_found(client: TestClient, query: str) -> None:
    names = [p["name"] for p in client.get("/people", params={"name": query}).json()["items"]]
    assert "Xi Jinping" in names


def test_putin_holds_the_role_president_of_russia(client: TestClient) -> None:
    person = client.get("/people", params={"name": "putin"}).json()["items"][0]
    assert {"title": "President", "of": "Russia"} in [
        {"title": r["title"], "of": r["of"]} for r in person["roles"]
    ]


def test_putin_and_xi_meet_in_samarkand_once_with_two_sources(client: TestClient) -> None:
    meetings = _meetings_with(client, "putin", "Xi Jinping")
    samarkand = [m for m in meetings if m["place"] == "Samarkand"]
    assert len(samarkand) == 1, meetings
    m = samarkand[0]
    assert m["date"] == "2022-09-15"
    assert m["status"] == "planned"
    assert m["mode"] == "in_person"
    assert "SCO" in (m["event"] or "") or "Shanghai" in (m["event"] or "")
    assert {s["article_id"] for s in m["sources"]} == SEED_IDS
    assert all(s["sentence"] for s in m["sources"])


def test_putin_meets_li_zhanshu_in_vladivostok(client: TestClient) -> None:
    meetings = _meetings_with(client, "putin", "Li Zhanshu")
    assert len(meetings) == 1, meetings
    m = meetings[0]
    assert (m["date"], m["place"], m["mode"]) == ("2022-09-07", "Vladivostok", "in_person")
    assert m["event"] == "Eastern Economic Forum"
    assert [s["article_id"] for s in m["sources"]] == ["000-915eeb5320653d16"]


def test_quoted_people_are_not_participants(client: TestClient) -> None:
    for name in ("Denisov", "Ouchakov"):
        for person in client.get("/people", params={"name": name}).json()["items"]:
            met = client.get(f"/people/{person['id']}/met").json()
            assert met["items"] == [], f"{name} is only quoted"


def test_meeting_by_id(client: TestClient) -> None:
    m = _meetings_with(client, "putin", "Xi Jinping")[0]
    r = client.get(f"/meetings/{m['id']}")
    assert r.status_code == 200
    assert {p["name"] for p in r.json()["participants"]} == {"Vladimir Putin", "Xi Jinping"}
    assert client.get("/meetings/no-such-meeting").status_code == 404


@pytest.mark.parametrize("query", ["SCO", "sco", "Shanghai Cooperation Organization"])
def test_sco_is_found(client: TestClient, query: str) -> None:
    items = client.get("/organizations", params={"name": query}).json()["items"]
    assert [o["acronym"] for o in items] == ["SCO"]


def test_sco_has_exactly_its_eight_members(client: TestClient) -> None:
    org = client.get("/organizations", params={"name": "SCO"}).json()["items"][0]
    r = client.get(f"/organizations/{org['id']}/members")
    assert r.status_code == 200
    members = {m["name"] for m in r.json()["items"]}
    assert members == SCO_MEMBERS
    assert not members & {"Turkey", "Iran", "Turkmenistan"}
    assert all(m["sources"] and m["sources"][0]["sentence"] for m in r.json()["items"])


def test_unknown_ids_are_404(client: TestClient) -> None:
    assert client.get("/people/nobody/met").status_code == 404
    assert client.get("/organizations/nothing/members").status_code == 404


def test_bad_parameters_are_422(client: TestClient) -> None:
    assert client.get("/people").status_code == 422
    assert client.get("/people", params={"name": "putin", "limit": 0}).status_code == 422


def test_health_names_the_engine(client: TestClient, seeded: Graph) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json()["engine"] == seeded.engine and r.json()["version"]


def test_reingest_changes_no_count(seeded: Graph) -> None:
    before = _census(seeded)
    summary = ingest_paths(seeded, [SEEDS])
    assert summary.ok
    assert _census(seeded) == before
    # and in the other order, one article at a time
    for path in sorted(SEEDS.iterdir(), reverse=True):
        ingest_paths(seeded, [path])
    assert _census(seeded) == before
