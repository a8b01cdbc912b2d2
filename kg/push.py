"""Push the graph to any triple store that speaks the SPARQL 1.1 Graph Store HTTP Protocol
(Oxigraph, Fuseki, GraphDB, Virtuoso, Neptune …)."""

from __future__ import annotations

import base64
import http.client
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .errors import KGError
from .io import existing_graph
from .resources import ontology_path

__all__ = ["PushError", "push"]


class PushError(KGError):
    """The store refused the graph or could not be reached."""


def _target(endpoint: str, graph_uri: str | None) -> str:
    query = urllib.parse.urlencode({"graph": graph_uri}) if graph_uri else "default"
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def _send(method: str, url: str, data: bytes, auth: tuple[str, str] | None, timeout: float) -> int:
    headers = {"Content-Type": "text/turtle; charset=utf-8"}
    if auth:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as e:
        detail = e.read()[:300].decode("utf-8", "replace")
        raise PushError(f"{url}: the store answered {e.code} {e.reason}: {detail}") from e
    except (urllib.error.URLError, OSError) as e:
        raise PushError(f"{url}: cannot reach the store ({getattr(e, 'reason', e)})") from e
    except http.client.HTTPException as e:  # something answered, but not in HTTP
        raise PushError(f"{url}: the server does not speak HTTP ({type(e).__name__})") from e


def _check_endpoint(endpoint: str) -> None:
    """PushError unless the endpoint is an http:// or https:// URL naming a host."""
    try:
        parts = urllib.parse.urlsplit(endpoint)
        usable = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:  # a malformed host or port
        usable = False
    if not usable:
        raise PushError(f"{endpoint!r} is not an http:// or https:// URL of a store")


def push(graph_file: Path, endpoint: str, graph_uri: str | None = None, auth: tuple[str, str] | None = None,
         replace: bool = True, with_ontology: bool = True, timeout: float = 60) -> list[str]:
    """Send the graph (and the ontology) to a Graph Store Protocol endpoint.

    ``endpoint`` is the store's graph-store URL (Oxigraph: ``http://host:7878/store``;
    Fuseki: ``http://host:3030/dataset/data``).  The graph replaces the target graph
    (HTTP PUT) unless ``replace`` is false (POST adds to it); the ontology is added.
    Returns a line per request.
    """
    graph_file = existing_graph(graph_file)
    _check_endpoint(endpoint)
    url = _target(endpoint, graph_uri)
    done = []
    status = _send("PUT" if replace else "POST", url, graph_file.read_bytes(), auth, timeout)
    done.append(f"{'PUT' if replace else 'POST'} {graph_file.name} -> {url}: {status}")
    if with_ontology:
        status = _send("POST", url, ontology_path().read_bytes(), auth, timeout)
        done.append(f"POST haixi.ttl (ontology) -> {url}: {status}")
    return done
