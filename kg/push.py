"""Push the graph to any triple store that speaks the SPARQL 1.1 Graph Store HTTP Protocol
(Oxigraph, Fuseki, GraphDB, Virtuoso, Neptune …).

The graph goes in chunks of N-Triples (a few thousand triples a request), read from the
Turtle file as it is sent, so that a large graph never sits whole in memory nor in one
request body a store might cut off.  Before the data, an empty POST probes the target:
it draws the store's authentication challenge (Basic or Digest, answered with the
credentials given), checks the right to write, and finds out whether the store has a
default graph at all (Virtuoso's Graph Store endpoints have none: the graph is then
written into :data:`DEFAULT_GRAPH_URI`).

Example (Virtuoso, its authenticated Graph Store endpoint)::

    push(Path("build/haixi.ttl"), "http://127.0.0.1:8890/sparql-graph-crud-auth", auth=("dba", "dba"))
"""

from __future__ import annotations

import http.client
import re
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import KGError
from .io import existing_graph
from .resources import ontology_path

__all__ = ["PushError", "Pushed", "DEFAULT_GRAPH_URI", "CHUNK_TRIPLES", "push", "ntriples_chunks"]

DEFAULT_GRAPH_URI = "https://w3id.org/haixi-kg/id/graph/haixi-kg"
CHUNK_TRIPLES = 20_000
# N-Triples is a subset of Turtle: every store takes the chunks as text/turtle, fewer know application/n-triples.
_CONTENT_TYPE = "text/turtle; charset=utf-8"


class PushError(KGError):
    """The store refused the graph or could not be reached."""


@dataclass(frozen=True)
class Pushed:
    """What one file's push sent: the file, where to, and how much."""

    source: str
    url: str
    graph: str | None
    triples: int
    bytes: int
    requests: int

    def line(self) -> str:
        """One line for the command line: ``haixi.ttl -> URL (default graph): 15,678 triples, 2,345,678 bytes in 1 request``."""
        graph = f"named graph <{self.graph}>" if self.graph else "default graph"
        plural = "s" if self.requests != 1 else ""
        return (f"{self.source} -> {self.url} ({graph}): {self.triples:,} triples, {self.bytes:,} bytes "
                f"in {self.requests} request{plural}")


def ntriples_chunks(path: Path, chunk_triples: int = CHUNK_TRIPLES) -> Iterator[tuple[int, bytes]]:
    """The triples of a Turtle file as N-Triples, ``chunk_triples`` at a time: (count, bytes) pairs.

    A blank node names one node only within one request, so every triple with a blank node
    goes in the last chunk, together (the ontology's OWL lists; the graph has none).  An
    empty file gives one empty chunk, so that a replacing push still clears the target.
    Raises PushError when the file is no Turtle.

    Examples
    --------
    >>> [n for n, _ in ntriples_chunks(ontology_path(), 250)]
    [250, 250, 111]
    """
    import pyoxigraph as ox

    lines: list[bytes] = []
    with_blank_nodes: list[bytes] = []
    blank_names: dict[str, ox.BlankNode] = {}
    sent = False
    try:
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode):
                with_blank_nodes.append(f"{_renamed(triple, blank_names)} .\n".encode("utf-8"))
                continue
            lines.append(f"{triple} .\n".encode("utf-8"))
            if len(lines) == chunk_triples:
                yield len(lines), b"".join(lines)
                lines, sent = [], True
    except (SyntaxError, ValueError, OSError) as e:
        raise PushError(f"{path}: cannot read the graph: {e}") from e
    lines += with_blank_nodes
    if lines or not sent:
        yield len(lines), b"".join(lines)


def _renamed(triple, names: dict):
    """The triple with its blank nodes named b0, b1 … in the order met: the parser names them at
    random, and the same file should give the same bytes."""
    import pyoxigraph as ox

    def name(term):
        if not isinstance(term, ox.BlankNode):
            return term
        return names.setdefault(term.value, ox.BlankNode(f"b{len(names)}"))

    return ox.Triple(name(triple.subject), triple.predicate, name(triple.object))


