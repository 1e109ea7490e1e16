"""Reading and clicking the explorer's drawing, which is a canvas: positions come from the
Cytoscape instance that the library registers on its container element."""

from __future__ import annotations

CY = "document.getElementById('graph')._cyreg.cy"


def has_node(page, key: str) -> bool:
    return page.evaluate(f"key => {CY}.getElementById(key).nonempty()", key)


def wait_for_node(page, key: str, timeout: float = 20_000) -> None:
    page.wait_for_function(f"key => {CY}.getElementById(key).nonempty()", arg=key,
                           timeout=timeout)


def wait_until_still(page, timeout: float = 20_000) -> None:
    """Until the layout animation has stopped: positions unchanged over 300 ms."""
    page.wait_for_function(
        f"""() => {{
            const now = JSON.stringify({CY}.nodes().map(n => n.position()));
            const same = window.__lastPositions === now;
            window.__lastPositions = now;
            return same && !{CY}.nodes().some(n => n.animated());
        }}""",
        polling=300, timeout=timeout,
    )


def _on_page(page, rendered: dict) -> tuple[float, float]:
    box = page.locator("#graph").bounding_box()
    return box["x"] + rendered["x"], box["y"] + rendered["y"]


def click_node(page, key: str) -> None:
    point = page.evaluate(f"key => {CY}.getElementById(key).renderedPosition()", key)
    page.mouse.click(*_on_page(page, point))


def click_edge(page, edge_id: str) -> None:
    point = page.evaluate(f"id => {CY}.getElementById(id).renderedMidpoint()", edge_id)
    page.mouse.click(*_on_page(page, point))


def met_edge_id(a_key: str, b_key: str) -> str:
    first, second = sorted([a_key, b_key])
    return f"MET:{first}|{second}"
