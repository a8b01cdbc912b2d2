"""Turtle and TriG written by Oxigraph: the same graph as rdflib's writers, faster, and in a fixed order.

rdflib's Turtle writer was one of the slowest steps of a build, and its TriG writer orders the
named graphs differently from run to run.  Here the triples go out as N-Triples lines (rdflib's
fast writer), are sorted (so a subject's triples sit together and the same graph gives the same
bytes), and Oxigraph writes them as Turtle or TriG with the project's prefixes.  A build keeps
its graph as such lines, a report at a time (:mod:`kg.parts`), and writes them with
:func:`turtle_of_ntriples` and :func:`trig_of_parts`: the bytes :func:`turtle_bytes` and
:func:`trig_bytes` give for the same graphs.  ``tests/test_parallel.py`` checks that the Turtle
parses back to the same graph.

The ``id:`` prefix is left out: Oxigraph would write the slashes of a sentence's IRI escaped
(``id:report\\/…``); full IRIs read better.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import BinaryIO

import pyoxigraph
from rdflib import Graph, URIRef

from .namespace import ID, PREFIXES

__all__ = ["ntriples_lines", "turtle_bytes", "turtle_of_ntriples", "trig_bytes", "trig_of_parts"]

_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items() if namespace != ID}
_PREFIXES |= {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
              "xsd": "http://www.w3.org/2001/XMLSchema#"}


def ntriples_lines(graph: Graph) -> list[bytes]:
    """The graph's triples as N-Triples lines (rdflib's writer, no line break), without repeats, sorted."""
    return sorted(set(graph.serialize(format="nt", encoding="utf-8").splitlines()) - {b""})


def turtle_bytes(graph: Graph) -> bytes:
    """The graph as Turtle: the same bytes for the same graph."""
    return turtle_of_ntriples(b"\n".join(ntriples_lines(graph)))


def turtle_of_ntriples(ntriples: bytes, output: BinaryIO | None = None) -> bytes | None:
    """Sorted N-Triples lines as Turtle, in their order (a subject's triples together): returned,
    or written into ``output`` as they come."""
    triples = pyoxigraph.parse(ntriples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return pyoxigraph.serialize(triples, output, format=pyoxigraph.RdfFormat.TURTLE, prefixes=_PREFIXES)


def trig_bytes(named_graphs: Iterable[tuple[URIRef, Graph]]) -> bytes:
    """Named graphs ((name, graph) pairs) as TriG, in name order: the same bytes for the same
    graphs.  Each graph is turned into lines as it comes, so it can be let go of."""
    return trig_of_parts((str(name), b"".join(line + b"\n" for line in ntriples_lines(graph)))
                         for name, graph in named_graphs)


def trig_of_parts(parts: Iterable[tuple[str, bytes]], output: BinaryIO | None = None) -> bytes | None:
    """Named graphs given as (name, sorted N-Triples lines) as TriG, in name order: returned, or
    written into ``output`` a graph at a time."""
    quads = itertools.chain.from_iterable(
        pyoxigraph.parse(_in_graph(lines, name), format=pyoxigraph.RdfFormat.N_QUADS)
        for name, lines in sorted(parts, key=lambda part: part[0]))
    return pyoxigraph.serialize(quads, output, format=pyoxigraph.RdfFormat.TRIG, prefixes=_PREFIXES)


def _in_graph(ntriples: bytes, name: str) -> bytes:
    """N-Triples lines (``s p o .``) as N-Quads lines of the named graph (``s p o <name> .``)."""
    graph = f"<{name}> .\n".encode("utf-8")
    return b"".join(line[:-2] + graph for line in ntriples.splitlines(keepends=True))
