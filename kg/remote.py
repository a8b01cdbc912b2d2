"""Ask another SPARQL endpoint over HTTP (SPARQL 1.1 Protocol) and compare its rows with the local
engine's: the check that a pushed graph answers the library alike on every store.

    rows = ask("http://127.0.0.1:8890/sparql", text, graph="https://w3id.org/haixi-kg/id/graph/haixi-kg")
    comparable_rows(rows) == comparable_rows(run(load_store("build/haixi.ttl"), text).rows)
"""

from __future__ import annotations

import json
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

from collections.abc import Iterator
from contextlib import contextmanager

from .query import QueryError

__all__ = ["ask", "comparable_rows", "running", "LIST_SEPARATOR"]

LIST_SEPARATOR = "、"  # the library's GROUP_CONCAT lists are joined with it


def ask(endpoint: str, query: str, graph: str | None = None, timeout: float = 60) -> list[tuple]:
    """The rows of a SELECT sent as it is (POST form), plain values in column order (None when
    unbound).  ``graph`` is sent as ``default-graph-uri``: the named graph the query reads.
    Raises QueryError with the endpoint's answer when it refuses the query."""
    form = {"query": query, **({"default-graph-uri": graph} if graph else {})}
    request = urllib.request.Request(endpoint, data=urllib.parse.urlencode(form).encode("utf-8"),
                                     headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            answer = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        detail = " ".join(e.read()[:300].decode("utf-8", "replace").split())
        raise QueryError(f"{endpoint}: {e.code} {e.reason}: {detail}") from e
    except (urllib.error.URLError, OSError) as e:
        raise QueryError(f"{endpoint}: cannot reach the endpoint ({getattr(e, 'reason', e)})") from e
    names = answer["head"]["vars"]
    return [tuple(b.get(v, {}).get("value") for v in names) for b in answer["results"]["bindings"]]


def comparable_rows(rows) -> list[tuple]:
    """Rows in one order, the items of each GROUP_CONCAT list sorted: SPARQL leaves the order of
    the items to the engine.

    >>> comparable_rows([("甲、乙", None), ("丙", "1")])
    [('丙', '1'), ('乙、甲', None)]
    """
    def cell(value):
        return LIST_SEPARATOR.join(sorted(value.split(LIST_SEPARATOR))) if value else value

    return sorted((tuple(cell(v) for v in row) for row in rows), key=repr)


@contextmanager
def running(command: list[str], endpoint: str, seconds: float = 60) -> Iterator[subprocess.Popen]:
    """Run a SPARQL server (``oxigraph serve …``, ``kg serve …``) for the length of a ``with`` block,
    entered once ``endpoint`` answers ``ASK {}``; the server is stopped on the way out.  Raises
    QueryError when the server exits first or does not answer within ``seconds``."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + seconds
        while True:
            try:
                urllib.request.urlopen(endpoint + "?query=ASK%7B%7D", timeout=2).close()
                break
            except (urllib.error.URLError, ConnectionError) as e:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise QueryError(f"{endpoint}: {command[0]} did not start") from e
                time.sleep(0.2)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=20)
