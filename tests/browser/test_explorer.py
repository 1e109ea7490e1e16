"""The explorer page in a real headless Chromium, on the real API over the seed articles."""

from __future__ import annotations

import httpx
import pytest

from app.graph import queries
from app.graph.db import Graph
from ingest.pipeline import ingest_paths

from ..conftest import SEEDS
from .canvas import click_edge, click_node, has_node, met_edge_id, wait_for_node, wait_until_still
from .conftest import LiveServer


@pytest.fixture(scope="module")
def server(graph: Graph):
    graph.write(queries.DELETE_ALL)
    summary = ingest_paths(graph, [SEEDS])
    assert summary.ok, summary.failed
    with LiveServer(graph) as running:
        yield running


def person_id(server, name: str) -> str:
    hits = httpx.get(f"{server.url}/search", params={"q": name}).json()
    people = [h["id"] for h in hits if h["label"] == "Person" and h["name"] == name]
    assert people, f"{name} is not in the graph: {hits}"
    return people[0]


def explore_putin(page, server) -> None:
    page.goto(f"{server.url}/")
    page.keyboard.press("/")  # the search shortcut
    page.keyboard.type("Putin")
    page.get_by_role("option", name="Vladimir Putin").wait_for()
    page.keyboard.press("Enter")


def test_search_putin_see_xi_and_read_the_samarkand_evidence(page, server) -> None:
    putin, xi = person_id(server, "Vladimir Putin"), person_id(server, "Xi Jinping")
    met = httpx.get(f"{server.url}/people/{putin}/met/{xi}").json()
    samarkand = [m for m in met["items"] if m["place"] == "Samarkand"]
    assert len(samarkand) == 1, met
    expected_sources = samarkand[0]["sources"]
    assert expected_sources

    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    explore_putin(page, server)

    wait_for_node(page, f"Person:{xi}")
    panel = page.locator("#panel")
    panel.get_by_role("button", name="Xi Jinping").wait_for()
    wait_until_still(page)

    click_edge(page, met_edge_id(f"Person:{putin}", f"Person:{xi}"))
    panel.get_by_role("heading", name="Vladimir Putin & Xi Jinping").wait_for()
    card = panel.locator("article.meeting", has_text="Samarkand")
    card.wait_for()
    quotes = [q.strip() for q in card.locator("blockquote").all_inner_texts()]
    for source in expected_sources:
        assert source["sentence"].strip() in quotes
        if source["title"]:
            assert source["title"] in card.inner_text()
    assert any("Samarkand" in q or "Uzbekistan" in q for q in quotes), quotes

    assert requested and all(url.startswith(server.url) for url in requested), (
        "the page loads something from elsewhere: "
        f"{[u for u in requested if not u.startswith(server.url)]}"
    )


def test_clicking_a_node_expands_it(page, server) -> None:
    xi = person_id(server, "Xi Jinping")
    around_xi = httpx.get(f"{server.url}/graph/neighborhood/{xi}",
                          params={"label": "Person", "depth": 2}).json()
    expected = {f"{n['label']}:{n['id']}" for n in around_xi["nodes"]
                if n["label"] in ("Person", "Country", "Organization")}

    explore_putin(page, server)
    wait_for_node(page, f"Person:{xi}")
    wait_until_still(page)
    click_node(page, f"Person:{xi}")

    page.locator("#panel").get_by_role("heading", name="Xi Jinping").wait_for()
    page.wait_for_function(
        "key => document.getElementById('graph')._cyreg.cy.getElementById(key).data('expanded')",
        arg=f"Person:{xi}",
    )
    missing = [key for key in expected if not has_node(page, key)]
    assert not missing, f"not drawn after expanding Xi Jinping: {missing}"


def test_dates_filter_the_network(page, server) -> None:
    putin, xi = person_id(server, "Vladimir Putin"), person_id(server, "Xi Jinping")
    explore_putin(page, server)
    wait_for_node(page, f"Person:{xi}")

    page.fill("#since", "2030-01-01")
    page.wait_for_function(
        "key => document.getElementById('graph')._cyreg.cy.getElementById(key).empty()",
        arg=f"Person:{xi}",
    )
    assert has_node(page, f"Person:{putin}"), "the searched node stays"
    assert "since=2030-01-01" in page.url

    page.get_by_role("button", name="Clear dates").click()
    wait_for_node(page, f"Person:{xi}")


def test_unknown_name_says_nothing_found(page, server) -> None:
    page.goto(f"{server.url}/")
    page.get_by_role("combobox", name="Search a person").fill("Nobody Whatsoever")
    page.locator("#search-results").get_by_text("Nothing found").wait_for()
    assert page.locator("#canvas-message").is_visible()
