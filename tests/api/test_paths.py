from __future__ import annotations

from fastapi.testclient import TestClient


def _paths(client: TestClient, **params) -> dict:
    r = client.get("/paths", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _route(path: dict) -> list[str]:
    return [n["id"] if n["label"] != "Meeting" else n["name"] for n in path["nodes"]]


def test_shortest_connection_through_a_meeting(client: TestClient) -> None:
    body = _paths(client, **{"from": "li-zhanshu", "to": "vladimir-putin"})
    [path] = body["paths"]
    assert path["length"] == 2
    assert _route(path) == ["li-zhanshu", "Meeting 2022-09-07 in Vladivostok", "vladimir-putin"]
    assert [r["type"] for r in path["relationships"]] == ["ATTENDED", "ATTENDED"]
    assert (body["source"]["id"], body["target"]["id"], body["max_hops"]) == (
        "li-zhanshu", "vladimir-putin", 4)


def test_max_hops_bounds_the_search(client: TestClient) -> None:
    params = {"from": "li-zhanshu", "to": "narendra-modi"}
    routes = sorted(_route(p) for p in _paths(client, **params, max_hops=4)["paths"])
    assert routes == [
        ["li-zhanshu", "Meeting 2022-09-07 in Vladivostok", "vladimir-putin", "Meeting 2019",
         "narendra-modi"],
        ["li-zhanshu", "Meeting 2022-09-07 in Vladivostok", "vladimir-putin",
         "Meeting 2022-09-16 in Samarkand", "narendra-modi"],
    ]
    assert _paths(client, **params, max_hops=3)["paths"] == []


def test_all_shortest_paths_are_returned(client: TestClient) -> None:
    params = {"from": "li-zhanshu", "to": "lee-hsien-loong", "max_hops": 6}
    body = _paths(client, **params)
    # Putin met Modi twice and Xi twice; Modi and Xi each met Lee once.
    middles = sorted(tuple(_route(p)[3:6]) for p in body["paths"])
    assert middles == [
        ("Meeting 2019", "narendra-modi", "Meeting undated"),
        ("Meeting 2022-09-15 in Samarkand", "xi-jinping", "Meeting 2023-06-02 in Singapore"),
        ("Meeting 2022-09-16 in Samarkand", "narendra-modi", "Meeting undated"),
        ("Meeting 2023-03-21 in Moscow", "xi-jinping", "Meeting 2023-06-02 in Singapore"),
    ]
    assert all(p["length"] == 6 for p in body["paths"])
    assert len(_paths(client, **params, limit=1)["paths"]) == 1


def test_paths_through_roles_and_memberships(client: TestClient) -> None:
    body = _paths(client, **{"from": "vladimir-putin", "to": "sco", "max_hops": 2})
    routes = [_route(p) for p in body["paths"]]
    assert ["vladimir-putin", "russia", "sco"] in routes
    types = {tuple(r["type"] for r in p["relationships"]) for p in body["paths"]}
    assert ("HOLDS_ROLE", "MEMBER_OF") in types


def test_labels_pick_the_ends(client: TestClient) -> None:
    country = _paths(client, **{"from": "singapore", "to": "asean", "max_hops": 1})
    assert country["source"]["label"] == "Country"
    assert [p["length"] for p in country["paths"]] == [1]
    place = _paths(client, **{"from": "singapore", "from_label": "Place", "to": "asean",
                              "max_hops": 1})
    assert place["source"]["label"] == "Place" and place["paths"] == []


def test_bad_requests(client: TestClient) -> None:
    assert client.get("/paths", params={"from": "nobody", "to": "xi-jinping"}).status_code == 404
    same = client.get("/paths", params={"from": "xi-jinping", "to": "xi-jinping"})
    assert same.status_code == 422
    assert same.json()["detail"][0]["msg"] == "from and to are the same node"
    for hops in (0, 7, "three"):
        params = {"from": "li-zhanshu", "to": "xi-jinping", "max_hops": hops}
        assert client.get("/paths", params=params).status_code == 422
    assert client.get("/paths", params={"from": "li-zhanshu"}).status_code == 422
