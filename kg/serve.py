"""A standard SPARQL 1.1 endpoint: the ``oxigraph`` server (PyPI package), read-only.

The built graph and the ontology are bulk-loaded into an Oxigraph store on disk,
then ``oxigraph serve-read-only`` answers the SPARQL 1.1 Protocol at
``http://HOST:PORT/query``; updates are refused.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from .errors import KGError
from .io import existing_graph
from .resources import ontology_path

__all__ = ["ServeError", "oxigraph_binary", "prepare_store", "server_command", "serve"]


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
            raise ServeError(f"{source}: oxigraph could not load it: {done.stderr.strip()}")


def server_command(store_dir: Path, host: str, port: int, timeout: int) -> list[str]:
    return [oxigraph_binary(), "serve-read-only", "--location", str(store_dir),
            "--bind", f"{host}:{port}", "--timeout-s", str(timeout)]


def serve(graph: Path, host: str = "127.0.0.1", port: int = 7878, timeout: int = 30,
          store_dir: Path | None = None) -> int:
    """Prepare the store and run the server until interrupted; returns its exit code."""
    with tempfile.TemporaryDirectory(prefix="haixi-kg-store-") as tmp:
        location = Path(store_dir) if store_dir else Path(tmp) / "store"
        prepare_store(graph, location)
        url = f"http://{host}:{port}/query"
        print(f"SPARQL endpoint (read-only, {timeout} s query timeout): {url}", flush=True)
        process = subprocess.Popen(server_command(location, host, port, timeout))
        previous = signal.signal(signal.SIGTERM, lambda *_: process.terminate())
        try:
            return process.wait()
        except KeyboardInterrupt:
            process.terminate()
            process.wait(timeout=10)
            return 0
        finally:
            signal.signal(signal.SIGTERM, previous)