class _Store:
    """One Graph Store endpoint, with the authentication it asked for (none, Basic or Digest)."""

    def __init__(self, endpoint: str, credentials: tuple[str, str] | None, timeout: float):
        import requests

        self.endpoint, self.credentials, self.timeout = endpoint, credentials, timeout
        self.session = requests.Session()
        self.scheme = "no"

    def url(self, graph_uri: str | None) -> str:
        query = urllib.parse.urlencode({"graph": graph_uri}) if graph_uri else "default"
        return f"{self.endpoint}{'&' if '?' in self.endpoint else '?'}{query}"

    def send(self, method: str, url: str, data: bytes):
        """One request; answers with its response, whatever the status.  Raises PushError when the
        store cannot be reached and when it refuses the credentials (401, 403)."""
        import requests

        try:
            response = self.session.request(method, url, data=data, headers={"Content-Type": _CONTENT_TYPE},
                                            timeout=self.timeout)
        except requests.RequestException as e:
            raise PushError(f"{url}: cannot reach the store ({_reason(e)})") from e
        if response.status_code == 401 and self.scheme == "no":
            self._authenticate(response)
            return self.send(method, url, data)
        if response.status_code in (401, 403):
            raise PushError(self._refusal(response))
        return response

    def _authenticate(self, challenge) -> None:
        """Answer the store's challenge with the scheme it names (Digest or Basic)."""
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        asked = challenge.headers.get("WWW-Authenticate", "")
        self.scheme = "Digest" if asked.lower().startswith("digest") else "Basic"
        if self.credentials is None:
            realm = re.search(r'realm="([^"]*)"', asked)
            raise PushError(f"{self.endpoint}: the store asks for {self.scheme} authentication"
                            f"{f' (realm {realm.group(1)!r})' if realm else ''}; "
                            "give --user and --password (or KG_PUSH_PASSWORD)")
        self.session.auth = (HTTPDigestAuth if self.scheme == "Digest" else HTTPBasicAuth)(*self.credentials)

    def _refusal(self, response) -> str:
        user = f"user {self.credentials[0]!r}" if self.credentials else "no user"
        what = "refused the credentials" if response.status_code == 401 else "forbids writing"
        return (f"{self.endpoint}: the store {what} ({response.status_code} {response.reason}; "
                f"{user}, {self.scheme} authentication)")


def _reason(error: Exception) -> str:
    """The innermost cause of a requests error (``Connection refused``, ``Broken pipe``)."""
    while error.__context__ is not None:
        error = error.__context__
    if isinstance(error, http.client.HTTPException):  # something answered, but not in HTTP
        return f"the server does not speak HTTP: {type(error).__name__}"
    return " ".join(str(getattr(error, "strerror", None) or error).split())


def _failure(response, url: str) -> PushError:
    detail = " ".join(response.text[:300].split())
    return PushError(f"{url}: the store answered {response.status_code} {response.reason}: {detail}")


def _target(store: _Store, graph_uri: str | None) -> tuple[str | None, str | None]:
    """The graph to write and, when the default graph was refused, why: an empty POST to the
    target draws the authentication challenge and shows whether the store has a default graph."""
    probe = store.send("POST", store.url(graph_uri), b"")
    if probe.ok:
        return graph_uri, None
    if graph_uri is None:
        named = store.send("POST", store.url(DEFAULT_GRAPH_URI), b"")
        if named.ok:
            return DEFAULT_GRAPH_URI, f"the store refused the default graph ({probe.status_code} {probe.reason})"
    raise _failure(probe, store.url(graph_uri))


def _send_file(store: _Store, path: Path, graph_uri: str | None, replace: bool, chunk_triples: int) -> Pushed:
    url = store.url(graph_uri)
    triples = size = requests_made = 0
    for count, body in ntriples_chunks(path, chunk_triples):
        method = "PUT" if replace and requests_made == 0 else "POST"
        response = store.send(method, url, body)
        if not response.ok:
            raise _failure(response, url)
        triples, size, requests_made = triples + count, size + len(body), requests_made + 1
    return Pushed(path.name, url, graph_uri, triples, size, requests_made)


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
         replace: bool = True, with_ontology: bool = True, timeout: float = 60,
         chunk_triples: int = CHUNK_TRIPLES) -> list[str]:
    """Send the graph (and the ontology) to a Graph Store Protocol endpoint.

    ``endpoint`` is the store's graph-store URL (Oxigraph: ``http://host:7878/store``;
    Fuseki: ``http://host:3030/dataset/data``; Virtuoso: ``http://host:8890/sparql-graph-crud-auth``).
    The graph replaces the target graph (its first chunk by HTTP PUT) unless ``replace``
    is false (POST adds to it); the ontology is added.  ``auth`` (user, password) answers a
    Basic or a Digest challenge, whichever the store sends.  The target is ``graph_uri``,
    else the default graph, else (where the store has none) :data:`DEFAULT_GRAPH_URI`.

    Returns a line per file sent (and one saying why the default graph was not used).
    Raises PushError naming the endpoint and the authentication scheme on 401 or 403, and
    with the store's answer on any other refusal.
    """
    if chunk_triples < 1:
        raise PushError(f"chunks of {chunk_triples} triples: give at least 1 triple a request")
    graph_file = existing_graph(graph_file)
    _check_endpoint(endpoint)
    store = _Store(endpoint, auth, timeout)
    graph_uri, why_named = _target(store, graph_uri)
    done = [f"{why_named}: writing into <{graph_uri}> instead"] if why_named else []
    done.append(_send_file(store, graph_file, graph_uri, replace, chunk_triples).line())
    if with_ontology:
        done.append(_send_file(store, ontology_path(), graph_uri, False, chunk_triples).line() + " (ontology)")
    return done
