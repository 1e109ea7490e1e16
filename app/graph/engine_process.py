"""The engine's JVM as an operating-system process: command line, launch, identity, stop."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import socket
import subprocess
import threading
from pathlib import Path

import psutil

from app.graph.engine_files import EngineLayout

DATABASE = "diplograph"
USER = "root"

_MAIN_CLASS = "com.arcadedb.server.ArcadeDBServer"
# Plugins found on the classpath start by themselves (MCP does); leaving their jars out
# is the only way to keep them off. Bolt is the one protocol we serve.
_UNUSED_JARS = ("arcadedb-mcp-", "arcadedb-postgresw-", "arcadedb-redisw-", "arcadedb-console-")

_JVM_FLAGS = (
    # As the package's own launcher sets them.
    "--add-modules=jdk.incubator.vector",
    "--add-exports=java.management/sun.management=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
    "--add-opens=java.base/java.nio.channels.spi=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-XX:+UseCompactObjectHeaders",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Dpolyglot.engine.WarnInterpreterOnly=false",
    # A JVM out of heap is better dead (and restarted) than limping.
    "-XX:+ExitOnOutOfMemoryError",
)

# Environment variables passed on to the JVM; anything else (JAVA_TOOL_OPTIONS, ARCADEDB_*)
# could change its settings behind our back.
_ENV_KEPT = ("PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR")


def _package_dir() -> Path:
    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the arcadedb-embedded package is not installed")
    return Path(spec.origin).parent


def _root_path_flag(layout: EngineLayout) -> str:
    return f"-Darcadedb.server.rootPath={layout.root_path}"


def build_command(
    layout: EngineLayout, *, bolt_port: int, http_port: int, heap: str, query_timeout_ms: int
) -> list[str]:
    package = _package_dir()
    java = package / "jre" / "bin" / "java"
    jars = sorted(
        str(jar)
        for jar in (package / "jars").glob("*.jar")
        if not jar.name.startswith(_UNUSED_JARS)
    )
    settings = {
        "arcadedb.server.rootPasswordPath": layout.password_path,
        # Production mode also refuses LOAD CSV from files, turns Studio off and flushes
        # the write-ahead log at commit.
        "arcadedb.server.mode": "production",
        "arcadedb.server.plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "arcadedb.bolt.host": "127.0.0.1",
        "arcadedb.bolt.port": bolt_port,
        "arcadedb.bolt.defaultDatabase": DATABASE,
        "arcadedb.server.httpIncomingHost": "127.0.0.1",
        "arcadedb.server.httpIncomingPort": http_port,
        "arcadedb.server.httpWorkerThreads": 16,
        "arcadedb.server.defaultDatabases": f"{DATABASE}[{USER}]",
        "arcadedb.server.logsDirectory": layout.log_dir,
        "arcadedb.command.timeout": query_timeout_ms,
        "arcadedb.opencypher.loadCsv.allowFileUrls": "false",
        "arcadedb.opencypher.loadCsv.allowRemoteUrls": "false",
        "arcadedb.polyglotEngineEnabled": "false",
        "arcadedb.serverMetrics": "false",
    }
    return [
        str(java),
        f"-Xmx{heap}",
        *_JVM_FLAGS,
        f"-Djava.util.logging.config.file={layout.logging_config_path}",
        _root_path_flag(layout),
        *(f"-D{key}={value}" for key, value in settings.items()),
        "-cp",
        os.pathsep.join(jars),
        _MAIN_CLASS,
    ]


def launch(command: list[str], layout: EngineLayout) -> subprocess.Popen[bytes]:
    """Start the JVM in its own session so that it outlives the process that started it."""
    env = {key: os.environ[key] for key in _ENV_KEPT if key in os.environ}
    with layout.log_path.open("ab") as log:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=layout.data_dir,
            env=env,
            start_new_session=True,
            close_fds=True,
        )
    # Wait for the JVM in the background: once it exits (stopped by `diplograph db stop` from
    # another process, or killed), it must not linger as a zombie of a long-running starter
    # such as the API, where it would look alive.
    threading.Thread(target=process.wait, name=f"reap-engine-{process.pid}", daemon=True).start()
    return process


def create_time(pid: int) -> float:
    return float(psutil.Process(pid).create_time())


def is_engine_process(pid: int, created: float, layout: EngineLayout) -> bool:
    """True if `pid` is still the live JVM we started for `layout` (not a reused pid)."""
    try:
        process = psutil.Process(pid)
        if abs(process.create_time() - created) > 0.5:
            return False
        if process.status() == psutil.STATUS_ZOMBIE:
            _reap(pid)
            return False
        return _root_path_flag(layout) in process.cmdline()
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False


def engine_processes(layout: EngineLayout) -> list[psutil.Process]:
    """Every live JVM running on `layout`'s files, whatever the state file says."""
    flag = _root_path_flag(layout)
    found = []
    for process in psutil.process_iter(["cmdline", "status"]):
        if process.info["status"] == psutil.STATUS_ZOMBIE:
            continue
        if flag in (process.info["cmdline"] or ()):
            found.append(process)
    return found


def terminate(process: psutil.Process, grace: float) -> None:
    """SIGTERM (and SIGCONT, in case it is stopped), then SIGKILL after `grace` seconds."""
    try:
        process.terminate()
        process.resume()
        process.wait(timeout=grace)
    except psutil.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
    except psutil.NoSuchProcess:
        pass
    _reap(process.pid)


def terminate_pid(pid: int, grace: float) -> None:
    try:
        process = psutil.Process(pid)
    except psutil.NoSuchProcess:
        return
    terminate(process, grace)


def _reap(pid: int) -> None:
    # A JVM started by this very process stays a zombie until waited for.
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def free_ports(count: int) -> list[int]:
    """Ports free on 127.0.0.1 right now (held open together, so all distinct)."""
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def rss_bytes(pid: int) -> int:
    return int(psutil.Process(pid).memory_info().rss)
