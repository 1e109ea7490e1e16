"""The graph connection: one `neo4j` driver, to Neo4j or to the embedded engine.

The caller owns the `Graph` (the API creates one in its lifespan, the CLI one per command)
and passes it down; nothing below opens connections of its own.

A `Graph` outlives outages. When the graph stops answering, calls fail fast with
`GraphUnavailable` instead of each waiting out the driver's retries, and one call every
`PROBE_INTERVAL` seconds tries again; when the embedded engine comes back on other ports
(it picks free ones at every start), the `Graph` finds it through its state file and moves
to a new driver. On Neo4j the driver reconnects to the same address by itself.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import neo4j
import neo4j.exceptions
from neo4j.exceptions import (
    AuthError,
    ConnectionAcquisitionTimeoutError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from app.config import Settings
from app.graph import queries
from app.graph.driver_config import (
    DriverOptions,
    Endpoint,
    engine_of,
    new_driver,
    safe_uri,
    version_of,
)
from app.graph.embedded_endpoint import embedded_endpoint
from app.graph.write_conflicts import is_conflict

__all__ = ["GRAPH_GONE", "UNAVAILABLE_ERRORS", "DriverOptions", "Endpoint", "Graph",
           "GraphUnavailable", "Reader", "connect", "safe_uri"]

log = logging.getLogger(__name__)

T = TypeVar("T")

# Failures that say the graph is not there (or refuses us), as opposed to a bad statement.
UNAVAILABLE_ERRORS: tuple[type[Exception], ...] = (
    ServiceUnavailable, SessionExpired, ConnectionAcquisitionTimeoutError, AuthError,
)
PROBE_INTERVAL = 0.5


class GraphUnavailable(RuntimeError):
    """The graph cannot be reached; the message says why without credentials.

    `reason` names the underlying failure (``ServiceUnavailable``, ``AuthError``, ...).
    """

    def __init__(self, message: str, reason: str = "GraphUnavailable") -> None:
        super().__init__(message)
        self.reason = reason


# What a caller catches to tell "the graph is gone" from a failure of its own statement.
GRAPH_GONE: tuple[type[Exception], ...] = (GraphUnavailable, *UNAVAILABLE_ERRORS)


def rows(result: neo4j.Result) -> list[dict[str, Any]]:
    """The records as dicts. Statements return values, maps and lists, never nodes, so the
    records need no `Record.data()`, whose recursive conversion cost more than the query."""
    keys = result.keys()
    return [dict(zip(keys, record)) for record in result]


class Reader(Protocol):
    """What the read functions need: a `Graph`, or one read transaction of it."""

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]: ...


class _TransactionReader:
    def __init__(self, tx: neo4j.ManagedTransaction):
        self.tx = tx

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        return rows(self.tx.run(query, params))


@dataclass
class Graph:
    driver: neo4j.Driver | None
    database: str
    uri: str
    engine: str = "unknown"  # "neo4j" or "arcadedb"
    version: str = ""
    options: DriverOptions | None = None
    # Where the graph is now (the embedded engine moves); None: always at `uri`.
    locate: Callable[[], Endpoint | None] | None = field(default=None, repr=False)
    _schema_ready: bool = field(default=False, repr=False)
    _auth: tuple[str, str] | None = field(default=None, repr=False)
    _down: str | None = field(default=None, repr=False)  # why, while the graph is down
    _outage: bool = field(default=False, repr=False)  # an outage was logged, not its end
    _last_probe: float = field(default=float("-inf"), repr=False)
    _probe_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _retired: list[neo4j.Driver] = field(default_factory=list, repr=False)
    # Concurrent writers touching the same nodes conflict on the embedded engine (optimistic
    # concurrency: every commit but one fails and is retried); with many request threads
    # writing at once, retries can run out. The API lets its threads write one at a time;
    # conflicts with other processes are still retried.
    _write_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    # --- statements ------------------------------------------------------------------------

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        return self._call(lambda: self._run(query, params, write=False))

    def read_together(self, work: Callable[[Reader], T]) -> T:
        """Run `work`, which reads through the Reader it is given, in one read transaction:
        one consistent view, and one round trip to open and close it, not one per statement."""
        return self._call(lambda: self._retrying_conflicts(
            lambda tx: work(_TransactionReader(tx)), (), write=False))

    def write(self, query: str, **params: Any) -> list[dict[str, Any]]:
        return self._call(lambda: self._run(query, params, write=True))

    def execute_write(self, work: Callable[..., T], *args: Any) -> T:
        """Run `work(tx, *args)` in a managed write transaction, again as long as it fails
        from a conflict with another writer, for up to the write retry time; raises
        GraphUnavailable if the graph is down."""
        return self._call(lambda: self._write_with_retries(work, args))

    def session(self, **kwargs: Any) -> neo4j.Session:
        """A session on the graph's database; managed transactions in it retry transient
        failures as long as writes do. Raises GraphUnavailable while the graph is down."""
        self._admit()
        return self._session({**self._session_config(write=True), **kwargs})

    def ensure_schema(self) -> None:
        if self._schema_ready:
            return
        for statement in queries.SCHEMA:
            self.write(statement)
        self._schema_ready = True

    def counts(self) -> tuple[int, int]:
        nodes = self.read(queries.COUNT_NODES)[0]["count"]
        rels = self.read(queries.COUNT_RELATIONSHIPS)[0]["count"]
        return nodes, rels

    def close(self) -> None:
        for driver in [*self._retired, self.driver]:
            if driver is not None:
                driver.close()
        self._retired.clear()

    # --- availability ----------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._down is None

    def ensure_available(self) -> None:
        """Raise GraphUnavailable now if the graph is known to be down and still is, rather
        than after work that needs it."""
        self._admit()

    def note_failure(self, error: BaseException) -> None:
        """Tell the graph that a statement run through `session()` found it unreachable."""
        if isinstance(error, UNAVAILABLE_ERRORS):
            self._mark_down(type(error).__name__)

    def _session_config(self, *, write: bool) -> dict[str, Any]:
        assert self.driver is not None
        config: dict[str, Any] = {
            "database": self.database,
            # The bookmarks execute_query would use: a read sees the writes before it.
            "bookmark_manager": self.driver.execute_query_bookmark_manager,
        }
        if self.options is not None:
            config.update(self.options.retry(write=write))
        return config

    def _session(self, config: dict[str, Any]) -> neo4j.Session:
        assert self.driver is not None
        return self.driver.session(**config)

    def _run(self, query: str, params: dict[str, Any], *, write: bool) -> list[dict[str, Any]]:
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return rows(tx.run(query, params))

        if write:
            return self._write_with_retries(work, ())
        return self._retrying_conflicts(work, (), write=False)

    def _write_with_retries(self, work: Callable[..., T], args: tuple[Any, ...]) -> T:
        if self.options is not None and self.options.serialize_writes:
            with self._write_lock:
                return self._retrying_conflicts(work, args, write=True)
        return self._retrying_conflicts(work, args, write=True)

    def _retrying_conflicts(self, work: Callable[..., T], args: tuple[Any, ...], *,
                            write: bool) -> T:
        """A managed transaction (the driver retries transient errors), run again on the
        conflicts the engine reports otherwise, until the retry time is spent."""
        config = self._session_config(write=write)
        deadline = time.monotonic() + config.get("max_transaction_retry_time", 30.0)
        delay = 0.05
        while True:
            try:
                with self._session(config) as session:
                    if write:
                        return session.execute_write(work, *args)
                    return session.execute_read(work, *args)
            except Exception as error:
                if not is_conflict(error) or time.monotonic() + delay > deadline:
                    raise
            time.sleep(delay * random.uniform(0.5, 1.5))
            delay = min(2 * delay, 1.0)

    def _call(self, work: Callable[[], T]) -> T:
        self._admit()
        for attempt in (1, 2):
            try:
                return work()
            except UNAVAILABLE_ERRORS as error:
                reason = type(error).__name__
                self._mark_down(reason)
                # Back, or found where it moved: one more attempt.
                if attempt == 2 or not self._probe_if_due():
                    raise GraphUnavailable(
                        f"the graph is unavailable ({reason})", reason) from error
        raise AssertionError("unreachable")

    def _admit(self) -> None:
        """Return if the graph is up or a probe now finds it up; else raise at once."""
        if self._down is None:
            return
        reason = self._down
        if not self._probe_if_due():
            raise GraphUnavailable(f"the graph is unavailable ({reason})", reason)

    def _mark_down(self, reason: str) -> None:
        if self._down is None:
            log.warning("the graph at %s is unavailable (%s)", safe_uri(self.uri), reason)
            self._outage = True
        self._down = reason

    def _probe_if_due(self) -> bool:
        """Try the graph again unless another call did so less than PROBE_INTERVAL ago, or is
        doing so now; True if it answers."""
        if not self._probe_lock.acquire(blocking=False):
            return False
        try:
            now = time.monotonic()
            if now - self._last_probe < PROBE_INTERVAL:
                return self._down is None
            self._last_probe = now
            return self._probe()
        finally:
            self._probe_lock.release()

    def _probe(self) -> bool:
        """Connect (to where the graph is now) and read the server's agent; True if it answers."""
        if self.locate is not None:
            try:
                endpoint = self.locate()
            except Exception as error:  # noqa: BLE001 - an engine we cannot read is down
                self._mark_down(type(error).__name__)
                return False
            if endpoint is None:
                self._mark_down(self._down or "ServiceUnavailable")
                return False
            if self.driver is None or endpoint.uri != self.uri or endpoint.auth != self._auth:
                self._move_to(endpoint)
        if self.driver is None:
            return False
        try:
            self.driver.verify_connectivity()
            agent = self.driver.get_server_info().agent
        except (DriverError, Neo4jError, OSError) as error:
            self._mark_down(type(error).__name__)
            return False
        self.engine, self.version = engine_of(agent), version_of(agent)
        self._down = None
        if self._outage:
            log.warning("the graph at %s answers again", safe_uri(self.uri))
            self._outage = False
        return True

    def _move_to(self, endpoint: Endpoint) -> None:
        log.info("the graph moved to %s", safe_uri(endpoint.uri))
        if self.driver is not None:
            # Closing a driver other threads may still use is unsafe: close it with the Graph.
            self._retired.append(self.driver)
        self.driver = new_driver(endpoint, self.options)
        self.uri, self.database, self._auth = endpoint.uri, endpoint.database, endpoint.auth


