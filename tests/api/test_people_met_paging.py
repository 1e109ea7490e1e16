"""GET /people/{id}/met, paged: counterparts by name, meetings per counterpart by date."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

PUTIN = "/people/vladimir-putin/met"


def _meeting_key(m: dict) -> tuple[str, str]:
    return (m["date"] or "9999", m["id"])


def test_default_page_is_the_whole_list_on_a_small_graph(client: TestClient) -> None:
    body = client.get(PUTIN).json()
    assert body["person"]["id"] == "vladimir-putin"
    assert body["total"] == 4 == len(body["items"])
    names = [(c["name"], c["id"]) for c in body["items"]]
    assert names == sorted(names)
    for counterpart in body["items"]:
        meetings = counterpart["meetings"]
        assert counterpart["meetings_total"] == len(meetings) >= 1
        assert meetings == sorted(meetings, key=_meeting_key)
        for m in meetings:
            ids = {p["id"] for p in m["participants"]}
            assert {"vladimir-putin", counterpart["id"]} <= ids
            assert m["sources"]
    xi = next(c for c in body["items"] if c["id"] == "xi-jinping")
    assert [m["date"] for m in xi["meetings"]] == ["2022-09-15", "2023-03-21"]
    assert [s["article_id"] for s in xi["meetings"][0]["sources"]] == [
        "a1-summit-ahead", "a2-summit-held"]


def test_pages_of_counterparts_add_up_to_the_whole_list(client: TestClient) -> None:
    whole = client.get(PUTIN).json()["items"]
    pages = []
    for offset in range(0, 5, 2):
        body = client.get(PUTIN, params={"limit": 2, "offset": offset}).json()
        assert body["total"] == 4
        assert len(body["items"]) <= 2
        pages.extend(body["items"])
    assert pages == whole


def test_offset_past_the_end_gives_an_empty_page_with_the_total(client: TestClient) -> None:
    body = client.get(PUTIN, params={"offset": 10}).json()
    assert (body["items"], body["total"]) == ([], 4)


def test_meetings_per_person_caps_meetings_but_not_their_total(client: TestClient) -> None:
    whole = {c["id"]: c for c in client.get(PUTIN).json()["items"]}
    capped = client.get(PUTIN, params={"meetings_per_person": 1}).json()["items"]
    assert [c["id"] for c in capped] == list(whole)
    for c in capped:
        assert len(c["meetings"]) == 1
        assert c["meetings_total"] == whole[c["id"]]["meetings_total"]
        assert c["meetings"][0] == whole[c["id"]]["meetings"][0]
    xi = next(c for c in capped if c["id"] == "xi-jinping")
    assert (xi["meetings_total"], xi["meetings"][0]["date"]) == (2, "2022-09-15")


@pytest.mark.parametrize("params", [
    {"limit": 0}, {"limit": 501}, {"limit": "x"}, {"offset": -1},
    {"meetings_per_person": 0}, {"meetings_per_person": 501},
])
def test_bad_paging_values_are_422(client: TestClient, params: dict) -> None:
    r = client.get(PUTIN, params=params)
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"][:2] == ["query", next(iter(params))]


def test_largest_page_values_are_accepted(client: TestClient) -> None:
    r = client.get(PUTIN, params={"limit": 500, "meetings_per_person": 500})
    assert r.status_code == 200
    assert r.json()["total"] == 4


def test_counterparts_agree_with_the_meetings_each_person_attended(client: TestClient) -> None:
    """/met walks the MET projection; /meetings?person= walks attendance: they must agree."""
    people = client.get("/people", params={"name": " ", "limit": 500}).json()["items"]
    people = people or client.get("/people", params={"name": "a", "limit": 500}).json()["items"]
    assert len(people) >= 5
    for person in people:
        pid = person["id"]
        attended = client.get("/meetings", params={"person": pid, "limit": 500}).json()["items"]
        expected: dict[str, list[str]] = {}
        for m in sorted(attended, key=_meeting_key):
            for p in m["participants"]:
                if p["id"] != pid:
                    expected.setdefault(p["id"], []).append(m["id"])
        met = client.get(f"/people/{pid}/met",
                         params={"limit": 500, "meetings_per_person": 500}).json()
        got = {c["id"]: [m["id"] for m in c["meetings"]] for c in met["items"]}
        assert met["total"] == len(expected)
        assert got == expected, pid
