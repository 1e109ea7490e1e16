from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

# (date, participants) of every sample meeting, in the order GET /meetings returns them.
ALL = [
    ("2019", {"narendra-modi", "vladimir-putin"}),
    ("2022-09-07", {"li-zhanshu", "vladimir-putin"}),
    ("2022-09-15", {"vladimir-putin", "xi-jinping"}),
    ("2022-09-16", {"narendra-modi", "vladimir-putin"}),
    ("2023-03", {"narendra-modi", "xi-jinping"}),
    ("2023-03-21", {"vladimir-putin", "xi-jinping"}),
    ("2023-04", {"recep-tayyip-erdogan", "vladimir-putin"}),
    ("2023-06-02", {"lee-hsien-loong", "xi-jinping"}),
    (None, {"lee-hsien-loong", "narendra-modi"}),
]


def _listed(client: TestClient, **params) -> list[tuple[str | None, set[str]]]:
    r = client.get("/meetings", params={"limit": 500, **params})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(body["items"])
    return [(m["date"], {p["id"] for p in m["participants"]}) for m in body["items"]]


def test_all_meetings_in_date_order_undated_last(client: TestClient) -> None:
    assert _listed(client) == ALL


def test_pages_carry_the_total(client: TestClient) -> None:
    body = client.get("/meetings", params={"limit": 2, "offset": 1}).json()
    assert body["total"] == len(ALL)
    assert (body["limit"], body["offset"]) == (2, 1)
    assert [m["date"] for m in body["items"]] == ["2022-09-07", "2022-09-15"]
    assert client.get("/meetings", params={"offset": 100}).json()["items"] == []


def test_repeated_person_means_meetings_with_all_of_them(client: TestClient) -> None:
    both = _listed(client, person=["vladimir-putin", "xi-jinping"])
    assert [d for d, _ in both] == ["2022-09-15", "2023-03-21"]
    assert len(_listed(client, person=["vladimir-putin"])) == 6
    assert _listed(client, person=["vladimir-putin", "lee-hsien-loong"]) == []
    assert _listed(client, person=["nobody"]) == []


def test_meetings_carry_their_evidence(client: TestClient) -> None:
    body = client.get("/meetings", params={"person": ["vladimir-putin", "xi-jinping"],
                                           "since": "2022-09-01", "until": "2022-09-30"}).json()
    [meeting] = body["items"]
    assert (meeting["place"], meeting["event"], meeting["status"]) == (
        "Samarkand", "SCO summit", "held")
    assert {s["article_id"] for s in meeting["sources"]} == {"a1-summit-ahead", "a2-summit-held"}
    assert all(s["sentence"] for s in meeting["sources"])


@pytest.mark.parametrize(("params", "dates"), [
    ({"country": "singapore"}, ["2023-06-02", None]),
    ({"country": "turkey"}, ["2023-04"]),
    ({"organization": "sco"}, ["2022-09-15", "2022-09-16"]),
    ({"organization": "asean"}, ["2023-06-02", None]),
    ({"place": "samarkand"}, ["2022-09-15", "2022-09-16"]),
    ({"event": "eastern-economic-forum-2022"}, ["2022-09-07"]),
    ({"status": "cancelled"}, ["2023-04"]),
    ({"mode": "call"}, ["2023-03"]),
    ({"country": "russia", "place": "moscow"}, ["2023-03-21"]),
])
def test_filters(client: TestClient, params: dict, dates: list) -> None:
    assert [d for d, _ in _listed(client, **params)] == dates


def test_a_partial_date_is_in_a_window_it_overlaps(client: TestClient) -> None:
    since = [d for d, _ in _listed(client, since="2023-03-15")]
    assert since == ["2023-03", "2023-03-21", "2023-04", "2023-06-02"]
    until = [d for d, _ in _listed(client, until="2019-01-01")]
    assert until == ["2019"]
    window = [d for d, _ in _listed(client, since="2022-09-08", until="2022-09-15")]
    assert window == ["2022-09-15"]


@pytest.mark.parametrize("params", [
    {"limit": 0}, {"limit": 501}, {"offset": -1}, {"status": "postponed"}, {"mode": "email"},
    {"since": "2022-13-01"}, {"since": "2023-01-01", "until": "2022-01-01"},
    {"person": ["x" * 201]},
])
def test_bad_filters_are_422(client: TestClient, params: dict) -> None:
    r = client.get("/meetings", params=params)
    assert r.status_code == 422
    assert "detail" in r.json()
