"""The graph connection: one `neo4j` driver, to Neo4j or to the embedded engine.

The caller owns the `Graph` (the API creates one in its lifespan, the CLI one per command)
and passes it down; nothing below opens connections of its own.

A `Graph` outlives outages. When the graph stops answering, requests fail fast with
`GraphUnavailable` instead of each waiting out the driver's retries, and one call every
`PROBE_INTERVAL` seconds tries again; when the embedded engine comes back on other ports
(it picks free ones at every start), the `Graph` finds it through its state file and moves
to a new driver. On Neo4j the driver reconnects to the same address by itself.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import neo4j
import neo4j.exceptions
import psutil
from neo4j import GraphDatabase
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

log = logging.getLogger(__name__)

T = TypeVar("T")

# Failures that say the graph is not there (or refuses us), as opposed to a bad statement.
UNAVAILABLE_ERRORS: tuple[type[Exception], ...] = (
    ServiceUnavailable, SessionExpired, ConnectionAcquisitionTimeoutError, AuthError,
)
PROBE_INTERVAL = 0.5

# Conflicts between concurrent writers that the embedded engine reports as client errors: the
# same new unique key merged by two transactions (at commit), a record deleted by a
# transaction that committed first. Running the transaction again resolves them, as it does
# the TransientErrors the driver retries by itself.
_WRITE_CONFLICTS = frozenset({
    "Neo.ClientError.Schema.ConstraintValidationFailed",
    "Neo.ClientError.Statement.EntityNotFound",
})


class GraphUnavailable(RuntimeError):
    """The graph cannot be reached; the message says why without credentials.

    `reason` names the underlying failure (``ServiceUnavailable``, ``AuthError``, ...).
    """

    def __init__(self, message: str, reason: str = "GraphUnavailable") -> None:
        super().__init__(message)
        self.reason = reason


# What a caller catches to tell "the graph is gone" from a failure of its own statement.
GRAPH_GONE: tuple[type[Exception], ...] = (GraphUnavailable, *UNAVAILABLE_ERRORS)


@dataclass(frozen=True)
class DriverOptions:
    """How long the driver waits for the graph, and retries managed transactions."""

    connection_timeout: float
    acquisition_timeout: float
    read_retry_time: float
    write_retry_time: float
    initial_retry_delay: float
    # One write transaction at a time from this process (see Graph._write_lock).
    serialize_writes: bool = False

    @classmethod
    def for_commands(cls, settings: Settings) -> DriverOptions:
        return cls(
            connection_timeout=settings.graph_connection_timeout,
            acquisition_timeout=2 * settings.graph_connection_timeout,
            read_retry_time=settings.graph_retry_time,
            write_retry_time=settings.graph_retry_time,
            initial_retry_delay=1.0,
        )

    @classmethod
    def for_api(cls, settings: Settings) -> DriverOptions:
        # Short waits: a request that cannot get the graph is answered 503 within about a
        # second rather than held while the driver retries for half a minute.
        return cls(
            connection_timeout=settings.api_graph_timeout / 2,
            acquisition_timeout=settings.api_graph_timeout,
            read_retry_time=settings.api_read_retry_time,
            write_retry_time=settings.api_write_retry_time,
            initial_retry_delay=0.05,
            serialize_writes=True,
        )

    def retry(self, *, write: bool) -> dict[str, float]:
        return {
            "max_transaction_retry_time": self.write_retry_time if write else self.read_retry_time,
            "initial_retry_delay": self.initial_retry_delay,
        }


@dataclass(frozen=True)
class Endpoint:
    uri: str
    auth: tuple[str, str] = field(repr=False)
    database: str


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
        assert self.driver is not None
        config: dict[str, Any] = {
            "database": self.database,
            "bookmark_manager": self.driver.execute_query_bookmark_manager,
        }
        if self.options is not None:
            config.update(self.options.retry(write=True))
        config.update(kwargs)
        return self.driver.session(**config)

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

    def _run(self, query: str, params: dict[str, Any], *, write: bool) -> list[dict[str, Any]]:
        assert self.driver is not None
        config: dict[str, Any] = {
            "database": self.database,
            # The bookmarks execute_query would use: a read sees the writes before it.
            "bookmark_manager": self.driver.execute_query_bookmark_manager,
        }
        if self.options is not None:
            config.update(self.options.retry(write=write))

        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [record.data() for record in tx.run(query, params)]

        if not write:
            return self._retrying_conflicts(work, (), config, write=False)
        return self._write_with_retries(work, (), config)

    def _write_with_retries(self, work: Callable[..., T], args: tuple[Any, ...],
                            config: dict[str, Any] | None = None) -> T:
        assert self.driver is not None
        if config is None:
            config = {"database": self.database,
                      "bookmark_manager": self.driver.execute_query_bookmark_manager}
            if self.options is not None:
                config.update(self.options.retry(write=True))
        if self.options is not None and self.options.serialize_writes:
            with self._write_lock:
                return self._retrying_conflicts(work, args, config, write=True)
        return self._retrying_conflicts(work, args, config, write=True)

    def _retrying_conflicts(self, work: Callable[..., T], args: tuple[Any, ...],
                            config: dict[str, Any], *, write: bool) -> T:
        """A managed transaction (retried by the driver on transient errors), run again on a
        conflict the engine reports otherwise (a read can find a record a concurrent write
        just deleted), until the retry time is spent."""
        assert self.driver is not None
        deadline = time.monotonic() + config.get("max_transaction_retry_time", 30.0)
        delay = 0.05
        while True:
            try:
                with self.driver.session(**config) as session:
                    if write:
                        return session.execute_write(work, *args)
                    return session.execute_read(work, *args)
            except Exception as error:
                if not _is_write_conflict(error) or time.monotonic() + delay > deadline:
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
        self.engine, self.version = _engine_of(agent), _version_of(agent)
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
        self.driver = _driver(endpoint, self.options)
        self.uri, self.database, self._auth = endpoint.uri, endpoint.database, endpoint.auth


def _is_write_conflict(error: BaseException | None) -> bool:
    while error is not None:
        if isinstance(error, neo4j.exceptions.TransientError):
            return True
        if isinstance(error, Neo4jError) and error.code in _WRITE_CONFLICTS:
            return True
        error = error.__cause__
    return False


def safe_uri(uri: str) -> str:
    """The URI without any user information, for messages and logs."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "(unparsable URI)"
    if parts.username is None and parts.password is None:
        return uri
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _engine_of(agent: str) -> str:
    return "arcadedb" if "arcadedb" in agent.lower() else "neo4j"


