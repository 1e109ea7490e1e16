from __future__ import annotations

from fastapi.testclient import TestClient


def _view(client: TestClient, node_id: str, **params) -> dict:
    r = client.get(f"/graph/neighborhood/{node_id}", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _check_drawable(view: dict) -> None:
    keys = [(n["label"], n["id"]) for n in view["nodes"]]
    assert len(keys) == len(set(keys))
    ids = {n["id"] for n in view["nodes"]}
    for rel in view["relationships"]:
        assert set(rel) == {"id", "type", "source", "target", "properties"}
        assert rel["source"] in ids and rel["target"] in ids
    assert len({r["id"] for r in view["relationships"]}) == len(view["relationships"])
    for node in view["nodes"]:
        assert set(node) == {"id", "label", "name"} and node["name"]


def test_one_hop_around_a_person(client: TestClient) -> None:
    view = _view(client, "vladimir-putin", depth=1)
    _check_drawable(view)
    labels = sorted(n["label"] for n in view["nodes"])
    assert labels == ["Country"] + ["Meeting"] * 6 + ["Person"]
    assert {r["type"] for r in view["relationships"]} == {"ATTENDED", "HOLDS_ROLE"}
    role = next(r for r in view["relationships"] if r["type"] == "HOLDS_ROLE")
    assert (role["source"], role["target"], role["properties"]) == (
        "vladimir-putin", "russia", {"title": "President"})
    names = {n["name"] for n in view["nodes"]}
    assert "Meeting 2022-09-15 in Samarkand" in names
    assert not view["truncated"]


def test_two_hops_reach_the_people_met_but_no_articles(client: TestClient) -> None:
    view = _view(client, "vladimir-putin", depth=2)
    _check_drawable(view)
    people = {n["id"] for n in view["nodes"] if n["label"] == "Person"}
    assert people == {"vladimir-putin", "xi-jinping", "narendra-modi", "li-zhanshu",
                      "recep-tayyip-erdogan"}
    assert "Article" not in {n["label"] for n in view["nodes"]}
    assert not {"MET", "REPORTS"} & {r["type"] for r in view["relationships"]}


def test_window_leaves_out_other_meetings(client: TestClient) -> None:
    view = _view(client, "vladimir-putin", depth=1, since="2023-01-01", until="2023-12-31")
    meetings = sorted(n["name"] for n in view["nodes"] if n["label"] == "Meeting")
    assert meetings == ["Meeting 2023-03-21 in Moscow", "Meeting 2023-04"]


def test_any_kind_of_node_is_a_centre(client: TestClient) -> None:
    meeting = client.get("/meetings", params={"place": "moscow"}).json()["items"][0]["id"]
    view = _view(client, meeting, depth=1)
    assert {(n["label"], n["id"]) for n in view["nodes"]} == {
        ("Meeting", meeting), ("Person", "vladimir-putin"), ("Person", "xi-jinping"),
        ("Place", "moscow")}
    event = _view(client, "sco-summit-2022", depth=1)
    assert {n["id"] for n in event["nodes"] if n["label"] != "Meeting"} == {
        "sco-summit-2022", "samarkand", "sco"}


def test_label_picks_between_nodes_sharing_an_id(client: TestClient) -> None:
    country = _view(client, "singapore", depth=1)
    assert country["nodes"][0] == {"id": "singapore", "label": "Country", "name": "Singapore"}
    assert "asean" in {n["id"] for n in country["nodes"]}
    place = _view(client, "singapore", depth=1, label="Place")
    assert place["nodes"][0]["label"] == "Place"
    assert "asean" not in {n["id"] for n in place["nodes"]}


def test_node_limit_truncates(client: TestClient) -> None:
    view = _view(client, "vladimir-putin", depth=3, max_nodes=5)
    assert len(view["nodes"]) == 5 and view["truncated"]
    _check_drawable(view)


def test_relationship_ids_are_stable(client: TestClient) -> None:
    first = _view(client, "xi-jinping", depth=2)["relationships"]
    again = _view(client, "xi-jinping", depth=2)["relationships"]
    assert first == again
    from_other_side = _view(client, "lee-hsien-loong", depth=2)["relationships"]
    shared = {r["id"]: r for r in first} | {r["id"]: r for r in from_other_side}
    for rel in from_other_side:
        assert shared[rel["id"]] == rel


def test_unknown_node_and_bad_depth(client: TestClient) -> None:
    assert client.get("/graph/neighborhood/nothing").status_code == 404
    assert client.get("/graph/neighborhood/singapore", params={"label": "Event"}).status_code == 404
    assert client.get("/graph/neighborhood/xi-jinping", params={"depth": 4}).status_code == 422
    assert client.get("/graph/neighborhood/xi-jinping", params={"depth": 0}).status_code == 422
    article = client.get("/graph/neighborhood/xi-jinping", params={"label": "Article"})
    assert article.status_code == 422
