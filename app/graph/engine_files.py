"""What the embedded engine keeps in its data directory, and how it is read and written.

<data_dir>/engine/                    ArcadeDB's root path (config, databases, backups)
<data_dir>/engine.password            root password, 0600, made once
<data_dir>/engine.state.json          pid, ports and start time of the running engine
<data_dir>/engine.lock                held (flock) while an engine is started or stopped
<data_dir>/engine-logging.properties  the JVM's logging setup
<data_dir>/logs/engine.log            the JVM's stdout and stderr
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

# Only a console handler: the JVM's stdout goes to engine.log, so ArcadeDB's default
# rotating file handler (relative to the working directory) would only write a second copy.
_LOGGING_PROPERTIES = """\
handlers = java.util.logging.ConsoleHandler
.level = INFO
com.arcadedb.level = INFO
io.undertow.level = WARNING
org.xnio.level = WARNING
org.jboss.level = WARNING
java.util.logging.ConsoleHandler.level = INFO
java.util.logging.ConsoleHandler.formatter = com.arcadedb.log.LogFormatter
"""

_LOG_ROTATE_BYTES = 5 * 1024 * 1024


class LockTimeout(Exception):
    """Another process held the engine lock for longer than we could wait."""


@dataclass(frozen=True)
class EngineState:
    pid: int
    create_time: float  # the process's start time as the OS reports it; tells a reused pid apart
    bolt_port: int
    http_port: int
    started_at: float  # wall clock, seconds since the epoch
    heap: str
    query_timeout_ms: int


@dataclass(frozen=True)
class EngineLayout:
    data_dir: Path

    @classmethod
    def of(cls, data_dir: Path | str) -> EngineLayout:
        return cls(Path(data_dir).expanduser().resolve())

    @property
    def root_path(self) -> Path:
        return self.data_dir / "engine"

    @property
    def password_path(self) -> Path:
        return self.data_dir / "engine.password"

    @property
    def state_path(self) -> Path:
        return self.data_dir / "engine.state.json"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / "engine.lock"

    @property
    def logging_config_path(self) -> Path:
        return self.data_dir / "engine-logging.properties"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_path(self) -> Path:
        return self.log_dir / "engine.log"

    @property
    def users_path(self) -> Path:
        return self.root_path / "config" / "server-users.jsonl"

    def prepare(self) -> None:
        for directory in (self.data_dir, self.root_path, self.log_dir):
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.logging_config_path.write_text(_LOGGING_PROPERTIES, encoding="utf-8")

    @contextmanager
    def lock(self, deadline: float, *, blocking: bool = True) -> Iterator[bool]:
        """Hold the engine lock; yields False (without waiting) if not `blocking` and it is busy."""
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if not blocking:
                        yield False
                        return
                    if time.monotonic() >= deadline:
                        raise LockTimeout from None
                    time.sleep(0.1)
            try:
                yield True
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def read_state(self) -> EngineState | None:
        try:
            raw = json.loads(self.state_path.read_text(encoding="utf-8"))
            return EngineState(**raw)
        except FileNotFoundError:
            return None
        except (ValueError, TypeError):
            # A state file we cannot read describes no engine we could reach.
            return None

    def write_state(self, state: EngineState) -> None:
        _write_private(self.state_path, json.dumps(asdict(state), indent=2))

    def clear_state(self) -> None:
        self.state_path.unlink(missing_ok=True)

    def ensure_password(self) -> None:
        """Create the root password once; an existing file is kept and narrowed to 0600."""
        path = self.password_path
        if path.exists():
            if stat.S_IMODE(path.stat().st_mode) != 0o600:
                path.chmod(0o600)
            return
        _write_private(path, secrets.token_urlsafe(32))

    def read_password(self) -> str:
        return self.password_path.read_text(encoding="utf-8").strip()

    def rotate_log(self) -> None:
        log = self.log_path
        if log.exists() and log.stat().st_size > _LOG_ROTATE_BYTES:
            log.replace(log.with_name(log.name + ".1"))

    def log_size(self) -> int:
        try:
            return self.log_path.stat().st_size
        except FileNotFoundError:
            return 0

    def log_since(self, offset: int) -> str:
        """What the engine log received after byte `offset` (all of it if it was rotated)."""
        try:
            with self.log_path.open("rb") as log:
                log.seek(offset if offset <= log.seek(0, os.SEEK_END) else 0)
                return log.read().decode("utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, since: int = 0, lines: int = 20) -> str:
        return "\n".join(self.log_since(since).rstrip().splitlines()[-lines:])


def _write_private(path: Path, text: str) -> None:
    """Write `text` to `path` atomically, readable by the owner only."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)
