"""Turtle and TriG written by Oxigraph: the same graph as rdflib's writers, faster, and in a fixed order.

rdflib's Turtle writer was one of the slowest steps of a build, and its TriG writer orders the
named graphs differently from run to run.  Here the triples go out as N-Triples lines (rdflib's
fast writer), are sorted (so a subject's triples sit together and the same graph gives the same
bytes), and Oxigraph writes them as Turtle or TriG with the project's prefixes.
``tests/test_parallel.py`` checks that the Turtle parses back to the same graph.

The ``id:`` prefix is left out: Oxigraph would write the slashes of a sentence's IRI escaped
(``id:report\\/…``); full IRIs read better.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph
from rdflib import Graph, URIRef

from .namespace import ID, PREFIXES

__all__ = ["turtle_bytes", "trig_bytes"]

_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items() if namespace != ID}
_PREFIXES |= {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
              "xsd": "http://www.w3.org/2001/XMLSchema#"}


def _sorted_triples(graph: Graph) -> list[pyoxigraph.Triple]:
    """The graph's triples in the order of their N-Triples lines."""
    lines = sorted(set(graph.serialize(format="nt", encoding="utf-8").splitlines()))
    return list(pyoxigraph.parse(b"\n".join(line for line in lines if line), format=pyoxigraph.RdfFormat.N_TRIPLES))


def turtle_bytes(graph: Graph) -> bytes:
    """The graph as Turtle: the same bytes for the same graph."""
    return pyoxigraph.serialize(_sorted_triples(graph), format=pyoxigraph.RdfFormat.TURTLE, prefixes=_PREFIXES)


def trig_bytes(named_graphs: Iterable[tuple[URIRef, Graph]]) -> bytes:
    """Named graphs ((name, graph) pairs) as TriG, in name order: the same bytes for the same
    graphs.  Each graph is turned into quads as it comes, so it can be let go of."""
    quads_of = {}
    for name, graph in named_graphs:
        node = pyoxigraph.NamedNode(str(name))
        quads_of[str(name)] = [pyoxigraph.Quad(t.subject, t.predicate, t.object, node) for t in _sorted_triples(graph)]
    quads = [q for name in sorted(quads_of) for q in quads_of[name]]
    return pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.TRIG, prefixes=_PREFIXES)
