"""The REST service: assembles the routes around one graph connection."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import neo4j.exceptions
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from app.api.body_limit import BodySizeLimit
from app.api.routes import (
    articles, countries, cypher, events, graph as graph_routes, health, meetings,
    organizations, paths, people, places, search, stats, timeline,
)
from app.api.routes import explorer
from app.config import Settings, get_settings
from app.graph.db import UNAVAILABLE_ERRORS, Graph, GraphUnavailable, connect


def create_app(settings: Settings | None = None, graph: Graph | None = None) -> FastAPI:
    """The app; pass `graph` to serve an existing connection (it is then not closed here)."""
    configured = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = graph is None
        # Starts even when the graph is down: requests get 503 until it answers.
        app.state.graph = graph or connect(configured, api=True, required=False)
        if configured.api_key is not None:
            # Load the NLP pipeline now, so that the first posts of articles need not wait for it.
            from ingest.extract import load_nlp

            await asyncio.to_thread(load_nlp)
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
    app.add_middleware(BodySizeLimit, max_bytes=configured.api_max_body_bytes)
    if configured.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=configured.cors_origins,
            allow_methods=["GET", "POST"], allow_headers=["Content-Type", "X-API-Key"],
        )

    @app.exception_handler(GraphUnavailable)
    async def graph_unavailable(request: Request, exc: GraphUnavailable) -> JSONResponse:
        return _unavailable(exc.reason)

    async def graph_unreachable(request: Request, exc: Exception) -> JSONResponse:
        # Raised through a session of the graph's: let it fail fast until it answers again.
        served = getattr(request.app.state, "graph", None)
        if served is not None:
            served.note_failure(exc)
        return _unavailable(type(exc).__name__)

    for error in UNAVAILABLE_ERRORS:
        app.add_exception_handler(error, graph_unreachable)

    @app.exception_handler(neo4j.exceptions.TransientError)
    async def graph_busy(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(
            status_code=503,
            content={"detail": f"the graph is busy, try again ({type(exc).__name__})"},
        )

    @app.exception_handler(neo4j.exceptions.ClientError)
    async def graph_refused(request: Request, exc: neo4j.exceptions.ClientError) -> JSONResponse:
        if "TransactionTimedOut" in (exc.code or ""):
            return JSONResponse(status_code=504, content={
                "detail": "the query ran past the graph's time limit; narrow it down"})
        return JSONResponse(status_code=500, content={"detail": "internal server error"})

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


def _unavailable(reason: str) -> JSONResponse:
    return JSONResponse(status_code=503, content={"detail": f"the graph is unavailable ({reason})"})
