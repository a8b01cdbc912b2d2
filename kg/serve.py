"""A standard SPARQL 1.1 endpoint: the ``oxigraph`` server (PyPI package), read-only, behind a guard.

The built graph and the ontology are bulk-loaded into an Oxigraph store on disk, then
``oxigraph serve-read-only`` answers on a private loopback port.  The public address
(``http://HOST:PORT/query``) is a small HTTP server of this module in front of it, because the
oxigraph server alone would

* evaluate ``SERVICE`` and send requests to any host a query names (from any web page that can
  reach the address): the guard answers such a query with HTTP 400 unless ``allow_service``;
* answer a query cut by its timeout with HTTP 200 and the error text inside the results, and
  cancel late: the guard gives each query its time and answers HTTP 503 when it runs out.

Updates are refused (HTTP 404: only ``/query`` is served).  The oxigraph process ends with
this one, even when this one is killed (``PR_SET_PDEATHSIG`` on Linux), and a temporary store
is removed by a small watcher process when this one ends, however it ends.
"""

from __future__ import annotations

import contextlib
import errno
import http.client
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import KGError
from .io import existing_graph
from .query import network_operations
from .resources import ontology_path

__all__ = ["ServeError", "oxigraph_binary", "prepare_store", "server_command", "open_listener", "serve"]

# The guard waits this much longer than the engine's own timeout would need, so that the engine's
# cancellation (which answers 200 with an error inside) never reaches a client: the guard's 503 comes first.
ENGINE_GRACE_S = 2
MAX_REQUEST_BYTES = 1 << 20
MAX_ANSWER_BYTES = 512 << 20
_READ_CHUNK = 1 << 16
_PR_SET_PDEATHSIG = 1
# The watcher of a temporary store: stdin reaches its end when the server process has ended,
# however it ended; then the oxigraph child has ended too (PR_SET_PDEATHSIG) and the store can go.
_STORE_WATCHER = (
    "import shutil, sys, time\n"
    "sys.stdin.buffer.read()\n"
    "time.sleep(0.5)\n"
    "shutil.rmtree(sys.argv[1], ignore_errors=True)\n"
)


class ServeError(KGError):
    """The endpoint cannot be prepared or started."""


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable installed beside this Python, or on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServeError("the oxigraph server is not installed: pip install oxigraph")
    return found