def _version_of(agent: str) -> str:
    # "Neo4j/5.26.0 compatible (ArcadeDB 26.10.2)" or "Neo4j/5.26.0"
    if "(" in agent:
        return agent[agent.index("(") + 1 : agent.rindex(")")]
    return agent


def _driver(endpoint: Endpoint, options: DriverOptions | None) -> neo4j.Driver:
    config: dict[str, Any] = {}
    if options is not None:
        config = {
            "connection_timeout": options.connection_timeout,
            "connection_acquisition_timeout": options.acquisition_timeout,
            **options.retry(write=False),
        }
    return GraphDatabase.driver(endpoint.uri, auth=endpoint.auth, **config)


def _embedded_endpoint(data_dir: Path) -> Endpoint | None:
    """The embedded engine of `data_dir` if it runs; this never starts one."""
    from app.graph.engine import engine_status

    info = engine_status(data_dir)
    if info is None:
        return None
    return Endpoint(info.uri, (info.user, info.password), info.database)


def _reap_when_it_exits(pid: int) -> None:
    """If this process started the engine, wait for it in the background: a JVM that exits
    (stopped by `diplograph db stop` from another process, or killed) must not linger as a
    zombie of a long-running process such as the API, where it would look alive."""
    try:
        if psutil.Process(pid).ppid() != os.getpid():
            return
    except psutil.Error:
        return

    def reap() -> None:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)

    threading.Thread(target=reap, name=f"reap-engine-{pid}", daemon=True).start()


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
            return _embedded_endpoint(settings.data_dir)

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
        _reap_when_it_exits(info.pid)

    graph = Graph(driver=_driver(endpoint, options), database=endpoint.database,
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
