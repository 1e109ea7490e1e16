"""Typed dependencies shared by the routes."""

from typing import Annotated

from fastapi import Depends, HTTPException, Request

from app.config import Settings, get_settings
from app.graph.db import Graph


async def get_graph(request: Request) -> Graph:
    # async: it does no I/O, and a sync dependency would cost each request a thread hop.
    graph = getattr(request.app.state, "graph", None)
    if graph is None:
        raise HTTPException(status_code=503, detail="the graph is not connected")
    return graph


GraphDep = Annotated[Graph, Depends(get_graph)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
