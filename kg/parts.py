"""The graph of a corpus made one report at a time, so that memory does not grow with rdflib's.

An rdflib graph holds about 1.3 KB a triple: a hundred reports (1.2 million triples) took more
than a gigabyte before any step had run on it.  Here each report's share of the corpus
(:func:`kg.exports.report_parts`, the named graphs of the TriG) becomes a small rdflib graph,
is checked against the shapes while it is small, and is kept only as its N-Triples lines,
sorted; the graph is let go of before the next.  The whole graph is then

* the merge of those sorted lines (:func:`merged_lines`), which Oxigraph writes as Turtle: the
  bytes of :func:`kg.serialize.turtle_bytes` of the whole rdflib graph, since both write the
  same sorted lines;
* an in-memory Oxigraph store (:func:`load_store`), a fraction of rdflib's size, which the views
  and the summary read through oxrdflib's rdflib store.

With ``--jobs N`` the parts are made in a pool of N processes (:func:`graph_parts`).

What a report's own check cannot see is a node stated by several reports (an entity, an
indicator, a period): :func:`shared_subjects` finds those, and :func:`shared_part` takes out of
the store what the core shapes read of them (their statements and the classes of the nodes they
point to), to be checked together (:func:`kg.build.check_parts`).
"""

from __future__ import annotations

import functools
import heapq
import io
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
from rdflib import Graph
from rdflib.namespace import RDF

from .corpus import Corpus
from .exports import report_parts
from .rdf import to_graph
from .runner import in_pool
from .serialize import ntriples_lines
from .validate import load_shapes, violating_foci

__all__ = ["GraphPart", "graph_part", "graph_parts", "merged_lines", "load_store", "shared_subjects",
           "shared_part"]

# How much of a packed part is unpacked at a time.
_PIECE = 1 << 16


@dataclass
class GraphPart:
    """One named graph of a build (a report's, or the links from reference data): its IRI, its
    triples as sorted N-Triples lines (each ending with a line break), kept compressed (zlib:
    about a fifteenth of their size), and the foci of the violations its own check found (empty
    when it conforms or was not checked)."""

    name: str
    packed: bytes
    violating: frozenset[str] = frozenset()

    @classmethod
    def of_lines(cls, name: str, ntriples: bytes, violating: frozenset[str] = frozenset()) -> GraphPart:
        """A part of sorted N-Triples lines."""
        return cls(name, zlib.compress(ntriples, 1), violating)

    @property
    def ntriples(self) -> bytes:
        """The part's sorted N-Triples lines."""
        return zlib.decompress(self.packed)

    def lines(self) -> Iterator[bytes]:
        """The part's lines (each with its line break), unpacked a piece at a time."""
        unpack, rest = zlib.decompressobj(), b""
        for start in range(0, len(self.packed), _PIECE):
            *whole, rest = (rest + unpack.decompress(self.packed[start:start + _PIECE])).split(b"\n")
            yield from (line + b"\n" for line in whole)
        *whole, rest = (rest + unpack.flush()).split(b"\n")
        yield from (line + b"\n" for line in whole)

    def subjects(self) -> set[bytes]:
        """The subjects of the part's triples, as N-Triples terms (``<iri>``)."""
        return {line.split(b" ", 1)[0] for line in self.lines()}

    def graph(self) -> Graph:
        """The part as an rdflib graph (made when asked for)."""
        return Graph().parse(data=self.ntriples, format="nt")


def graph_part(name: str, part: Corpus, shapes: str | Path | None = None, validate: bool = True) -> GraphPart:
    """One report's share of the corpus as a :class:`GraphPart`, checked against the shapes
    (``shapes``: a SHACL file, else the project's) while its graph is small."""
    graph = to_graph(part)
    violating = frozenset(violating_foci(graph, _shapes(shapes))) if validate else frozenset()
    return GraphPart.of_lines(name, b"".join(line + b"\n" for line in ntriples_lines(graph)), violating)


def graph_parts(corpus: Corpus, shapes: str | Path | None = None, validate: bool = True,
                jobs: int = 1) -> list[GraphPart]:
    """Every named graph of the corpus (:func:`kg.exports.report_parts`) as a :class:`GraphPart`,
    made in ``jobs`` processes, in the order of the reports."""
    named = [(str(name), part) for name, part in report_parts(corpus)]
    if jobs > 1 and len(named) > 2:
        return in_pool(_graph_part, [(name, part, shapes, validate) for name, part in named], jobs)
    return [graph_part(name, part, shapes, validate) for name, part in named]


def _graph_part(arguments: tuple) -> GraphPart:
    """:func:`graph_part` of one tuple of arguments (what a process pool hands over)."""
    return graph_part(*arguments)


@functools.lru_cache(maxsize=4)
def _shapes(path: str | Path | None) -> Graph:
    """The shapes, read once per process."""
    return load_shapes(path)


def merged_lines(parts: Iterable[GraphPart]) -> bytes:
    """The lines of every part merged into one sorted list without repeats: the whole graph's
    N-Triples, read a line at a time (no list of every line is held)."""
    out = io.BytesIO()
    last = None
    for line in heapq.merge(*(p.lines() for p in parts)):
        if line != last:
            out.write(line)
            last = line
    return out.getvalue()


def load_store(ntriples: bytes) -> pyoxigraph.Store:
    """An in-memory Oxigraph store holding the triples (N-Triples) in its default graph."""
    store = pyoxigraph.Store()
    store.load(ntriples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store


def shared_subjects(parts: Iterable[GraphPart]) -> set[str]:
    """The IRIs that are the subject of triples in more than one part."""
    seen: Counter[bytes] = Counter()
    for part in parts:
        seen.update(part.subjects())
    return {term[1:-1].decode("utf-8") for term, n in seen.items() if n > 1 and term.startswith(b"<")}


def shared_part(store: pyoxigraph.Store, subjects: Iterable[str]) -> Graph:
    """What the core shapes read of the given nodes, taken out of the whole graph in the store:
    their triples and the classes of the nodes they point to."""
    rdf_type = pyoxigraph.NamedNode(str(RDF.type))
    triples = []
    for iri in sorted(subjects):
        about = [q.triple for q in store.quads_for_pattern(pyoxigraph.NamedNode(iri), None, None)]
        for t in list(about):
            if isinstance(t.object, pyoxigraph.NamedNode):
                about.extend(q.triple for q in store.quads_for_pattern(t.object, rdf_type, None))
        triples.extend(about)
    text = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return Graph().parse(data=text, format="nt")
