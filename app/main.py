"""The REST service: assembles the routes around one graph connection."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import neo4j.exceptions
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.api.routes import (
    articles, countries, cypher, events, graph as graph_routes, health, meetings,
    organizations, paths, people, places, search, stats, timeline,
)
from app.api.routes import explorer
from app.config import Settings, get_settings
from app.graph.db import Graph, GraphUnavailable, connect


def create_app(settings: Settings | None = None, graph: Graph | None = None) -> FastAPI:
    """The app; pass `graph` to serve an existing connection (it is then not closed here)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = graph is None
        app.state.graph = graph or connect(settings or get_settings())
        try:
            yield
        finally:
            if owned:
                app.state.graph.close()

    app = FastAPI(
        title="DiploGraph",
        summary="Who met whom, when, where, and says who: a graph of diplomatic meetings.",
        version="0.1.0",
        lifespan=lifespan,
    )
    if settings is not None:
        app.dependency_overrides[get_settings] = lambda: settings

    @app.exception_handler(GraphUnavailable)
    @app.exception_handler(neo4j.exceptions.ServiceUnavailable)
    @app.exception_handler(neo4j.exceptions.SessionExpired)
    async def graph_unavailable(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(
            status_code=503,
            content={"detail": f"the graph is unavailable ({type(exc).__name__})"},
        )

    @app.exception_handler(neo4j.exceptions.TransientError)
    async def graph_busy(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(
            status_code=503,
            content={"detail": f"the graph is busy, try again ({type(exc).__name__})"},
        )

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        # Same {"detail": ...} shape as every other error, and no internals in it.
        return JSONResponse(status_code=500, content={"detail": "internal server error"})

    for module in (
        health, stats, people, meetings, timeline, countries, organizations, events, places,
        search, graph_routes, paths, articles, cypher,
    ):
        app.include_router(module.router)
    explorer.install(app)
    return app