def prepare_store(graph: Path, store_dir: Path) -> None:
    """Load the graph and the ontology into an Oxigraph store directory."""
    for source in (existing_graph(graph), ontology_path()):
        done = subprocess.run([oxigraph_binary(), "load", "--location", str(store_dir), "--file", str(source)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            message = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"
            raise ServeError(f"{source}: oxigraph could not load it: {message}")


def server_command(store_dir: Path, host: str, port: int, timeout: float) -> list[str]:
    """The oxigraph server's command line: read-only, with the engine's timeout (whole seconds)."""
    return [oxigraph_binary(), "serve-read-only", "--location", str(store_dir),
            "--bind", f"{host}:{port}", "--timeout-s", str(math.ceil(timeout) + ENGINE_GRACE_S)]


def open_listener(host: str, port: int) -> socket.socket:
    """The public socket, bound and listening; ServeError in one line when it cannot be.

    Examples
    --------
    >>> with open_listener("127.0.0.1", 0) as taken:
    ...     open_listener("127.0.0.1", taken.getsockname()[1])
    Traceback (most recent call last):
    ...
    kg.serve.ServeError: 127.0.0.1:...: the port is in use (another kg serve?)
    """
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        listener = socket.socket(family, socket.SOCK_STREAM)
    except OSError as e:
        raise ServeError(f"{host}: cannot listen there ({e.strerror or e})") from e
    try:
        # A port a stopped server has just left (TIME_WAIT) is free again; one in use is not.
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(64)
    except OSError as e:
        listener.close()
        reason = "the port is in use (another kg serve?)" if e.errno == errno.EADDRINUSE else e.strerror
        raise ServeError(f"{host}:{port}: {reason}") from e
    return listener


def _free_loopback_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent(parent: int):
    """A ``preexec_fn``: the child gets SIGKILL when its parent ends (Linux), and ends at once
    if the parent has already gone."""
    import ctypes

    def arm() -> None:
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            return  # not Linux: the parent's own cleanup has to do
        if os.getppid() != parent:
            os._exit(1)

    return arm


def _start_engine(location: Path, port: int, timeout: float, log) -> subprocess.Popen:
    """Start the oxigraph server on a private loopback port and wait until it answers."""
    process = subprocess.Popen(server_command(location, "127.0.0.1", port, timeout), stdout=log, stderr=log,
                               preexec_fn=_die_with_parent(os.getpid()))
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                log.seek(0)
                lines = log.read().decode("utf-8", "replace").strip().splitlines()
                raise ServeError(f"the oxigraph server did not start: {lines[-1] if lines else 'no message'}")
            time.sleep(0.05)


@contextlib.contextmanager
def _store_location(store_dir: Path | None):
    """The store directory: the one given, or a temporary one that is removed when the server
    process ends, even by ``kill -9`` (a watcher process removes it then)."""
    if store_dir:
        yield Path(store_dir)
        return
    tmp = tempfile.mkdtemp(prefix="haixi-kg-store-")
    watcher = subprocess.Popen([sys.executable, "-c", _STORE_WATCHER, tmp], stdin=subprocess.PIPE,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        yield Path(tmp) / "store"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        watcher.stdin.close()
        watcher.wait()


class _Stop(Exception):
    """SIGTERM: stop serving."""


def serve(graph: Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30,
          store_dir: Path | None = None, allow_service: bool = False) -> int:
    """Prepare the store and serve it until interrupted (Ctrl-C or SIGTERM); returns 0.

    Raises
    ------
    ServeError
        A port in use or not allowed, a host that cannot be bound, a store that cannot be made.
    MissingGraphError
        When there is no graph file.
    """
    existing_graph(graph)
    listener = open_listener(host, port)
    with listener, _store_location(store_dir) as location, tempfile.TemporaryFile() as log:
        prepare_store(graph, location)
        engine_port = _free_loopback_port()
        engine = _start_engine(location, engine_port, timeout, log)
        endpoint = _Endpoint(listener, ("127.0.0.1", engine_port), timeout, allow_service)
        print(f"SPARQL endpoint (read-only, {timeout:g} s query timeout"
              f"{', SERVICE allowed' if allow_service else ''}): http://{host}:{listener.getsockname()[1]}/query",
              flush=True)
        previous = signal.signal(signal.SIGTERM, _raise_stop)
        try:
            endpoint.serve_forever()
        except (KeyboardInterrupt, _Stop):
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            endpoint.server_close()
            engine.kill()
            engine.wait()
    return 0


def _raise_stop(*_) -> None:
    raise _Stop


class _Endpoint(ThreadingHTTPServer):
    """The public server: an already listening socket, the engine's address and the rules."""

    daemon_threads = True

    def __init__(self, listener: socket.socket, engine: tuple[str, int], timeout: float, allow_service: bool):
        super().__init__(listener.getsockname()[:2], _Guard, bind_and_activate=False)
        self.socket.close()
        self.socket = listener
        self.engine = engine
        self.query_timeout = timeout
        self.allow_service = allow_service


class _Guard(BaseHTTPRequestHandler):
    """One request: check it, hand the query to the engine, answer within the time."""

    server: _Endpoint
    server_version = "haixi-kg"

    def log_message(self, format, *args) -> None:  # noqa: A002 - the signature of the base class
        """Quiet: a request is not worth a line on the server's terminal."""

    def do_GET(self) -> None:
        path, _, query_string = self.path.partition("?")
        if path != "/query":
            return self._error(404, "not found: the SPARQL query service is /query (read-only)")
        self._answer(urllib.parse.parse_qs(query_string, keep_blank_values=True))

    def do_POST(self) -> None:
        path, _, query_string = self.path.partition("?")
        if path != "/query":
            return self._error(404, "not found: the SPARQL query service is /query; updates are refused")
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_REQUEST_BYTES:
            return self._error(413, f"the request body must have a length of at most {MAX_REQUEST_BYTES} bytes")
        body = self.rfile.read(length)
        params = urllib.parse.parse_qs(query_string, keep_blank_values=True)
        kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self._error(400, "the request body is not UTF-8")
        if kind == "application/x-www-form-urlencoded":
            for name, values in urllib.parse.parse_qs(text, keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
        elif kind == "application/sparql-query":
            params.setdefault("query", []).append(text)
        else:
            return self._error(415, "send the query as application/sparql-query or a form")
        self._answer(params)

    def _answer(self, params: dict[str, list[str]]) -> None:
        queries = params.get("query", [])
        if "update" in params:
            return self._error(400, "updates are refused: this endpoint is read-only")
        if len(queries) != 1:
            return self._error(400, "give exactly one query parameter")
        refused = [] if self.server.allow_service else network_operations(queries[0])
        if refused:
            return self._error(400, f"SPARQL query refused: it uses {' and '.join(refused)}, which sends requests "
                                    f"to other hosts (kg serve --allow-service allows it)")
        forwarded = [("query", queries[0])] + [(name, value) for name in ("default-graph-uri", "named-graph-uri")
                                               for value in params.get(name, [])]
        self._relay(urllib.parse.urlencode(forwarded).encode("utf-8"))

    def _relay(self, form: bytes) -> None:
        """Ask the engine, read its whole answer within the time left, then answer the client."""
        deadline = time.monotonic() + self.server.query_timeout
        connection = http.client.HTTPConnection(*self.server.engine, timeout=self.server.query_timeout)
        headers = {"Content-Type": "application/x-www-form-urlencoded",
                   "Accept": self.headers.get("Accept", "application/sparql-results+json")}
        try:
            connection.request("POST", "/query", body=form, headers=headers)
            connection.sock.settimeout(max(deadline - time.monotonic(), 0.001))
            response = connection.getresponse()
            body = _read_until(response, connection, deadline)
        except TimeoutError:
            return self._error(503, f"the query ran out of time ({self.server.query_timeout:g} s)")
        except _TooLarge:
            return self._error(507, f"the answer is larger than {MAX_ANSWER_BYTES >> 20} MB; narrow the query")
        except (OSError, http.client.HTTPException) as e:
            return self._error(502, f"the SPARQL engine failed: {e}")
        finally:
            connection.close()
        self.send_response(response.status)
        self.send_header("Content-Type", response.getheader("Content-Type", "text/plain; charset=utf-8"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _TooLarge(Exception):
    """The engine's answer passed MAX_ANSWER_BYTES."""


def _read_until(response: http.client.HTTPResponse, connection: http.client.HTTPConnection,
                deadline: float) -> bytes:
    """The whole body of a response, or TimeoutError at the deadline (each read waits at most
    the time left)."""
    parts, size = [], 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        connection.sock.settimeout(left)
        chunk = response.read1(_READ_CHUNK)
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise _TooLarge
        parts.append(chunk)