def connect(
    settings: Settings, *, schema: bool = True, api: bool = False, required: bool = True
) -> Graph:
    """Open the configured graph; with no URI configured, start or reuse the embedded engine.

    `api`: the short timeouts of the REST service. `required=False`: return a Graph that is
    down (and answers GraphUnavailable until the graph is there) instead of raising.
    """
    options = DriverOptions.for_api(settings) if api else DriverOptions.for_commands(settings)
    locate: Callable[[], Endpoint | None] | None = None
    if settings.graph_uri:
        password = settings.graph_password.get_secret_value() if settings.graph_password else ""
        endpoint = Endpoint(settings.graph_uri, (settings.graph_user, password),
                            settings.graph_database)
    else:
        from app.graph.engine import EngineError, ensure_engine
        from app.graph.engine_process import DATABASE

        def locate() -> Endpoint | None:
            return embedded_endpoint(settings.data_dir)

        try:
            info = ensure_engine(
                settings.data_dir,
                timeout=settings.engine_start_timeout,
                heap=settings.engine_heap,
                query_timeout_ms=settings.engine_query_timeout_ms,
            )
        except EngineError as error:
            if required:
                raise
            log.warning("the graph engine did not start (%s); answering 503 until it runs "
                        "(diplograph db start)", error)
            return Graph(driver=None, database=DATABASE, uri="", options=options, locate=locate,
                         _down="EngineError", _outage=True)
        endpoint = Endpoint(info.uri, (info.user, info.password), info.database)

    try:
        driver = new_driver(endpoint, options)
    except (ValueError, neo4j.exceptions.ConfigurationError) as error:
        # The driver's message quotes the URI, user information and all: leave it out.
        raise GraphUnavailable(f"the graph URI {safe_uri(endpoint.uri)} cannot be used "
                               f"({type(error).__name__})", type(error).__name__) from None
    graph = Graph(driver=driver, database=endpoint.database,
                  uri=endpoint.uri, options=options, locate=locate, _auth=endpoint.auth,
                  _down="ServiceUnavailable")
    graph._last_probe = time.monotonic()
    if not graph._probe():
        reason = graph._down or "ServiceUnavailable"
        verb = "refused the credentials" if reason == "AuthError" else "did not answer"
        if required:
            graph.close()
            raise GraphUnavailable(f"graph at {safe_uri(endpoint.uri)} {verb}: {reason}", reason)
        log.warning("the graph at %s %s (%s); answering 503 until it does",
                    safe_uri(endpoint.uri), verb, reason)
        graph._outage = True
        return graph
    if schema:
        graph.ensure_schema()
    return graph
